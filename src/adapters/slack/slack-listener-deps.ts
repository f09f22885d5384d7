import type { KvStore } from '../../core/store/kv-store.ts';
import type { SlackCommandDeps } from './slack-command.ts';
import type { SlackSender } from './slack-sender.ts';

/** What every Slack listener needs: the command checks, the paced sender, and a way to finish work after the ack. */
export interface SlackListenerDeps extends SlackCommandDeps {
  sender: SlackSender;
  /** Remembers Events API ids, so Slack's redeliveries are not answered twice. */
  kv: KvStore;
  /** Runs the answer after the ack; `stop()` waits for these. Failures are logged, never thrown into Bolt. */
  track(what: string, work: () => Promise<void>): void;
}
