import { expect } from 'vitest';
import { SLACK_LIMITS } from '../../src/adapters/slack/slack-limits.ts';

interface AnyBlock {
  type: string;
  text?: { text: string };
  elements?: { text: string }[];
  fields?: { text: string }[];
}

/** Every `<…>` control sequence in a Slack string; only links we made to http(s) pages are allowed. */
export function controlSequences(text: string): string[] {
  return [...text.matchAll(/<[^>]*>/g)].map((match) => match[0]);
}

export function expectNoMentionOrForgedLink(text: string): void {
  for (const sequence of controlSequences(text)) {
    expect(sequence).toMatch(/^<https?:\/\/[^|<>\s]+\|[^<>|]*>$/);
    expect(sequence).not.toMatch(/^<https?:\/\/[^|]*\|https?:/);
  }
  expect(text).not.toMatch(/<[!@#]/);
}

/** Asserts the message as Slack's API would receive it is inside every documented limit. */
export function expectWithinSlackLimits(message: { text: string; blocks: readonly object[] }): void {
  const blocks = message.blocks as AnyBlock[];
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.text.length).toBeLessThanOrEqual(40_000);
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
  expect(JSON.stringify(message.blocks).length).toBeLessThanOrEqual(13_000);
  for (const block of blocks) {
    if (block.type === 'header') expect(block.text?.text.length).toBeLessThanOrEqual(150);
    if (block.type === 'section') {
      expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
      expect(block.fields?.length ?? 0).toBeLessThanOrEqual(10);
      for (const field of block.fields ?? []) expect(field.text.length).toBeLessThanOrEqual(2000);
    }
    if (block.type === 'context') {
      expect(block.elements?.length).toBeLessThanOrEqual(10);
      for (const element of block.elements ?? []) expect(element.text.length).toBeLessThanOrEqual(3000);
    }
  }
}
