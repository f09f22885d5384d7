import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, AnswerItem } from '../../src/core/model/answer.ts';
import type { Newsbot } from '../../src/core/newsbot.ts';
import { seedBot } from './seed-bot.ts';

let bot: Newsbot;
let fridayIds: string[];

beforeAll(async () => {
  ({ bot, fridayIds } = await seedBot());
});
afterAll(() => bot.close());

const articleIds = (item: AnswerItem) => new Set(item.sources.map((s) => s.articleId));
const allTexts = (answer: Answer) => answer.items.flatMap((item) => [item.text, ...item.variants.map((v) => v.text)]);
const variantWith = (item: AnswerItem, words: string) => item.variants.find((v) => v.text.includes(words));
const [A000, A001, A004] = [0, 1, 3];

describe('what did X say', () => {
  it('merges the invasion remark across outlets and shows each outlet’s wording', async () => {
    const answer = await bot.ask('what did Sheinbaum say?');
    expect(answer.intent).toBe('said');
    expect(answer.entity?.name).toBe('Claudia Sheinbaum');
    const first = answer.items[0] as AnswerItem;
    expect(first.speaker.name).toBe('Claudia Sheinbaum');
    expect(first.kind).toBe('direct');
    // One remark, three outlets quoting it word for word in their own ways.
    for (const i of [A000, A001, A004]) expect(articleIds(first)).toContain(fridayIds[i]);
    const texts = [first.text, ...first.variants.map((v) => v.text)].join('\n');
    expect(texts).toContain('ruled out, absolutely ruled out');
    expect(variantWith(first, 'rejected, absolutely rejected')?.sources.map((s) => s.articleId)).toEqual([
      fridayIds[A001],
    ]);
    expect(variantWith(first, 'off the table, absolutely off the table')?.sources.map((s) => s.articleId)).toEqual([
      fridayIds[A004],
    ]);
  });

  it('ranks remarks carried by more outlets first and never shows beliefs or other speakers', async () => {
    const answer = await bot.ask('What did Claudia Sheinbaum say');
    const outlets = answer.items.map((item) => new Set(item.sources.map((s) => s.outlet)).size);
    expect(outlets[0]).toBeGreaterThanOrEqual(Math.max(...outlets));
    expect(answer.items.every((item) => item.speaker.name === 'Claudia Sheinbaum')).toBe(true);
    expect(allTexts(answer).join('\n')).not.toContain('armed terrorist organizations');
  });

  it('finds Rubio by surname, typo and casing, merging his remark from two outlets with the paraphrase', async () => {
    for (const question of ['what did Rubio say?', 'WHAT DID RUBIO SAY', 'what did Rubbio say', 'Rubio quotes']) {
      const answer = await bot.ask(question);
      expect(answer.entity?.name, question).toBe('Marco Rubio');
      const first = answer.items[0] as AnswerItem;
      expect(allTexts({ ...answer, items: [first] }).join('\n')).toMatch(/armed terrorist organi[sz]ations/);
      expect(articleIds(first)).toContain(fridayIds[A001]);
      expect(articleIds(first)).toContain(fridayIds[A004]);
    }
  });

  it('lists a paraphrasing outlet only under its paraphrase, never as a source of the quoted words', async () => {
    const answer = await bot.ask('what did Rubio say?');
    const first = answer.items[0] as AnswerItem;
    expect(first.kind).toBe('direct');
    const paraphrase = first.variants.find((v) => v.kind === 'indirect');
    expect(paraphrase?.sources.map((s) => s.articleId)).toEqual([fridayIds[A000]]);
    expect(articleIds(first)).not.toContain(fridayIds[A000]);
  });

  it('resolves a role and narrows by topic', async () => {
    const answer = await bot.ask("What has Mexico's president said about US troops?");
    expect(answer.entity?.name).toBe('Claudia Sheinbaum');
    expect(answer.items.length).toBeGreaterThan(0);
    expect(
      answer.items.every((item) => /troops/i.test([item.text, ...item.variants.map((v) => v.text)].join(' '))),
    ).toBe(true);
    expect(allTexts(answer).join('\n')).not.toContain('sovereignty');
  });

  it('answers organisations ("anything from the White House?")', async () => {
    const answer = await bot.ask('anything from the White House?');
    expect(answer.entity?.name).toBe('White House');
    expect(answer.items.length).toBeGreaterThan(0);
  });
});

describe('who said', () => {
  it('finds the speaker of a remembered phrase, with the other outlets’ wordings', async () => {
    const answer = await bot.ask('who said "absolutely ruled out"?');
    expect(answer.intent).toBe('who-said');
    expect(answer.items[0]?.speaker.name).toBe('Claudia Sheinbaum');
    expect(answer.items[0]?.variants.some((v) => v.text.includes('absolutely rejected'))).toBe(true);
  });

  it('matches a paraphrase to Rubio’s remark', async () => {
    const answer = await bot.ask('who called the cartels terrorist organizations?');
    expect(answer.items.map((item) => item.speaker.name)).toContain('Marco Rubio');
  });
});

describe('who is', () => {
  it('gives roles, article count and latest remarks', async () => {
    const answer = await bot.ask('who is sheinbaum?');
    expect(answer.intent).toBe('who-is');
    expect(answer.entity?.name).toBe('Claudia Sheinbaum');
    expect(answer.entity?.roles.join(' ')).toMatch(/President/);
    expect(answer.entity?.articleCount).toBe(5);
    expect(answer.items.length).toBeGreaterThan(0);
  });
});

describe('negatives: say so plainly, never someone else’s quotes', () => {
  it('an unknown person', async () => {
    const answer = await bot.ask('what did Angela Merkel say?');
    expect(answer.items).toEqual([]);
    expect(answer.entity).toBeNull();
    expect(answer.message).toBe('I know of no quotes from “Angela Merkel”.');
  });

  it('a misspelt unknown suggests the closest known name', async () => {
    const answer = await bot.ask('what did Rubiox Marcoz say?');
    expect(answer.items).toEqual([]);
    expect(answer.message).toMatch(/no quotes/);
  });

  it('a person mentioned but never quoted', async () => {
    const answer = await bot.ask('what did Calderón say?');
    expect(answer.items).toEqual([]);
    expect(answer.entity?.name).toBe('Felipe Calderón');
    expect(answer.message).toMatch(/^Felipe Calderón is mentioned in 1 article, but I have no quotes/);
  });

  it('a topic the speaker never addressed', async () => {
    const answer = await bot.ask('what did Rubio say about Venezuela?');
    expect(answer.items).toEqual([]);
    expect(answer.message).toBe('I found no quotes from Marco Rubio about “Venezuela”.');
  });
});

describe('news and search', () => {
  it('groups the four Friday reports as one story listing every outlet', async () => {
    const answer = await bot.ask("what's the news on the cartels?");
    expect(answer.intent).toBe('news');
    const friday = answer.stories.find((story) => story.articles.some((a) => a.articleId === fridayIds[A000]));
    expect(new Set(friday?.articles.map((a) => a.articleId))).toEqual(new Set(fridayIds));
    expect(friday?.quotes.length).toBeGreaterThan(0);
    // Newest first: the later call with Trump comes before Friday's story.
    expect(answer.stories[0]?.articles.map((a) => a.articleId)).not.toContain(fridayIds[A000]);
  });

  it('search returns ranked stories with snippets copied from the text', async () => {
    const answer = await bot.ask('search fentanyl seizures');
    expect(answer.intent).toBe('search');
    expect(answer.stories[0]?.snippet?.toLowerCase()).toContain('fentanyl');
  });

  it('help lists the commands', async () => {
    const answer = await bot.ask('help');
    expect(answer.intent).toBe('help');
    expect(answer.message).toContain('/news search');
  });
});

describe('follow-up questions in one conversation', () => {
  it('"and what did Sheinbaum say?" then "what else did she say?" continue the thread', async () => {
    const conversationKey = 'slack:T1:C1:thread-1';
    const first = await bot.ask('what did Rubio say about cartels?', { conversationKey });
    expect(first.entity?.name).toBe('Marco Rubio');
    const second = await bot.ask('and what did Sheinbaum say?', { conversationKey });
    expect(second.entity?.name).toBe('Claudia Sheinbaum');
    // The topic carries over: only remarks on the cartels.
    expect(
      second.items.every((item) => /cartel/i.test([item.text, ...item.variants.map((v) => v.text)].join(' '))),
    ).toBe(true);
    const all = await bot.ask('what did Sheinbaum say?', { conversationKey });
    const shown = new Set(all.items.map((item) => item.text));
    const more = await bot.ask('what else did she say?', { conversationKey });
    expect(more.entity?.name).toBe('Claudia Sheinbaum');
    expect(more.items.length).toBeGreaterThan(0);
    expect(more.items.some((item) => shown.has(item.text))).toBe(false);
  });

  it('a pronoun without context asks who is meant', async () => {
    const answer = await bot.ask('what did he say?', { conversationKey: 'fresh' });
    expect(answer.items).toEqual([]);
    expect(answer.message).toMatch(/Ask with a name/);
  });
});

describe('plain "nothing found" answers for the other intents', () => {
  it('who-said with a phrase nobody said', async () => {
    const answer = await bot.ask('who said "purple elephants dance at midnight"?');
    expect(answer.items).toEqual([]);
    expect(answer.message).toBe('I found nobody quoted saying “purple elephants dance at midnight”.');
  });

  it('search with no matching article', async () => {
    const answer = await bot.ask('search zeppelin');
    expect(answer.stories).toEqual([]);
    expect(answer.message).toBe('No articles match “zeppelin”.');
  });

  it('who-is for an unknown name', async () => {
    const answer = await bot.ask('who is Angela Merkel?');
    expect(answer.entity).toBeNull();
    expect(answer.message).toBe('I don’t know anyone called “Angela Merkel” in the news I have indexed.');
  });
});
