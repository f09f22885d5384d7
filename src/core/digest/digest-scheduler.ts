import { randomUUID } from 'node:crypto';
import { Cron } from 'croner';
import type { BackgroundService } from '../newsbot.ts';
import type { Clock, Logger, Poster } from '../ports.ts';
import { DailySchedule } from '../schedule/daily-schedule.ts';
import { parseDailyTime } from '../schedule/daily-time.ts';
import { backoffDelay, requestedRetryDelay } from '../schedule/retry-backoff.ts';
import type { KvStore } from '../store/kv-store.ts';
import { buildDigest } from './build-digest.ts';
import { claimKey, DigestClaims } from './digest-claims.ts';
import type { DigestSource } from './digest-source.ts';
import { digestToReply } from './digest-to-reply.ts';
import type { DigestSubscription } from './subscription.ts';
import type { SubscriptionStore } from './subscription-store.ts';

export interface DigestSchedulerOptions {
  /** How long a claim protects a post in flight; a crashed instance's digest is retried after this. */
  leaseMs: number;
  /** A digest posted this long after its time says it is late. */
  lateAfterMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** How often stored subscriptions are re-read (other instances change them) and failed posts retried. */
  refreshMs: number;
  /** The longest window a digest covers after long downtime. */
  maxWindowMs: number;
  maxStories: number;
}

export const DEFAULT_SCHEDULER_OPTIONS: DigestSchedulerOptions = {
  leaseMs: 5 * 60_000,
  lateAfterMs: 15 * 60_000,
  retryBaseMs: 60_000,
  retryMaxMs: 30 * 60_000,
  refreshMs: 60_000,
  maxWindowMs: 7 * 24 * 3600_000,
  maxStories: 10,
};

export interface DigestSchedulerDeps {
  kv: KvStore;
  clock: Clock;
  logger: Logger;
  subscriptions: SubscriptionStore;
  source: DigestSource;
  /** Read at each delivery: the composition root sets `Newsbot.poster` once adapters exist. */
  poster: () => Poster | undefined;
  instanceId?: string;
  options?: Partial<DigestSchedulerOptions>;
}

export type DeliveryStatus = 'posted' | 'posted-late' | 'failed' | 'claimed-elsewhere' | 'waiting-to-retry';

export interface Delivery {
  destination: string;
  period: string;
  status: DeliveryStatus;
}

const DAY_MS = 24 * 3600_000;

/**
 * Posts each subscription's digest once per scheduled period. Croner wakes it at each subscription's time in its own
 * time zone; a periodic refresh re-reads subscriptions, retries failures and, at start, posts a digest missed during
 * downtime (only the latest period, marked late). Exactly once across restarts and instances comes from the claims.
 */
export class DigestScheduler implements BackgroundService {
  private readonly options: DigestSchedulerOptions;
  private readonly claims: DigestClaims;
  private jobs = new Map<string, Cron>();
  private refreshTimer: NodeJS.Timeout | undefined;
  private running: Promise<Delivery[]> | undefined;
  private warnedNoPoster = false;

  constructor(private readonly deps: DigestSchedulerDeps) {
    this.options = { ...DEFAULT_SCHEDULER_OPTIONS, ...deps.options };
    this.claims = new DigestClaims(deps.kv, deps.instanceId ?? randomUUID());
  }

  async start(): Promise<void> {
    await this.refresh();
    this.refreshTimer = setInterval(() => void this.refresh(), this.options.refreshMs);
    this.refreshTimer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
    for (const job of this.jobs.values()) job.stop();
    this.jobs.clear();
    await this.running?.catch(() => undefined);
  }

  /** Re-reads subscriptions, re-arms their cron jobs and delivers whatever is due. */
  async refresh(): Promise<Delivery[]> {
    try {
      this.armJobs(await this.deps.subscriptions.list());
      return await this.runDue();
    } catch (error) {
      this.deps.logger.error({ err: error }, 'digest scheduler refresh failed');
      return [];
    }
  }

  /** Delivers every digest whose period has come and is not yet posted. One run at a time per instance. */
  runDue(): Promise<Delivery[]> {
    if (this.running) return this.running.then(() => this.runDue());
    const run = this.deliverAll().finally(() => {
      this.running = undefined;
    });
    this.running = run;
    return run;
  }

  private armJobs(subscriptions: DigestSubscription[]): void {
    const wanted = new Set(subscriptions.map((s) => s.id));
    for (const [id, job] of this.jobs) {
      if (!wanted.has(id)) {
        job.stop();
        this.jobs.delete(id);
      }
    }
    for (const sub of subscriptions) {
      if (this.jobs.has(sub.id)) continue;
      try {
        const { hour, minute } = parseDailyTime(sub.time);
        // refresh() never rejects: a store outage at fire time is logged and retried on the next refresh.
        const job = new Cron(`0 ${minute} ${hour} * * *`, { timezone: sub.timeZone, unref: true }, () => {
          void this.refresh();
        });
        this.jobs.set(sub.id, job);
      } catch (error) {
        this.deps.logger.error({ err: error, destination: sub.destination }, 'digest subscription has a bad schedule');
      }
    }
  }

  private async deliverAll(): Promise<Delivery[]> {
    const poster = this.deps.poster();
    if (!poster) {
      if (!this.warnedNoPoster) this.deps.logger.warn('digest scheduler has no poster: scheduled digests wait');
      this.warnedNoPoster = true;
      return [];
    }
    const deliveries: Delivery[] = [];
    for (const sub of await this.deps.subscriptions.list()) {
      const delivery = await this.deliver(sub, poster).catch((error: unknown) => {
        this.deps.logger.error({ err: error, destination: sub.destination }, 'digest delivery failed');
        return undefined;
      });
      if (delivery) deliveries.push(delivery);
    }
    return deliveries;
  }

  private async deliver(sub: DigestSubscription, poster: Poster): Promise<Delivery | undefined> {
    const now = this.deps.clock.now();
    const periodMs = new DailySchedule(parseDailyTime(sub.time), sub.timeZone).latestAtOrBefore(now);
    if (periodMs < Date.parse(sub.createdAt)) return undefined;
    const period = new Date(periodMs).toISOString();
    const outcome = (status: DeliveryStatus): Delivery => ({ destination: sub.destination, period, status });
    if (await this.claims.isPosted(sub.id, period)) return undefined;
    const retry = await this.claims.retryState(sub.id, period);
    if (retry && now < retry.nextAttemptAt) return outcome('waiting-to-retry');
    if (!(await this.claims.claim(sub.id, period, new Date(now).toISOString(), this.options.leaseMs))) {
      return outcome('claimed-elsewhere');
    }
    // Another instance may have finished between our check and our claim.
    if (await this.claims.isPosted(sub.id, period)) {
      await this.claims.release(sub.id, period);
      return undefined;
    }
    try {
      const late = now - periodMs > this.options.lateAfterMs;
      await this.post(sub, poster, periodMs, late);
      await this.claims.recordPosted(sub.id, period, sub.destination, {
        postedAt: new Date(this.deps.clock.now()).toISOString(),
        late,
        until: period,
        subscriptionId: sub.id,
      });
      await this.claims.release(sub.id, period);
      this.deps.logger.info({ destination: sub.destination, period, late }, 'digest posted');
      return outcome(late ? 'posted-late' : 'posted');
    } catch (error) {
      const attempts = (retry?.attempts ?? 0) + 1;
      const delay =
        requestedRetryDelay(error) ?? backoffDelay(attempts, this.options.retryBaseMs, this.options.retryMaxMs);
      const lastError = error instanceof Error ? error.message : String(error);
      await this.claims.recordFailure(sub.id, period, { attempts, nextAttemptAt: now + delay, lastError });
      await this.claims.release(sub.id, period);
      this.deps.logger.warn(
        { destination: sub.destination, period, attempts, delayMs: delay, err: lastError },
        'digest post failed; will retry',
      );
      return outcome('failed');
    }
  }

  private async post(sub: DigestSubscription, poster: Poster, periodMs: number, late: boolean): Promise<void> {
    const last = await this.claims.lastWindow(sub.destination);
    const earliest = periodMs - this.options.maxWindowMs;
    const lastUntil = last ? Date.parse(last.until) : periodMs - DAY_MS;
    const sinceMs = Math.min(Math.max(lastUntil, earliest), periodMs - 60_000);
    const period = new Date(periodMs).toISOString();
    const digest = await buildDigest(this.deps.source, {
      since: new Date(sinceMs).toISOString(),
      until: period,
      filter: sub.filter,
      maxStories: this.options.maxStories,
    });
    const reply = digestToReply(digest, { timeZone: sub.timeZone, ...(late ? { lateFor: { dueAt: period } } : {}) });
    await poster.post(sub.destination, reply, { idempotencyKey: claimKey(sub.id, period) });
  }
}
