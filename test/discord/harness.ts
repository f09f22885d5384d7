import { join } from 'node:path';
import { createDiscordAdapter, type DiscordCore } from '../../src/adapters/discord/discord-adapter.ts';
import type { DiscordConfig } from '../../src/adapters/discord/discord-config.ts';
import type { ChatAdapter } from '../../src/adapters/shared/chat-adapter.ts';
import { ingestParsed } from '../../src/core/ingest/ingest-parsed.ts';
import { readArticleFiles } from '../../src/core/ingest/read-article-files.ts';
import { Newsbot } from '../../src/core/newsbot.ts';
import { type Clock, type Logger, systemClock } from '../../src/core/ports.ts';
import { ArticleRepository } from '../../src/core/store/article-repository.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import { FakeDiscord, type FakeDiscordOptions } from '../fakes/discord/fake-discord.ts';

/** Log lines the adapter wrote, to assert on "one clear line" behaviour. */
export class RecordingLogger implements Logger {
  readonly lines: { level: string; msg: string; fields: Record<string, unknown> }[] = [];
  private record(level: string, obj: object | string, msg?: string) {
    const err = typeof obj === 'object' && 'err' in obj ? (obj as { err: unknown }).err : undefined;
    const detail = err instanceof Error ? `: ${err.message}` : '';
    const fields = typeof obj === 'string' ? {} : (obj as Record<string, unknown>);
    this.lines.push({ level, msg: (typeof obj === 'string' ? obj : (msg ?? JSON.stringify(obj))) + detail, fields });
  }
  debug(obj: object | string, msg?: string) {
    this.record('debug', obj, msg);
  }
  info(obj: object | string, msg?: string) {
    this.record('info', obj, msg);
  }
  warn(obj: object | string, msg?: string) {
    this.record('warn', obj, msg);
  }
  error(obj: object | string, msg?: string) {
    this.record('error', obj, msg);
  }
}

export interface Harness {
  fake: FakeDiscord;
  newsbot: Newsbot;
  adapter: ChatAdapter;
  logger: RecordingLogger;
  config: DiscordConfig;
  close(): Promise<void>;
}

export interface HarnessOptions {
  fake?: FakeDiscordOptions;
  config?: Partial<DiscordConfig>;
  /** Wraps the real core, e.g. to add latency; the answers still come from the real Newsbot. */
  core?: (newsbot: Newsbot) => DiscordCore;
  /** Prepares the core (ingest articles) before the adapter starts. */
  prepare?: (newsbot: Newsbot) => Promise<void>;
  /** One clock for the fake's deadlines and the adapter (the core keeps the real one). */
  clock?: Clock;
  start?: boolean;
}

/** A real Newsbot on a memory store, the real discord.js adapter, and a fake Discord on 127.0.0.1. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await FakeDiscord.start({ ...options.fake, ...(options.clock ? { now: options.clock.now } : {}) });
  const kv = await openStore('memory://');
  const logger = new RecordingLogger();
  const newsbot = new Newsbot({ kv, clock: systemClock, logger });
  await options.prepare?.(newsbot);
  const config: DiscordConfig = {
    token: fake.token,
    applicationId: fake.applicationId,
    guildId: null,
    apiUrl: fake.apiUrl,
    messageContent: false,
    deferAfterMs: 2000,
    ...options.config,
  };
  const core = options.core?.(newsbot) ?? newsbot;
  const adapter = createDiscordAdapter({
    config,
    core,
    kv,
    logger,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  if (options.start !== false) await adapter.start();
  return {
    fake,
    newsbot,
    adapter,
    logger,
    config,
    async close() {
      await adapter.stop();
      await newsbot.close();
      await fake.close();
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const SEEDS = join(import.meta.dirname, '../../seeds');
const SEED_FILES = [
  '000_1ba7f7b49b2fcce1.txt',
  '001_f7db4d455873c533.txt',
  '002_2b6a419fb5f5109c.txt',
  '003_709c97691079b0b5.txt',
  '004_a3af21f984c6ba0f.txt',
];

/** Ingests the five sample articles through the real pipeline and brings the index up to date. */
export async function ingestSeeds(newsbot: Newsbot): Promise<void> {
  const articles = new ArticleRepository(newsbot.kv, newsbot.clock);
  const paths = SEED_FILES.map((file) => join(SEEDS, file));
  for (const parsed of await readArticleFiles(paths, { maxBytes: 1_000_000 })) {
    if ('reason' in parsed) throw new Error(parsed.reason);
    await ingestParsed({ articles, clock: newsbot.clock }, parsed);
  }
  await newsbot.indexSync.catchUp();
}
