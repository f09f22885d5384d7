import { createHash } from 'node:crypto';
import path from 'node:path';
import { DEFAULT_OPTIONS, type NewsbotOptions } from './core/newsbot.ts';
import { UserFacingError } from './core/user-facing-error.ts';

/**
 * The one place newsbot reads its environment. Everything else receives typed settings from here.
 * Every variable is documented in `.env.example` and the README.
 */
export type Env = Record<string, string | undefined>;

export const DEFAULT_STORE_URL = 'sqlite://./data/newsbot.sqlite';

export interface CoreConfig {
  storeUrl: string;
  options: NewsbotOptions;
  logLevel: string;
  /** Shared Redis for clustered rate limits and cross-instance nudges (several instances). */
  redisUrl: string | null;
  /** HTTP port for Slack's Events API and the health endpoints. */
  port: number;
}

function positiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new UserFacingError(`${name} must be a positive whole number, got “${raw}”`);
  return value;
}

function flag(env: Env, name: string): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (['', '0', 'false', 'no', 'off'].includes(raw)) return false;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  throw new UserFacingError(`${name} must be true or false, got “${env[name]}”`);
}

/** Where the local derived index lives: beside a SQLite store, per store URL otherwise, in memory for memory://. */
export function indexPathFor(storeUrl: string, explicit?: string): string {
  if (explicit) return explicit;
  if (storeUrl.startsWith('memory:')) return ':memory:';
  const sqlite = /^sqlite:\/\/(.+)$/.exec(storeUrl);
  if (sqlite?.[1]) {
    const file = sqlite[1];
    const ext = path.extname(file);
    return `${ext ? file.slice(0, -ext.length) : file}.index${ext || '.sqlite'}`;
  }
  const tag = createHash('sha256').update(storeUrl).digest('hex').slice(0, 12);
  return `./data/index-${tag}.sqlite`;
}

/** The process environment: this module is the only one that touches it. */
export function processEnv(): Env {
  return process.env;
}

/** Reads the core settings; `storeOverride` is the CLI's `--store`. Throws UserFacingError naming a bad variable. */
export function coreConfigFrom(env: Env, storeOverride?: string): CoreConfig {
  const storeUrl = storeOverride || env.NEWSBOT_STORE || DEFAULT_STORE_URL;
  const options: NewsbotOptions = {
    indexPath: indexPathFor(storeUrl, env.NEWSBOT_INDEX_PATH),
    maxArticleBytes: positiveInt(env, 'NEWSBOT_MAX_ARTICLE_BYTES', DEFAULT_OPTIONS.maxArticleBytes),
    allowPrivateNetwork: flag(env, 'NEWSBOT_ALLOW_PRIVATE_NETWORK'),
    userAgent: env.NEWSBOT_USER_AGENT || DEFAULT_OPTIONS.userAgent,
    defaultTimeZone: env.NEWSBOT_TIMEZONE || DEFAULT_OPTIONS.defaultTimeZone,
    followAlertIntervalMs: positiveInt(env, 'NEWSBOT_FOLLOW_INTERVAL_MINUTES', 60) * 60_000,
  };
  return {
    storeUrl,
    options,
    logLevel: env.LOG_LEVEL || 'info',
    redisUrl: env.REDIS_URL || null,
    port: positiveInt(env, 'PORT', 3000),
  };
}
