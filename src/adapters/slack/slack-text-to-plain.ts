/**
 * Turns Slack's message markup back into what the user typed: `<https://x.example/rss|x.example/rss>` → the URL,
 * `<#C1|general>` → `#general`, `<@U1>` → `@U1`, `<!here>` → `@here`, and `&lt;` `&gt;` `&amp;` → `<` `>` `&`.
 * Optionally drops mentions of the bot itself ("@newsbot what did Rubio say?").
 */
export function slackTextToPlain(text: string, dropUserId?: string): string {
  const withoutBot = dropUserId ? text.replace(new RegExp(`<@${dropUserId}(?:\\|[^>]*)?>`, 'g'), ' ') : text;
  return withoutBot
    .replace(/<((?:https?|mailto):[^|>]+)(?:\|[^>]*)?>/g, (_, url: string) => url)
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, (_, name: string) => `#${name}`)
    .replace(/<@([A-Z0-9]+)(?:\|[^>]*)?>/g, (_, id: string) => `@${id}`)
    .replace(/<!([a-z]+)(?:\^[^|>]*)?(?:\|[^>]*)?>/g, (_, name: string) => `@${name}`)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}
