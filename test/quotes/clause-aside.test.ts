import { describe, expect, it } from 'vitest';
import { findQuote } from './find-quote.ts';

describe('reported clauses across a dash aside', () => {
  it('reads the verb before "— in one breath — that …" and the clause from the first of two "that"s', () => {
    const text =
      'Mayor Lena Ortiz spoke at the rally. When Ortiz answered a question by asserting — in one breath — that she hires seasonal workers for her farm and that such permits are “frankly, very bad for workers,” nobody objected.';
    const q = findQuote(text, 'very bad for workers');
    expect(q.content.text.startsWith('that she hires seasonal workers')).toBe(true);
    expect(q.kind).toBe('mixed');
    expect(q.speaker.name).toBe('Lena Ortiz');
  });

  it('goes on after a quotation past "- including Lee -" to the rest of the clause', () => {
    const text =
      'Mayor Lena Ortiz spoke at the rally. And she argued that "every member of the council" - including Tom Lee - favored some sort of deal for the workers.';
    const q = findQuote(text, 'every member of the council');
    expect(q.content.text).toContain('favored some sort of deal for the workers');
    expect(q.speaker.name).toBe('Lena Ortiz');
  });

  it('does not take a capitalised sentence after the dashes as the clause', () => {
    const text =
      'Mayor Lena Ortiz spoke at the rally. She said that "the county will be fine" - or so she hopes - Tom Lee later wrote.';
    expect(findQuote(text, 'the county will be fine').content.text).not.toContain('Tom Lee');
  });

  it('keeps a mixed quote going after "“fair” — at least for now — to …"', () => {
    const text =
      'Mayor Lena Ortiz spoke at the rally. The mayor left early on Friday, calling the plan “fair” — at least for now — to most families, and the crowd cheered.';
    const q = findQuote(text, 'fair');
    expect(q.content.text).toBe('the plan “fair” — at least for now — to most families');
  });
});

describe('reported clauses across a bracketed aside', () => {
  it('goes on after "(read: …)" when the clause continues in lower case', () => {
    const text =
      'Mayor Lena Ortiz spoke at the rally. Ortiz has hinted that the council\'s "remedies" for the town\'s ills (read: more fees) are the real reason for the vote.';
    expect(findQuote(text, 'remedies').content.text).toContain('are the real reason for the vote');
  });
});

describe('a reporting verb before a bracketed aside', () => {
  it('reads "praising Sen. Lena Ortiz (D) for seeking “…”" from the naming verb', () => {
    const text =
      'Mayor Lena Ortiz spoke at the rally. The group Fair Deal began a $2 million ad campaign this month praising Sen. Lena Ortiz (D) for seeking "real answers" to the crisis in her county.';
    const q = findQuote(text, 'real answers');
    expect(q.content.text.startsWith('Sen. Lena Ortiz (D) for seeking')).toBe(true);
    expect(q.cue?.text).toBe('praising');
  });
});
