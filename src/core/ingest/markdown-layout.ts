import type { Nodes, Parent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { type Paragraph, type Piece, unwrapLines } from './text-layout.ts';

export interface MarkdownLayout {
  /** The first top-level `# heading`, when the document starts with one. */
  title: string | null;
  paragraphs: Paragraph[];
}

/** Blocks whose inline content is one paragraph of article text. Code, HTML and tables are not prose. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading']);
const SKIPPED = new Set([
  'code',
  'html',
  'table',
  'definition',
  'footnoteDefinition',
  'image',
  'imageReference',
  'thematicBreak',
  'yaml',
]);

function inlinePieces(original: string, node: Nodes, pieces: Piece[]): void {
  if (node.type === 'text' || node.type === 'inlineCode') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const known = start !== undefined && end !== undefined;
    const verbatim = known && original.slice(start, end).replace(/[ \t]*\r?\n[ \t]*/g, '\n') === node.value;
    // Escapes and entities ("\*", "&amp;") decode to other characters: those pieces keep no offset of their own.
    if (verbatim) pieces.push(...unwrapLines(original, start as number, end as number));
    else pieces.push({ text: node.value.replace(/\s*\n\s*/g, ' ') });
    return;
  }
  if (node.type === 'break') {
    pieces.push({ text: ' ' });
    return;
  }
  if (SKIPPED.has(node.type)) return;
  if ('children' in node) for (const child of (node as Parent).children) inlinePieces(original, child, pieces);
}

function collectBlocks(
  original: string,
  node: Nodes,
  out: { heading: boolean; depth: number; pieces: Piece[] }[],
): void {
  if (SKIPPED.has(node.type)) return;
  if (TEXT_BLOCKS.has(node.type)) {
    const pieces: Piece[] = [];
    inlinePieces(original, node, pieces);
    const depth = node.type === 'heading' ? node.depth : 0;
    if (pieces.length > 0) out.push({ heading: node.type === 'heading', depth, pieces });
    return;
  }
  if ('children' in node) for (const child of (node as Parent).children) collectBlocks(original, child, out);
}

/** Article text of a Markdown file: prose blocks with their exact source offsets, markup left out. */
export function markdownLayout(original: string): MarkdownLayout {
  const blocks: { heading: boolean; depth: number; pieces: Piece[] }[] = [];
  collectBlocks(original, fromMarkdown(original), blocks);
  const first = blocks[0];
  if (first?.heading && first.depth === 1) {
    const title = first.pieces
      .map((piece) => ('text' in piece ? piece.text : original.slice(piece.start, piece.end)))
      .join('');
    return { title: title.trim() || null, paragraphs: blocks.slice(1).map((block) => block.pieces) };
  }
  return { title: null, paragraphs: blocks.map((block) => block.pieces) };
}
