import { randomUUID } from 'node:crypto';
import Bottleneck from 'bottleneck';
import type { Reply } from '../model/reply.ts';
import type { Logger, Poster } from '../ports.ts';
import { backoffDelay } from './backoff.ts';
import { type PollFeedDeps, type PollReport, pollFeed } from './poll-feed.ts';
import type { Source, SourceState } from './source.ts';
import type { SourceRegistry } from './source-registry.ts';

export interface FeedPollerOptions {
  /** How often due feeds are looked for. */
  tickMs: number;
  /** Polite gap between two requests to one host (bottleneck per host, one request at a time). */
  perHostMinTimeMs: number;
  /** A poll lease outlives the slowest poll; if an instance dies mid-poll, another takes over after it. */
  leaseMs: number;
  /** A feed failing this many polls in a row is disabled and the channels that added it are told. */
  maxConsecutiveFailures: number;
}

export const DEFAULT_POLLER_OPTIONS: FeedPollerOptions = {
  tickMs: 30_000,
  perHostMinTimeMs: 1_000,
  leaseMs: 10 * 60_000,
  maxConsecutiveFailures: 5,
};

export interface FeedPollerDeps extends PollFeedDeps {
  registry: SourceRegistry;
  logger: Logger;
  /** Read at the time of the message: the composition root sets `Newsbot.poster` after adapters exist. */
  poster: () => Poster | undefined;
}

/**
 * Polls every enabled feed when it is due: one instance at a time per feed (a lease taken with `kv.add`), one request
 * at a time per host (bottleneck), exponential backoff on failure, and the source disabled with a message to the
 * channels that added it after repeated failures. `pollDue()` is the unit of work; `start()` runs it on a timer.
 */
export class FeedPoller {
  private readonly options: FeedPollerOptions;
  private readonly hosts: Bottleneck.Group;
  private readonly owner = randomUUID();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    private readonly deps: FeedPollerDeps,
    options: Partial<FeedPollerOptions> = {},
  ) {
    this.options = { ...DEFAULT_POLLER_OPTIONS, ...options };
    this.hosts = new Bottleneck.Group({ maxConcurrent: 1, minTime: this.options.perHostMinTimeMs });
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.timer = setInterval(() => {
      // A slow round (many new items) simply delays the next one; ticks never pile up.
      if (this.running) return;
      this.running = this.pollDue()
        .catch((error) => this.deps.logger.error({ err: error }, 'feed poll round failed'))
        .finally(() => {
          this.running = null;
        });
    }, this.options.tickMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    this.hosts.disconnect();
  }

  /** Polls every enabled feed whose time has come; returns the reports of the polls this instance ran. */
  async pollDue(): Promise<{ sourceId: string; report: PollReport }[]> {
    const now = this.deps.clock.now();
    const sources = (await this.deps.registry.list()).filter((source) => source.kind === 'feed' && source.enabled);
    const states = await this.deps.registry.states(
      sources.map((source) => source.id),
      now,
    );
    const due = sources.filter((_, i) => (states[i]?.nextPollAt ?? 0) <= now);
    const results = await Promise.allSettled(due.map((source) => this.pollSource(source.id, { onlyIfDue: true })));
    const reports: { sourceId: string; report: PollReport }[] = [];
    for (const [i, result] of results.entries()) {
      const sourceId = due[i]?.id as string;
      // One source failing unexpectedly (e.g. the store went away mid-poll) must not hide the others' results.
      if (result.status === 'rejected')
        this.deps.logger.error({ err: result.reason, sourceId }, 'feed poll failed unexpectedly');
      else if (result.value) reports.push({ sourceId, report: result.value });
    }
    return reports;
  }

  /**
   * Polls one source now if no other instance is polling it; null when the lease was taken, the source is gone or
   * disabled, or (`onlyIfDue`) another instance polled it since this one decided it was due.
   */
  async pollSource(id: string, options: { onlyIfDue?: boolean } = {}): Promise<PollReport | null> {
    if (this.stopped) return null;
    const leaseKey = `source:lease:${id}`;
    if (!(await this.deps.kv.add(leaseKey, this.owner, this.options.leaseMs))) return null;
    try {
      const source = await this.deps.registry.get(id);
      if (!source?.enabled || source.kind !== 'feed') return null;
      const previous = await this.deps.registry.state(id, this.deps.clock.now());
      if (options.onlyIfDue && previous.nextPollAt > this.deps.clock.now()) return null;
      const host = new URL(source.url).host;
      const { state, report } = await this.hosts.key(host).schedule(() => pollFeed(this.deps, source, previous));
      await this.afterPoll(source, state, report);
      return report;
    } finally {
      if ((await this.deps.kv.get<string>(leaseKey)) === this.owner) await this.deps.kv.delete(leaseKey);
    }
  }

  private async afterPoll(source: Source, state: SourceState, report: PollReport): Promise<void> {
    const now = this.deps.clock.now();
    if (report.status !== 'failed') {
      state.consecutiveFailures = 0;
      state.lastError = null;
      state.nextPollAt = now + source.intervalMs;
      await this.deps.registry.saveState(source.id, state);
      return;
    }
    state.consecutiveFailures++;
    state.lastError = report.error;
    state.nextPollAt = now + backoffDelay(source.intervalMs, state.consecutiveFailures, report.retryAfterMs);
    await this.deps.registry.saveState(source.id, state);
    this.deps.logger.warn(
      { sourceId: source.id, failures: state.consecutiveFailures, error: report.error },
      'feed poll failed',
    );
    if (state.consecutiveFailures >= this.options.maxConsecutiveFailures) await this.disable(source, state);
  }

  private async disable(source: Source, state: SourceState): Promise<void> {
    const reason = `${state.consecutiveFailures} failed polls in a row; last error: ${state.lastError}`;
    await this.deps.registry.save({ ...source, enabled: false, disabledReason: reason });
    const name = source.title ?? source.url;
    const title = `Feed disabled: ${name}`;
    const lines = [reason, `Fix it, then run /news source add ${source.url} to turn it back on.`];
    const reply: Reply = {
      kind: 'info',
      visibility: 'channel',
      title,
      lines,
      fallbackText: [title, ...lines].join('\n'),
    };
    const poster = this.deps.poster();
    for (const destination of source.destinations) {
      try {
        await poster?.post(destination, reply, { idempotencyKey: `source-disabled:${source.id}:${state.lastPollAt}` });
      } catch (error) {
        this.deps.logger.error(
          { err: error, sourceId: source.id, destination },
          'could not post the feed-disabled message',
        );
      }
    }
  }
}
