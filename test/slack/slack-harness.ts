import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type CreateSlackAdapterDeps,
  createSlackAdapter,
  type SlackAdapter,
} from '../../src/adapters/slack/create-slack-adapter.ts';
import type { SlackConfig } from '../../src/adapters/slack/slack-config.ts';
import type { HandlerTable } from '../../src/core/commands/route.ts';
import { ingestParsed } from '../../src/core/ingest/ingest-parsed.ts';
import { readArticleFiles } from '../../src/core/ingest/read-article-files.ts';
import { Newsbot } from '../../src/core/newsbot.ts';
import { type Logger, silentLogger, systemClock } from '../../src/core/ports.ts';
import { ArticleRepository } from '../../src/core/store/article-repository.ts';
import type { KvStore } from '../../src/core/store/kv-store.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import { FakeSlack } from '../fakes/slack/fake-slack.ts';

export const SIGNING_SECRET = 'test-signing-secret';

/**
 * A real Newsbot whose handler table is extended the way each core area registers its handlers; tests use it only
 * for commands whose real handlers are not wired into the facade yet (or to make an answer deliberately slow).
 */
export class NewsbotWithHandlers extends Newsbot {
  constructor(kv: KvStore, handlers: HandlerTable) {
    super({ kv, clock: systemClock, logger: silentLogger });
    Object.assign(this.handlers, handlers);
  }
}

export const SEEDS_DIR = join(import.meta.dirname, '../../seeds');

/** Ingests the five seed articles through the real pipeline (read → clean → analyse → store → change log). */
export async function ingestSeeds(kv: KvStore): Promise<void> {
  const articles = new ArticleRepository(kv, systemClock);
  const files = (await readdir(SEEDS_DIR)).filter((file) => file.endsWith('.txt')).map((file) => join(SEEDS_DIR, file));
  for (const parsed of await readArticleFiles(files, { maxBytes: 1_000_000 })) {
    if ('reason' in parsed) throw new Error(parsed.reason);
    await ingestParsed({ articles, clock: systemClock }, parsed);
  }
}

export interface Harness {
  fake: FakeSlack;
  kv: KvStore;
  adapter: SlackAdapter;
  /** Where Slack would send HTTP requests (`http://127.0.0.1:PORT/slack/events`). */
  eventsUrl: string;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  handlers?: HandlerTable;
  /** Ingest the seed articles first, so the real answer handlers have news to answer from. */
  seeds?: boolean;
  socketMode?: boolean;
  config?: Partial<SlackConfig>;
  limits?: CreateSlackAdapterDeps['limits'];
  logger?: Logger;
  prepareFake?: (fake: FakeSlack) => void;
  customRoutes?: CreateSlackAdapterDeps['customRoutes'];
}

/** Fast pacing for tests that are not about pacing; retries wait what the fake asks (Retry-After) or 50 ms. */
export const TEST_LIMITS = {
  perChannel: { maxConcurrent: 1, minTime: 0 },
  workspace: { maxConcurrent: 10 },
  retry: { maxRetries: 3, baseDelayMs: 50, maxDelayMs: 200 },
};

/** Starts the fake Slack, a real Newsbot on a memory store and the real Slack adapter (Bolt) pointed at the fake. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await new FakeSlack().start();
  options.prepareFake?.(fake);
  const kv = await openStore('memory://');
  if (options.seeds) await ingestSeeds(kv);
  const core = new NewsbotWithHandlers(kv, options.handlers ?? {});
  await core.start();
  const config: SlackConfig = {
    botToken: 'xoxb-test-token',
    signingSecret: SIGNING_SECRET,
    appToken: options.socketMode ? 'xapp-test-token' : null,
    oauth: null,
    apiUrl: fake.apiUrl,
    port: 0,
    ...options.config,
  };
  const adapter = createSlackAdapter({
    config,
    core,
    kv,
    logger: options.logger ?? silentLogger,
    limits: options.limits ?? TEST_LIMITS,
    listenHost: '127.0.0.1',
    ...(options.customRoutes ? { customRoutes: options.customRoutes } : {}),
  });
  await adapter.start();
  const port = adapter.address()?.port;
  return {
    fake,
    kv,
    adapter,
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    async stop() {
      await adapter.stop();
      await fake.stop();
      await core.close();
    },
  };
}

/** The form fields Slack sends for `/news <text>`. */
export function slashFields(
  fake: FakeSlack,
  text: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  return {
    token: 'deprecated-verification-token',
    team_id: 'T1',
    team_domain: 'test',
    channel_id: 'C1',
    channel_name: 'general',
    user_id: 'U1',
    user_name: 'ana',
    command: '/news',
    text,
    api_app_id: 'A1',
    response_url: fake.responseUrl(`r-${Math.random().toString(36).slice(2)}`),
    trigger_id: 't1',
    ...overrides,
  };
}

/** An `app_mention` Events API callback. */
export function mentionEvent(text: string, extra: Record<string, string> = {}) {
  const ts = extra.ts ?? `${1_700_000_000 + Math.floor(Math.random() * 1000)}.000200`;
  return {
    token: 'deprecated',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2)}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    event: { type: 'app_mention', user: 'U1', text, ts, channel: 'C1', event_ts: ts, ...extra },
  };
}
