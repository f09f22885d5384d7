interface AllowedMentions {
  parse?: string[];
  users?: string[];
  roles?: string[];
}

/**
 * Who a message would notify, by Discord's rules: mentions in `content` notify unless `allowed_mentions` says
 * otherwise (absent = everything parsed); mentions inside embeds never notify.
 */
export function wouldPing(body: { content?: string; allowed_mentions?: AllowedMentions }): string[] {
  const content = body.content ?? '';
  const allowed = body.allowed_mentions;
  const parse = allowed?.parse ?? (allowed ? [] : ['everyone', 'users', 'roles']);
  const pings: string[] = [];
  if (parse.includes('everyone')) pings.push(...(content.match(/@(everyone|here)\b/g) ?? []));
  for (const match of content.matchAll(/<@!?(\d+)>/g)) {
    if (parse.includes('users') || allowed?.users?.includes(match[1] ?? '')) pings.push(`user:${match[1]}`);
  }
  for (const match of content.matchAll(/<@&(\d+)>/g)) {
    if (parse.includes('roles') || allowed?.roles?.includes(match[1] ?? '')) pings.push(`role:${match[1]}`);
  }
  return pings;
}
