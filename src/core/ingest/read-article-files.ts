import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { articleFromHtml } from './article-from-source.ts';
import { decodeArticleBytes } from './decode-file.ts';
import { jsonArticles } from './json-articles.ts';
import { markdownLayout } from './markdown-layout.ts';
import { outletFromFile } from './outlet-name.ts';
import type { ParsedArticle, Rejection } from './parsed-article.ts';
import { plainTextParagraphs } from './text-layout.ts';

export interface ReadFilesOptions {
  /** Files larger than this are refused without being read (`maxArticleBytes`). */
  maxBytes: number;
}

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json'];

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function fromPlainText(text: string, file: string): ParsedArticle {
  return {
    title: null,
    outlet: outletFromFile(file),
    url: null,
    file,
    publishedAt: null,
    original: text,
    paragraphs: plainTextParagraphs(text),
    headlineInFirstLine: true,
  };
}

function fromMarkdown(text: string, file: string): ParsedArticle {
  const layout = markdownLayout(text);
  return {
    ...fromPlainText(text, file),
    title: layout.title,
    paragraphs: layout.paragraphs,
    headlineInFirstLine: false,
  };
}

function fromHtml(text: string, file: string): ParsedArticle | Rejection {
  const article = articleFromHtml(text, { title: null, url: null, file, publishedAt: null });
  return 'reason' in article ? { label: file, reason: article.reason } : article;
}

function parseByExtension(text: string, file: string, extension: string): (ParsedArticle | Rejection)[] {
  switch (extension) {
    case '.txt':
      return [fromPlainText(text, file)];
    case '.md':
    case '.markdown':
      return [fromMarkdown(text, file)];
    case '.html':
    case '.htm':
      return [fromHtml(text, file)];
    default:
      return jsonArticles(text, file);
  }
}

async function readOne(file: string, size: number, options: ReadFilesOptions): Promise<(ParsedArticle | Rejection)[]> {
  const extension = path.extname(file).toLowerCase();
  if (!ARTICLE_EXTENSIONS.includes(extension)) {
    const shown = extension || 'no extension';
    return [{ label: file, reason: `unsupported file type (${shown}); expected ${ARTICLE_EXTENSIONS.join(', ')}` }];
  }
  if (size > options.maxBytes) {
    return [{ label: file, reason: `is ${megabytes(size)}, over the ${megabytes(options.maxBytes)} size limit` }];
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return [{ label: file, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` }];
  }
  const decoded = decodeArticleBytes(bytes);
  if ('reason' in decoded) return [{ label: file, reason: decoded.reason }];
  return parseByExtension(decoded.text, file, extension);
}

interface Walk {
  options: ReadFilesOptions;
  out: (ParsedArticle | Rejection)[];
  /** Folders already read (device:inode), so a symlink back up the tree cannot loop forever. */
  seenFolders: Set<string>;
}

async function expand(target: string, walk: Walk): Promise<void> {
  const { options, out } = walk;
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    out.push({ label: target, reason: code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code})` });
    return;
  }
  if (info.isDirectory()) {
    const folderId = `${info.dev}:${info.ino}`;
    if (walk.seenFolders.has(folderId)) return;
    walk.seenFolders.add(folderId);
    let names: string[];
    try {
      names = (await readdir(target)).filter((name) => !name.startsWith('.')).sort();
    } catch (error) {
      out.push({ label: target, reason: `folder cannot be read (${(error as NodeJS.ErrnoException).code})` });
      return;
    }
    for (const name of names) await expand(path.join(target, name), walk);
    return;
  }
  if (!info.isFile()) {
    out.push({ label: target, reason: 'is not a regular file' });
    return;
  }
  out.push(...(await readOne(target, info.size, options)));
}

/**
 * Reads article files and folders (recursively, hidden files skipped): `.txt`, `.md`, `.html`, `.json`. Every input
 * gives a parsed article or a rejection with one clear reason; a bad file never stops the others.
 */
export async function readArticleFiles(
  paths: string[],
  options: ReadFilesOptions,
): Promise<(ParsedArticle | Rejection)[]> {
  const walk: Walk = { options, out: [], seenFolders: new Set() };
  for (const target of paths) await expand(target, walk);
  return walk.out;
}
