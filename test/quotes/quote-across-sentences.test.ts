import { describe, expect, it } from 'vitest';
import { findQuote } from './find-quote.ts';

describe('a cue after a quotation that holds a sentence break', () => {
  it('reads the quotation and its subject from the opening mark’s sentence', () => {
    const text =
      'Mayor Lena Ortiz spoke at the rally. Council members Tom Reed and Sara Diaz, both of the east ward, “were slow. They had no plan. There was no hurry” in comparison to the fire chief, Ortiz said.';
    const q = findQuote(text, 'no hurry');
    expect(q.content.text).toBe(
      'Council members Tom Reed and Sara Diaz, both of the east ward, “were slow. They had no plan. There was no hurry” in comparison to the fire chief',
    );
    expect(q.kind).toBe('mixed');
    expect(q.speaker.name).toBe('Lena Ortiz');
  });

  it('starts at the opening mark when the quotation opens its sentence', () => {
    const text =
      'Mayor Lena Ortiz spoke at the rally. "Why wait? We want to hear from the county" before any vote, she said.';
    const q = findQuote(text, 'before any vote');
    expect(q.content.text).toBe('"Why wait? We want to hear from the county" before any vote');
    expect(q.speaker.name).toBe('Lena Ortiz');
  });

  it('does not take the words of another cue before the quotation', () => {
    const text =
      'Mayor Lena Ortiz spoke at the rally. Tom Reed said “the plan is late. It has no money” in the draft, Ortiz said.';
    expect(findQuote(text, 'no money').content.text).not.toContain('Tom Reed');
  });
});

describe('a reported clause cut inside a quotation that holds a sentence break', () => {
  it('runs on past the closing mark when the clause goes on in lower case', () => {
    const text =
      'Columnist Dana Holt stated that the hearing was “more civil” and the mayor “spoke well, because it was a real hearing. It was more hopeful” and was hurt by going “too far, and too fast” on the budget.';
    const q = findQuote(text, 'more hopeful');
    expect(q.content.text).toBe(
      'the hearing was “more civil” and the mayor “spoke well, because it was a real hearing. It was more hopeful” and was hurt by going “too far, and too fast” on the budget',
    );
    expect(q.speaker.name).toBe('Dana Holt');
  });

  it('stops at the quotation when its own comma closes it', () => {
    const text = 'Critic Dana Holt stated that the mayor “spoke well. It was hopeful,” according to the county paper.';
    expect(findQuote(text, 'spoke well').content.text).not.toContain('according');
  });
});
