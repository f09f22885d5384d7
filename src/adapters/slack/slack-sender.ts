import type { RespondFn, webApi } from '@slack/bolt';
import type { Logger } from '../../core/ports.ts';
import { silentLogger } from '../../core/ports.ts';
import type { PostLimiter } from '../shared/post-limiter.ts';
import { findPostedMessage, POST_METADATA_EVENT } from './find-posted-message.ts';
import type { SlackMessage } from './render-slack-messages.ts';
import { type SlackAddress, slackDestination } from './slack-destination.ts';

type WebClient = webApi.WebClient;

/** Whether a slash-command answer is shown to the channel or only to the person who asked. */
export type ResponseType = 'in_channel' | 'ephemeral';

/**
 * Every message newsbot sends to Slack goes through here, one message at a time, in order, through the channel's
 * limiter (about one per second per channel, chained to its workspace's budget). 429s wait for `Retry-After` and 5xx
 * back off inside the limiter, so a retry is still paced.
 */
export class SlackSender {
  private warnedNoHistory = false;

  constructor(
    private readonly limiterFor: (teamId: string) => PostLimiter,
    private readonly logger: Logger = silentLogger,
  ) {}

  private schedule<T>(address: SlackAddress, task: () => Promise<T>): Promise<T> {
    return this.limiterFor(address.teamId).schedule(slackDestination(address.teamId, address.channelId), task);
  }

  /** `chat.postMessage` each message (in the thread when the address has one); resolves with their timestamps. */
  async postMessages(client: WebClient, address: SlackAddress, messages: readonly SlackMessage[]): Promise<string[]> {
    const stamps: string[] = [];
    for (const message of messages) stamps.push(await this.postMessage(client, address, message));
    return stamps;
  }

  postMessage(client: WebClient, address: SlackAddress, message: SlackMessage, token?: string): Promise<string> {
    return this.schedule(address, () => this.send(client, address, message, token));
  }

  /**
   * Posts a message that must appear once (a digest part). It carries `key` in its metadata; when a 5xx or a dropped
   * connection is retried, the retry first looks for a message with that key, since Slack may have stored the
   * first attempt after all.
   */
  postMessageOnce(client: WebClient, address: SlackAddress, message: SlackMessage, key: string, token?: string) {
    const firstAttemptAt = Date.now();
    let attempted = false;
    return this.schedule(address, async () => {
      if (attempted) {
        const lookup = { client, address, key, firstAttemptAt, ...(token ? { token } : {}) };
        const ts = await findPostedMessage(lookup, (reason) => this.warnNoHistory(reason));
        if (ts) return ts;
      }
      attempted = true;
      return this.send(client, address, message, token, { event_type: POST_METADATA_EVENT, event_payload: { key } });
    });
  }

  private async send(
    client: WebClient,
    address: SlackAddress,
    message: SlackMessage,
    token?: string,
    metadata?: { event_type: string; event_payload: Record<string, string> },
  ): Promise<string> {
    const result = await client.chat.postMessage({
      ...(token ? { token } : {}),
      channel: address.channelId,
      ...(address.threadTs ? { thread_ts: address.threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
      ...(metadata ? { metadata } : {}),
    });
    return result.ts ?? '';
  }

  private warnNoHistory(reason: string): void {
    if (this.warnedNoHistory) return;
    this.warnedNoHistory = true;
    this.logger.warn(
      { reason },
      'Slack: cannot read channel history to check whether a failed post went through; it is posted again. ' +
        'Grant channels:history and groups:history to rule out a duplicate.',
    );
  }

  /** Messages only `userId` sees, e.g. errors and help after an @-mention. */
  async postEphemeral(client: WebClient, address: SlackAddress, userId: string, messages: readonly SlackMessage[]) {
    for (const message of messages) {
      await this.schedule(address, () =>
        client.chat.postEphemeral({
          channel: address.channelId,
          user: userId,
          ...(address.threadTs ? { thread_ts: address.threadTs } : {}),
          text: message.text,
          blocks: message.blocks,
        }),
      );
    }
  }

  /** Answers a slash command through its response_url (Bolt's `respond`), which Slack allows five times. */
  async respond(respond: RespondFn, address: SlackAddress, messages: readonly SlackMessage[], type: ResponseType) {
    for (const message of messages) {
      await this.schedule(address, () =>
        respond({ response_type: type, replace_original: false, text: message.text, blocks: message.blocks }).catch(
          (error: unknown) => {
            throw withHttpStatus(error);
          },
        ),
      );
    }
  }
}

/** Bolt's `respond` fails with an axios error; lift its status and headers to where the retry policy reads them. */
function withHttpStatus(error: unknown): unknown {
  const response = (error as { response?: { status?: number; headers?: Record<string, unknown> } })?.response;
  if (!response?.status) return error;
  return Object.assign(new Error(`response_url answered HTTP ${response.status}`), {
    statusCode: response.status,
    headers: response.headers ?? {},
  });
}
