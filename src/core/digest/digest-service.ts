import { randomUUID } from 'node:crypto';
import type { Destination } from '../model/invocation.ts';
import type { Clock, Logger, Poster } from '../ports.ts';
import { DailySchedule } from '../schedule/daily-schedule.ts';
import { parseDailyTime } from '../schedule/daily-time.ts';
import type { KvStore } from '../store/kv-store.ts';
import { buildDigest } from './build-digest.ts';
import type { Digest, DigestOptions } from './digest.ts';
import { DigestClaims } from './digest-claims.ts';
import { DigestScheduler, type DigestSchedulerOptions } from './digest-scheduler.ts';
import type { DigestSource } from './digest-source.ts';
import type { DigestSubscription } from './subscription.ts';
import { SubscriptionStore } from './subscription-store.ts';

export interface DigestServiceDeps {
  kv: KvStore;
  clock: Clock;
  logger: Logger;
  source: DigestSource;
  poster: () => Poster | undefined;
  /** IANA zone for subscriptions when the platform does not say (NewsbotOptions.defaultTimeZone). */
  defaultTimeZone: string;
  instanceId?: string;
  schedulerOptions?: Partial<DigestSchedulerOptions>;
}

const DAY_MS = 24 * 3600_000;

/** Digests for the core: building them, channel subscriptions and the scheduler that posts them. */
export class DigestService {
  readonly subscriptions: SubscriptionStore;
  readonly scheduler: DigestScheduler;
  private readonly claims: DigestClaims;

  constructor(private readonly deps: DigestServiceDeps) {
    this.subscriptions = new SubscriptionStore(deps.kv);
    const instanceId = deps.instanceId ?? randomUUID();
    this.claims = new DigestClaims(deps.kv, instanceId);
    this.scheduler = new DigestScheduler({
      kv: deps.kv,
      clock: deps.clock,
      logger: deps.logger,
      subscriptions: this.subscriptions,
      source: deps.source,
      poster: deps.poster,
      instanceId,
      ...(deps.schedulerOptions ? { options: deps.schedulerOptions } : {}),
    });
  }

  get defaultTimeZone(): string {
    return this.deps.defaultTimeZone;
  }

  now(): number {
    return this.deps.clock.now();
  }

  build(options: DigestOptions): Promise<Digest> {
    return buildDigest(this.deps.source, options);
  }

  /** What the channel's next digest would contain right now: since its last one (24 h for the first). */
  async preview(destination: Destination): Promise<{ digest: Digest; subscription: DigestSubscription | undefined }> {
    const now = this.deps.clock.now();
    const subscription = await this.subscriptions.get(destination);
    const last = await this.claims.lastWindow(destination);
    const sinceMs = last && Date.parse(last.until) < now ? Date.parse(last.until) : now - DAY_MS;
    const digest = await this.build({
      since: new Date(sinceMs).toISOString(),
      // Inclusive of this very millisecond: an article ingested just now belongs in "now".
      until: new Date(now + 1).toISOString(),
      filter: subscription?.filter ?? null,
    });
    return { digest, subscription };
  }

  async subscribe(input: Omit<DigestSubscription, 'id' | 'createdAt'>): Promise<{
    subscription: DigestSubscription;
    replaced: DigestSubscription | undefined;
  }> {
    const createdAt = new Date(this.deps.clock.now()).toISOString();
    const subscription: DigestSubscription = { ...input, id: randomUUID(), createdAt };
    const replaced = await this.subscriptions.put(subscription);
    return { subscription, replaced };
  }

  unsubscribe(destination: Destination): Promise<DigestSubscription | undefined> {
    return this.subscriptions.remove(destination);
  }

  /** The next instant this subscription posts. */
  nextRun(subscription: DigestSubscription): number {
    return new DailySchedule(parseDailyTime(subscription.time), subscription.timeZone).nextAfter(this.deps.clock.now());
  }

  lastPosted(destination: Destination): Promise<string | undefined> {
    return this.claims.lastWindow(destination).then((last) => last?.until);
  }
}
