import { DISCORD_LIMITS, truncate } from './discord-limits.ts';

export interface SpeakerSource {
  suggestSpeakers(prefix: string, limit: number): Promise<string[]>;
}

export interface Choice {
  name: string;
  value: string;
}

const choice = (text: string): Choice => {
  const value = truncate(text, DISCORD_LIMITS.choiceText);
  return { name: value, value };
};

/**
 * Autocomplete choices for a speaker argument. `name:`/`who` options complete the typed prefix to a known speaker;
 * the free-text `question:` completes its last word(s) to a speaker, or offers "what did X say?" when empty.
 */
export async function speakerChoices(source: SpeakerSource, option: string, typed: string): Promise<Choice[]> {
  const limit = DISCORD_LIMITS.autocompleteChoices;
  const text = typed.replace(/\s+/g, ' ').trimStart();
  if (option !== 'question') return (await source.suggestSpeakers(text.trim(), limit)).map(choice);
  if (text.trim() === '')
    return (await source.suggestSpeakers('', limit)).map((name) => choice(`what did ${name} say?`));
  const words = text.trimEnd().split(' ');
  // "what did marco ru" → try "marco ru" first (multi-word names), then "ru".
  for (const take of [2, 1]) {
    if (words.length < take) continue;
    const head = words.slice(0, words.length - take).join(' ');
    const prefix = words.slice(-take).join(' ');
    const names = await source.suggestSpeakers(prefix, limit);
    if (names.length > 0) return names.map((name) => choice(head ? `${head} ${name}` : name));
  }
  return [];
}
