import type { webApi } from '@slack/bolt';
import { classifyFailure } from '../shared/retry-policy.ts';
import type { SlackAddress } from './slack-destination.ts';

type WebClient = webApi.WebClient;

/** The `event_type` of the metadata newsbot attaches to idempotent posts, so a retry can recognise its own message. */
export const POST_METADATA_EVENT = 'newsbot_post';

/** How far back a retry looks; Slack's clock and ours may differ, and the limiter may have held the post a while. */
const LOOKBACK_SECONDS = 15 * 60;
const PAGE_SIZE = 100;

export interface PostedLookup {
  client: WebClient;
  address: SlackAddress;
  key: string;
  /** When the first attempt was made (ms since the epoch). */
  firstAttemptAt: number;
  token?: string;
}

/**
 * After a 5xx or a dropped connection Slack may have stored the message anyway (it has no idempotency key for
 * `chat.postMessage`). This looks for a message carrying our key in its metadata and returns its `ts`, or null.
 * Reading history needs `channels:history`/`groups:history`; without them (or any other permanent refusal) it
 * returns null and the caller posts again, as before. Transient failures are thrown so the limiter retries.
 */
export async function findPostedMessage(lookup: PostedLookup, onUnavailable: (reason: string) => void) {
  const { client, address, key } = lookup;
  const oldest = String(Math.floor(lookup.firstAttemptAt / 1000) - LOOKBACK_SECONDS);
  const common = {
    ...(lookup.token ? { token: lookup.token } : {}),
    channel: address.channelId,
    oldest,
    limit: PAGE_SIZE,
    include_all_metadata: true,
  };
  try {
    const page = address.threadTs
      ? await client.conversations.replies({ ...common, ts: address.threadTs })
      : await client.conversations.history(common);
    const mine = page.messages?.find(
      (message) =>
        message.metadata?.event_type === POST_METADATA_EVENT &&
        (message.metadata.event_payload as { key?: unknown } | undefined)?.key === key,
    );
    return mine?.ts ?? null;
  } catch (error) {
    if (classifyFailure(error).kind !== 'permanent') throw error;
    onUnavailable((error as { data?: { error?: string } }).data?.error ?? String(error));
    return null;
  }
}
