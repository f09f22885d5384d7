import { unwrapValue } from '../keyv-envelope.ts';
import type { RawBackend } from './raw-backend.ts';

/** In-process map for tests and `memory://`. Single-threaded JavaScript makes `add` atomic here. */
export function memoryBackend(): RawBackend {
  const map = new Map<string, string>();
  return {
    async get(key) {
      return map.get(key);
    },
    async getMany(keys) {
      return keys.map((key) => map.get(key));
    },
    async set(key, raw) {
      map.set(key, raw);
    },
    async delete(key) {
      return map.delete(key);
    },
    async add(key, raw, nowMs) {
      const current = map.get(key);
      if (current !== undefined && unwrapValue(current, nowMs) !== undefined) return false;
      map.set(key, raw);
      return true;
    },
    async close() {
      map.clear();
    },
  };
}
