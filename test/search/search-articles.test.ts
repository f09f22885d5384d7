import { describe, expect, it } from 'vitest';
import { NewsIndex } from '../../src/core/index/news-index.ts';
import type { IndexInput } from '../../src/core/index/stored-article.ts';
import { searchArticles } from '../../src/core/search/search-articles.ts';

let day = 0;
/** An article without quotes, one day after the previous one. */
function article(id: string, title: string, text: string): IndexInput {
  const at = new Date(Date.UTC(2026, 0, 1 + day++)).toISOString();
  return {
    article: {
      id,
      title,
      outlet: `outlet-${id}`,
      url: `https://news.example/${id}`,
      file: null,
      publishedAt: at,
      ingestedAt: at,
      text,
      original: text,
      offsetMap: [],
      sources: [{ outlet: `outlet-${id}`, url: `https://news.example/${id}`, file: null, seenAt: at }],
    },
    quotes: [],
    entities: [],
  };
}

const filler = 'The council met on Tuesday to discuss the budget for roads, schools and parks in the region. ';

function indexOf(inputs: IndexInput[]): NewsIndex {
  const index = NewsIndex.open(':memory:');
  for (const input of inputs) index.add(input);
  return index;
}

const ids = (hits: ReturnType<typeof searchArticles>) => hits.map((hit) => hit.sources[0]?.articleId);

describe('full-text search', () => {
  it('ranks by BM25: the article about the term beats one that mentions it in passing', () => {
    const index = indexOf([
      article('about', 'Fentanyl seizures fall at the border', `Fentanyl seizures fell by half. ${filler}`),
      article(
        'passing',
        'Council budget',
        `${filler.repeat(8)}One speaker mentioned fentanyl seizures briefly. ${filler}`,
      ),
      article('other', 'Weather', 'Rain is expected on Sunday across the north.'),
    ]);
    expect(ids(searchArticles(index, 'fentanyl seizures'))).toEqual(['about', 'passing']);
    index.close();
  });

  it('needs every word, ignores case and accents, and stems plurals', () => {
    const index = indexOf([
      article(
        'merida',
        'Security pact',
        'The Mérida Initiative never allowed US forces on Mexican soil; cartels adapted.',
      ),
      article('cartel', 'Cartel profits', 'A cartel lost money this year.'),
    ]);
    expect(ids(searchArticles(index, 'MERIDA initiative'))).toEqual(['merida']);
    expect(new Set(ids(searchArticles(index, 'cartel')))).toEqual(new Set(['merida', 'cartel']));
    expect(ids(searchArticles(index, 'merida profits'))).toEqual([]);
    index.close();
  });

  it('returns a snippet copied from the article around the match', () => {
    const index = indexOf([
      article('a', 'Budget', `${filler.repeat(5)}The ambassador praised the fentanyl seizures. ${filler}`),
    ]);
    const [hit] = searchArticles(index, 'ambassador');
    const words = hit?.snippet.replace(/…/g, '').trim() ?? '';
    expect(words).toContain('ambassador praised the fentanyl seizures');
    expect(`${filler.repeat(5)}The ambassador praised the fentanyl seizures. ${filler}`).toContain(words);
    index.close();
  });

  it('query syntax in user input is just words, never an FTS5 error', () => {
    const index = indexOf([article('a', 'Title', 'Plain words about the border and NOT much else.')]);
    for (const nasty of [
      '"unbalanced',
      'border AND OR NOT (',
      'title:border',
      'bord*',
      'NEAR(border else)',
      '^border',
      '***',
      '',
    ]) {
      expect(() => searchArticles(index, nasty), nasty).not.toThrow();
    }
    expect(ids(searchArticles(index, 'title:border'))).toEqual(['a']);
    index.close();
  });

  it('for very common words, ranks only the newest matches (bounded cost), still by BM25 among them', () => {
    const inputs = [article('best-but-old', 'Border border border', 'Border talks on the border. Border.')];
    for (let i = 0; i < 12; i++)
      inputs.push(article(`new-${i}`, `Update ${i}`, `${filler}The border was quiet. ${filler}`));
    inputs.push(article('newest-strong', 'Border news', 'Border officials spoke about the border.'));
    const index = indexOf(inputs);
    expect(ids(searchArticles(index, 'border', { limit: 1 }))).toEqual(['best-but-old']);
    const bounded = ids(searchArticles(index, 'border', { limit: 3, rankedCandidates: 5 }));
    expect(bounded[0]).toBe('newest-strong');
    expect(bounded).not.toContain('best-but-old');
    index.close();
  });
});
