import { type HandlerTable, routeInvocation } from './commands/route.ts';
import type { Invocation } from './model/invocation.ts';
import type { Reply } from './model/reply.ts';
import type { Clock, Logger, Poster } from './ports.ts';
import type { KvStore } from './store/kv-store.ts';

/** Settings the composition root reads from env/flags and hands to the core (the core never reads env). */
export interface NewsbotOptions {
  /** Local derived index file (search, quotes, entities, stories); ':memory:' for tests. */
  indexPath: string;
  /** Files or pages larger than this are refused at ingestion. */
  maxArticleBytes: number;
  /** Allow fetching private/loopback addresses (tests, intranet feeds). */
  allowPrivateNetwork: boolean;
  userAgent: string;
  /** IANA time zone used for digests when the platform does not say. */
  defaultTimeZone: string;
}

export const DEFAULT_OPTIONS: NewsbotOptions = {
  indexPath: ':memory:',
  maxArticleBytes: 10 * 1024 * 1024,
  allowPrivateNetwork: false,
  userAgent: 'newsbot/0.1 (+https://github.com/newsbot/newsbot)',
  defaultTimeZone: 'UTC',
};

export interface NewsbotDeps {
  kv: KvStore;
  clock: Clock;
  logger: Logger;
  /** Posts to channels (digests, alerts, source warnings); set by the composition root once adapters exist. */
  poster?: Poster;
  options?: Partial<NewsbotOptions>;
}

/** A background part of the core (index sync, digest scheduler, feed poller) started and stopped with it. */
export interface BackgroundService {
  start(): Promise<void>;
  /** Stops taking new work, finishes what is in flight and releases claims. */
  stop(): Promise<void>;
}

/**
 * The platform-neutral core: every adapter and the CLI talk to this one object.
 * Each area adds its service as a field here, registers its command handlers into `handlers` (keyed by command path,
 * e.g. 'digest subscribe') and, if it runs in the background, into `services`.
 */
export class Newsbot {
  readonly kv: KvStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly options: NewsbotOptions;
  poster: Poster | undefined;
  protected readonly handlers: HandlerTable = {};
  protected readonly services: BackgroundService[] = [];

  constructor(deps: NewsbotDeps) {
    this.kv = deps.kv;
    this.clock = deps.clock;
    this.logger = deps.logger;
    this.poster = deps.poster;
    this.options = { ...DEFAULT_OPTIONS, ...deps.options };
  }

  /** The one entry point for commands from every adapter. */
  handle(invocation: Invocation): Promise<Reply> {
    return routeInvocation(invocation, this.handlers, (error, inv) =>
      this.logger.error({ err: error, command: inv.command.join(' '), platform: inv.platform }, 'command failed'),
    );
  }

  /** Speaker names starting with `prefix`, for Discord autocomplete. */
  async suggestSpeakers(prefix: string, limit: number): Promise<string[]> {
    void prefix;
    void limit;
    return [];
  }

  /** Starts background services (index catch-up, schedulers, pollers). */
  async start(): Promise<void> {
    for (const service of this.services) await service.start();
  }

  /** Stops background services in reverse order, then closes the store. */
  async close(): Promise<void> {
    for (const service of [...this.services].reverse()) await service.stop();
    await this.kv.close();
  }
}
