import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOT_SCOPES } from '../../src/adapters/slack/create-bolt-app.ts';
import { SLACK_EVENTS_PATH } from '../../src/adapters/slack/slack-config.ts';
import { SLASH_COMMAND } from '../../src/adapters/slack/slash-command-listener.ts';

const manifest = readFileSync(new URL('../../slack/manifest.yml', import.meta.url), 'utf8');

/** The `- item` lines of the YAML list that follows `heading:` (the manifest is simple enough to read by lines). */
function listAfter(heading: string): string[] {
  const lines = manifest.split('\n');
  const start = lines.findIndex((line) => line.trim() === `${heading}:`);
  const indent = (lines[start + 1] ?? '').search(/\S/);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.search(/\S/) !== indent || !line.trim().startsWith('- ')) break;
    items.push(line.trim().slice(2).split('#')[0]?.trim() ?? '');
  }
  return items;
}

describe('slack/manifest.yml, so the app a user creates in one paste matches what the adapter does', () => {
  it('asks for exactly the scopes the OAuth installer requests', () => {
    expect(listAfter('bot').sort()).toEqual([...BOT_SCOPES].sort());
  });

  it('subscribes to the events the adapter listens for', () => {
    expect(listAfter('bot_events').sort()).toEqual(['app_mention', 'message.im']);
  });

  it('declares /news and points every URL at the adapter’s paths', () => {
    expect(manifest).toContain(`- command: ${SLASH_COMMAND}`);
    const urls = [...manifest.matchAll(/(?:url|request_url): (\S+)/g)].map(
      (match) => new URL(match[1] as string).pathname,
    );
    expect(urls).toEqual([SLACK_EVENTS_PATH, SLACK_EVENTS_PATH]);
    expect(listAfter('redirect_urls').map((url) => new URL(url).pathname)).toEqual(['/slack/oauth_redirect']);
  });
});
