import type { KvStore } from '../store/kv-store.ts';

/** What a conversation was last about, so "and what did Sheinbaum say?" / "what else did he say?" make sense. */
export interface ConversationState {
  entityId: string;
  entityName: string;
  topic?: string;
  /** Texts of items already shown, so "what else" shows the rest. */
  shown: string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Follow-up context per `Invocation.conversationKey` (a Slack thread, a Discord channel+user), kept in the store so
 * every instance behind a load balancer sees it; it expires after a day of silence.
 */
export class ConversationMemory {
  constructor(
    private readonly kv: KvStore,
    private readonly ttlMs = DAY_MS,
  ) {}

  get(conversationKey: string): Promise<ConversationState | undefined> {
    return this.kv.get<ConversationState>(`conversation:${conversationKey}`);
  }

  set(conversationKey: string, state: ConversationState): Promise<void> {
    return this.kv.set(`conversation:${conversationKey}`, { ...state, shown: state.shown.slice(-100) }, this.ttlMs);
  }
}
