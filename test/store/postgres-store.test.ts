import { randomBytes } from 'node:crypto';
import KeyvPostgres from '@keyv/postgres';
import { describe } from 'vitest';
import { openStore } from '../../src/core/store/open-store.ts';
import { storageContract } from './contract.ts';

const databaseUrl = process.env.DATABASE_URL;
const schema = `newsbot_test_${randomBytes(6).toString('hex')}`;

describe.skipIf(!databaseUrl)('postgres store', () => {
  const url = new URL(databaseUrl as string);
  url.searchParams.set('schema', schema);
  storageContract('postgres://', {
    open: (clock) => openStore(url.toString(), { clock }),
    async cleanUp() {
      const adapter = new KeyvPostgres({ uri: databaseUrl as string });
      await adapter.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await adapter.disconnect();
    },
  });
});
