import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import type { Logger } from '../ports.ts';
import { redactUrl } from '../store/redact-url.ts';
import type { ChangeNudges } from './change-nudges.ts';

export interface RedisNudgeOptions {
  /** Channel prefix: instances nudge each other only within one namespace (use the store's). */
  namespace: string;
  logger: Logger;
  /** Announcements within this window are sent as one message (a batch ingest nudges once, not per article). */
  coalesceMs?: number;
}

/**
 * Nudges over Redis pub/sub, so every instance sharing the Redis hears about writes made by any other within
 * milliseconds. One connection publishes, one subscribes (a subscribed connection can do nothing else); ioredis
 * reconnects and re-subscribes by itself after Redis restarts.
 */
export async function createRedisNudges(redisUrl: string, options: RedisNudgeOptions): Promise<ChangeNudges> {
  const { logger, namespace } = options;
  const coalesceMs = options.coalesceMs ?? 50;
  const publisher = new Redis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  const subscriber = new Redis(redisUrl, { lazyConnect: true });
  for (const [role, client] of [
    ['publisher', publisher],
    ['subscriber', subscriber],
  ] as const) {
    // Without a listener ioredis prints every reconnect failure; one warning per failure is enough.
    client.on('error', (error: Error) => logger.warn({ role, err: error.message }, 'nudge connection error'));
  }
  try {
    await Promise.all([publisher.connect(), subscriber.connect()]);
  } catch (error) {
    publisher.disconnect();
    subscriber.disconnect();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot reach Redis ${redactUrl(redisUrl)} for cross-instance nudges: ${reason}`);
  }

  const channelOf = (topic: string) => `${namespace}:nudge:${topic}`;
  const local = new EventEmitter();
  local.setMaxListeners(0);
  subscriber.on('message', (channel: string) => local.emit(channel));
  const pending = new Map<string, NodeJS.Timeout>();
  const publish = (topic: string) =>
    publisher.publish(channelOf(topic), String(Date.now())).catch((error: Error) => {
      // The other instances' polls still catch up; freshness degrades, nothing is lost.
      logger.warn({ topic, err: error.message }, 'could not publish nudge');
    });

  return {
    announce(topic) {
      if (pending.has(topic)) return;
      const timer = setTimeout(() => {
        pending.delete(topic);
        void publish(topic);
      }, coalesceMs);
      pending.set(topic, timer);
    },
    async listen(topic, listener) {
      const channel = channelOf(topic);
      if (local.listenerCount(channel) === 0) await subscriber.subscribe(channel);
      local.on(channel, listener);
      return () => {
        local.off(channel, listener);
        if (local.listenerCount(channel) === 0) void subscriber.unsubscribe(channel).catch(() => undefined);
      };
    },
    async close() {
      // Send what is still waiting, so the last writes before a shutdown reach the others at once too.
      const waiting = [...pending.entries()];
      pending.clear();
      for (const [, timer] of waiting) clearTimeout(timer);
      await Promise.all(waiting.map(([topic]) => publish(topic)));
      local.removeAllListeners();
      await Promise.all([publisher.quit().catch(() => undefined), subscriber.quit().catch(() => undefined)]);
    },
  };
}
