/** Discord's message limits (developer docs, "Embed Limits" and "Create Message"). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  title: 256,
  description: 4096,
  fieldsPerEmbed: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  charactersPerMessage: 6000,
  autocompleteChoices: 25,
  choiceText: 100,
} as const;

/** Cuts `text` to `max` characters, marking the cut with an ellipsis (never splits a surrogate pair). */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
