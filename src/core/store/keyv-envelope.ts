import { defaultDeserialize, defaultSerialize } from '@keyv/serialize';

/** Keyv's on-disk shape: `{ value, expires }` serialised by @keyv/serialize (`expires` in ms since the epoch). */
interface KeyvEnvelope {
  value: unknown;
  expires?: number;
}

export function wrapValue(value: unknown, nowMs: number, ttlMs: number | undefined): string {
  const expires = ttlMs !== undefined && ttlMs > 0 ? nowMs + ttlMs : undefined;
  return defaultSerialize({ value, expires });
}

/** The stored value, or undefined when absent or expired at `nowMs` (Keyv's rule: expired once now > expires). */
export function unwrapValue<T>(raw: string | undefined, nowMs: number): T | undefined {
  if (raw === undefined || raw === null) return undefined;
  const envelope = defaultDeserialize<KeyvEnvelope>(raw);
  if (envelope === null || typeof envelope !== 'object') return undefined;
  if (typeof envelope.expires === 'number' && nowMs > envelope.expires) return undefined;
  return envelope.value as T;
}
