// Child process for crash-during-ingest.test.ts: ingests a generated batch into the store named on the command line
// and prints one line per article once `ingestParsed` has returned (the article is then committed and logged).
import { ingestParsed } from '../../src/core/ingest/ingest-parsed.ts';
import { systemClock } from '../../src/core/ports.ts';
import { ArticleRepository } from '../../src/core/store/article-repository.ts';
import { openStore } from '../../src/core/store/open-store.ts';
import { generatedBatch } from './generated-batch.ts';

const [url, count] = process.argv.slice(2);
const kv = await openStore(url as string);
const articles = new ArticleRepository(kv, systemClock);
for (const parsed of generatedBatch(Number(count))) {
  const result = await ingestParsed({ articles, clock: systemClock }, parsed);
  process.stdout.write(`${result.status} ${'id' in result ? result.id : ''}\n`);
}
await kv.close();
