import { type ChatInputCommandInteraction, type Message, MessageFlags, type SendableChannels } from 'discord.js';
import type { KvStore } from '../../core/store/kv-store.ts';
import type { PostLimiter } from '../shared/post-limiter.ts';
import { messageNonce, postPartOnce } from './post-once.ts';
import type { DiscordMessagePayload } from './render-discord-messages.ts';

export interface ChannelPost {
  /** The limiter key: one budget per channel. */
  destination: string;
  /** Identifies the post: the same key never posts twice (retries, restarts, gateway replays). */
  idempotencyKey: string;
  /** Reply to this message (the mention being answered); later parts go to the channel after it. */
  replyTo?: Message;
}

/**
 * A 5xx on a create that Discord cannot deduplicate (interaction follow-ups have no nonce) may have posted anyway;
 * it is surfaced as a permanent failure so the limiter does not retry it into a duplicate.
 */
function notRetriedOn5xx<T>(task: () => Promise<T>): () => Promise<T> {
  return async () => {
    try {
      return await task();
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (typeof status === 'number' && status >= 500) {
        throw new Error(`Discord answered HTTP ${status} to a follow-up; not retried so it cannot post twice`);
      }
      throw error;
    }
  };
}

/**
 * Every message newsbot sends to Discord goes through here, one at a time and in order, through the channel's
 * limiter chained to the global 50/s budget. discord.js waits out 429s itself (it reads `Retry-After`); 5xx are
 * retried by the limiter only where a retry cannot duplicate: channel posts carry an enforced nonce, editing the
 * original interaction response is idempotent.
 */
export class DiscordSender {
  constructor(
    private readonly limiter: PostLimiter,
    private readonly kv: KvStore,
  ) {}

  async toChannel(channel: SendableChannels, messages: readonly DiscordMessagePayload[], post: ChannelPost) {
    for (const [index, payload] of messages.entries()) {
      const nonce = messageNonce(post.idempotencyKey, index);
      await postPartOnce(this.kv, post.idempotencyKey, index, () =>
        this.limiter.schedule(post.destination, async () => {
          const options = { ...payload, nonce, enforceNonce: true };
          const sent =
            index === 0 && post.replyTo
              ? await post.replyTo.reply({ ...options, failIfNotExists: false })
              : await channel.send(options);
          return sent.id;
        }),
      );
    }
  }

  /** Replaces the deferred "thinking…" response with the first message of the answer. */
  editOriginal(interaction: ChatInputCommandInteraction, destination: string, payload: DiscordMessagePayload) {
    return this.limiter.schedule(destination, () => interaction.editReply(payload));
  }

  /** Further messages of an interaction answer (ephemeral ones only the asker sees). */
  async followUps(
    interaction: ChatInputCommandInteraction,
    destination: string,
    messages: readonly DiscordMessagePayload[],
    ephemeral: boolean,
  ) {
    for (const payload of messages) {
      const options = { ...payload, ...(ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}) };
      await this.limiter.schedule(
        destination,
        notRetriedOn5xx(() => interaction.followUp(options)),
      );
    }
  }

  pending(): number {
    return this.limiter.pending();
  }
}
