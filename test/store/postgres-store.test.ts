import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/core/store/open-store.ts';
import { storageContract } from './contract.ts';

const databaseUrl = process.env.DATABASE_URL;
const schema = `newsbot_test_${randomBytes(6).toString('hex')}`;

async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(!databaseUrl)('postgres store', () => {
  const url = new URL(databaseUrl ?? 'postgres://skipped.invalid/none');
  url.searchParams.set('schema', schema);
  afterAll(() => sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));

  storageContract('postgres://', { open: (clock) => openStore(url.toString(), { clock }) });

  it('survives the server dropping its connections (a Postgres restart) and keeps committed data', async () => {
    const named = new URL(url);
    named.searchParams.set('application_name', schema);
    const store = await openStore(named.toString());
    try {
      await store.set('article:kept', { title: 'kept' });
      const killed = await sql('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [
        schema,
      ]);
      expect(killed.length).toBeGreaterThan(0);
      await expect
        .poll(() => store.get('article:kept').catch(() => 'failed'), { timeout: 5_000 })
        .toEqual({ title: 'kept' });
      expect(await store.add('article:after', 1)).toBe(true);
    } finally {
      await store.close();
    }
  });
});
