/** Discord's documented message limits; the fake refuses payloads that break them, as Discord does (400, 50035). */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedTotal: 6000,
  choices: 25,
  choiceText: 100,
} as const;

interface EmbedLike {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  author?: { name: string };
}

export interface MessageBodyLike {
  content?: string;
  embeds?: EmbedLike[];
  components?: unknown[];
}

const len = (text: string | undefined) => (text ?? '').length;

function embedProblems(embed: EmbedLike, index: number): string[] {
  const at = `embeds[${index}]`;
  const problems: string[] = [];
  if (len(embed.title) > LIMITS.title) problems.push(`${at}.title longer than ${LIMITS.title}`);
  if (len(embed.description) > LIMITS.description) problems.push(`${at}.description longer than ${LIMITS.description}`);
  if ((embed.fields ?? []).length > LIMITS.fields) problems.push(`${at}.fields more than ${LIMITS.fields}`);
  (embed.fields ?? []).forEach((field, i) => {
    if (len(field.name) === 0 || len(field.name) > LIMITS.fieldName) problems.push(`${at}.fields[${i}].name length`);
    if (len(field.value) === 0 || len(field.value) > LIMITS.fieldValue)
      problems.push(`${at}.fields[${i}].value length`);
  });
  if (len(embed.footer?.text) > LIMITS.footer) problems.push(`${at}.footer.text longer than ${LIMITS.footer}`);
  if (len(embed.author?.name) > LIMITS.author) problems.push(`${at}.author.name longer than ${LIMITS.author}`);
  return problems;
}

/** Characters Discord counts towards the 6000 per message: titles, descriptions, field names/values, footers, authors. */
export function embedCharacters(embed: EmbedLike): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + len(field.name) + len(field.value), 0);
  return len(embed.title) + len(embed.description) + fields + len(embed.footer?.text) + len(embed.author?.name);
}

/** Every limit a message body breaks (empty when Discord would accept it). */
export function messageProblems(body: MessageBodyLike): string[] {
  const embeds = body.embeds ?? [];
  const problems: string[] = [];
  if (len(body.content) > LIMITS.content) problems.push(`content longer than ${LIMITS.content}`);
  if (embeds.length > LIMITS.embeds) problems.push(`more than ${LIMITS.embeds} embeds`);
  for (const [i, embed] of embeds.entries()) problems.push(...embedProblems(embed, i));
  const total = embeds.reduce((sum, embed) => sum + embedCharacters(embed), 0);
  if (total > LIMITS.embedTotal) problems.push(`embeds total ${total} characters, more than ${LIMITS.embedTotal}`);
  if (len(body.content) === 0 && embeds.length === 0 && (body.components ?? []).length === 0) {
    problems.push('cannot send an empty message');
  }
  return problems;
}
