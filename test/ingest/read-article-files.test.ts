import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRejection, type ParsedArticle, type Rejection } from '../../src/core/ingest/parsed-article.ts';
import { readArticleFiles } from '../../src/core/ingest/read-article-files.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/ingest');
const dir = mkdtempSync(path.join(tmpdir(), 'newsbot-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOOD_TEXT = 'The mayor said on Monday that the bridge would reopen in March.\n';
const LIMIT = 1024 * 1024;

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

const rejectionFor = (results: (ParsedArticle | Rejection)[], label: string) =>
  results.filter(isRejection).find((r) => r.label === label);

describe('bad input: each file gets one clear reason and the rest of the run is still read', () => {
  const good = write('good.txt', GOOD_TEXT);
  const cases: [string, () => string, RegExp][] = [
    ['empty file', () => write('empty.txt', ''), /^file is empty$/],
    ['white space only', () => write('blank.md', ' \n\t\n'), /^file has only white space$/],
    ['binary file', () => write('photo.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])), /binary/],
    [
      'invalid UTF-8',
      () => write('latin1.txt', Buffer.from('Se\xf1or P\xe9rez said no.', 'latin1')),
      /^is not valid UTF-8 text$/,
    ],
    [
      'over the size cap (sparse 50 MB file)',
      () => {
        const file = write('huge.txt', '');
        truncateSync(file, 50 * 1024 * 1024);
        return file;
      },
      /^is 50\.0 MB, over the 1\.0 MB size limit$/,
    ],
    ['missing path', () => path.join(dir, 'no-such-file.txt'), /^no such file or folder$/],
    [
      'unknown extension',
      () => path.join(fixtures, 'notes.csv'),
      /^unsupported file type \(\.csv\); expected \.txt, \.md/,
    ],
    ['HTML with no article body', () => path.join(fixtures, 'index-page.html'), /^no article body found in the HTML$/],
    ['malformed JSON', () => write('broken.json', '{"title": "x", "text": '), /^is not valid JSON \(/],
    [
      'dangling symlink',
      () => {
        const link = path.join(dir, 'gone.txt');
        symlinkSync(path.join(dir, 'deleted-target.txt'), link);
        return link;
      },
      /^no such file or folder$/,
    ],
  ];

  it.each(cases)('%s', async (_label, make, reason) => {
    const bad = make();
    const results = await readArticleFiles([bad, good], { maxBytes: LIMIT });
    const rejection = rejectionFor(results, bad);
    expect(rejection?.reason).toMatch(reason);
    expect(rejection?.reason).not.toContain('\n');
    expect(results.filter((r) => !isRejection(r)).map((r) => (r as ParsedArticle).file)).toEqual([good]);
  });

  it('names JSON items with missing fields by position and keeps the valid ones', async () => {
    const file = path.join(fixtures, 'missing-fields.json');
    const results = await readArticleFiles([file], { maxBytes: LIMIT });
    expect(results.filter(isRejection)).toEqual([
      { label: `${file}#1`, reason: 'missing text or html' },
      { label: `${file}#2`, reason: 'missing title' },
      { label: `${file}#3`, reason: 'publishedAt “next Tuesday-ish” is not a date' },
    ]);
    expect(results.filter((r) => !isRejection(r)).map((r) => (r as ParsedArticle).title)).toEqual(['Fine one']);
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission', async () => {
    const file = write('secret.txt', GOOD_TEXT);
    chmodSync(file, 0o000);
    const results = await readArticleFiles([file], { maxBytes: LIMIT });
    expect(rejectionFor(results, file)?.reason).toBe('cannot be read (EACCES)');
  });
});

describe('reading each supported format', () => {
  it('reads a folder recursively in name order, skipping hidden files', async () => {
    const folder = path.join(dir, 'batch');
    write('batch/b.txt', GOOD_TEXT);
    write('batch/sub/a.txt', GOOD_TEXT);
    write('batch/.DS_Store', Buffer.from([0, 1, 2]));
    const results = await readArticleFiles([folder], { maxBytes: LIMIT });
    expect(results.map((r) => (isRejection(r) ? r.label : r.file))).toEqual([
      path.join(folder, 'b.txt'),
      path.join(folder, 'sub/a.txt'),
    ]);
  });

  it('reads a folder holding a symlink back to itself once, without looping', async () => {
    const folder = path.join(dir, 'looped');
    write('looped/story.txt', GOOD_TEXT);
    symlinkSync(folder, path.join(folder, 'again'));
    const results = await readArticleFiles([folder], { maxBytes: LIMIT });
    expect(results.map((r) => (isRejection(r) ? r.label : r.file))).toEqual([path.join(folder, 'story.txt')]);
  });

  it('plain text saved as UTF-16 with a byte-order mark (Windows "Unicode") reads as text', async () => {
    const le = write('notepad-le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD_TEXT, 'utf16le')]));
    const be = write(
      'notepad-be.txt',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(GOOD_TEXT, 'utf16le').swap16()]),
    );
    const results = (await readArticleFiles([le, be], { maxBytes: LIMIT })) as ParsedArticle[];
    expect(results.map((r) => r.original)).toEqual([GOOD_TEXT, GOOD_TEXT]);
  });

  it('plain text: outlet from the file name, first line may be the headline', async () => {
    const [article] = (await readArticleFiles([write('reuters-2025-08-08.txt', GOOD_TEXT)], {
      maxBytes: LIMIT,
    })) as ParsedArticle[];
    expect(article).toMatchObject({ outlet: 'reuters-2025-08-08', url: null, title: null, headlineInFirstLine: true });
    expect(article?.original).toBe(GOOD_TEXT);
  });

  it('Markdown: the # heading is the title, markup and code blocks are left out', async () => {
    const [article] = (await readArticleFiles([path.join(fixtures, 'briefing.md')], {
      maxBytes: LIMIT,
    })) as ParsedArticle[];
    expect(article?.title).toBe('Sheinbaum: cooperation, not subordination');
    const text = article?.paragraphs.map((p) =>
      p.map((piece) => ('text' in piece ? piece.text : article.original.slice(piece.start, piece.end))).join(''),
    );
    expect(text).toEqual([
      'Mexican President Claudia Sheinbaum said on Tuesday that her government would keep working with Washington on security, but "never with subordination", after a call with President Donald Trump.',
      '“We are committed to collaborating while upholding our sovereignty,” Sheinbaum said at her daily briefing.',
      'The two leaders spoke for about 30 minutes.',
      'They agreed to meet again next month.',
    ]);
  });

  it('HTML: the main article without navigation, captions, sidebars or footer, with page metadata', async () => {
    const [article] = (await readArticleFiles([path.join(fixtures, 'wire-story.html')], {
      maxBytes: LIMIT,
    })) as ParsedArticle[];
    expect(article?.title).toBe('Sheinbaum rules out US troops in Mexico');
    expect(article?.outlet).toBe('Example Gazette');
    expect(article?.publishedAt).toBe('2025-08-09T14:30:00.000Z');
    expect(article?.original.startsWith('Mexico’s president, Claudia Sheinbaum, said on Friday')).toBe(true);
    expect(article?.original).toContain('“The United States is not going to come to Mexico with their military,”');
    expect(article?.original).not.toMatch(/Most read|Sign in|All rights reserved|morning press conference/);
  });

  it('JSON: an array of articles with text or html, outlet from the URL domain when not given', async () => {
    const file = path.join(fixtures, 'two-articles.json');
    const results = (await readArticleFiles([file], { maxBytes: LIMIT })) as ParsedArticle[];
    expect(results.map((r) => [r.title, r.outlet, r.url, r.publishedAt])).toEqual([
      [
        'Cartel designation draws warning',
        'example-news.com',
        'https://www.example-news.com/world/cartels?utm_source=feed',
        '2025-08-08T10:00:00.000Z',
      ],
      ['Rubio on Mexico', 'Wire Service', null, null],
    ]);
    expect(results[1]?.original).toMatch(/^Secretary of State Marco Rubio said on Friday/);
  });
});
