import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderReplyText } from '../../src/adapters/terminal/render-reply.ts';
import { runTerminalChat } from '../../src/adapters/terminal/terminal-chat.ts';
import { ingestSeedsIfEmpty } from '../../src/app/seeds.ts';
import { Newsbot } from '../../src/core/newsbot.ts';
import { silentLogger, systemClock } from '../../src/core/ports.ts';
import { openStore } from '../../src/core/store/open-store.ts';

async function chat(bot: Newsbot, lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const done = runTerminalChat({ handle: (inv) => bot.handle(inv), render: renderReplyText, input, output });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return printed;
}

describe('GIVEN the terminal chat over the seeds', () => {
  let bot: Newsbot;
  beforeEach(async () => {
    bot = new Newsbot({ kv: await openStore('memory://'), clock: systemClock, logger: silentLogger });
    await ingestSeedsIfEmpty(bot);
    await bot.start();
  });
  afterEach(() => bot.close());

  it('THEN a question gets the quotes with speaker, role and outlets', async () => {
    const printed = await chat(bot, ['what did Rubio say?']);
    expect(printed).toContain('Marco Rubio');
    expect(printed).toContain('Secretary of State');
    expect(printed).toContain('armed terrorist');
    expect(printed).toContain('001_f7db4d455873c533');
  });

  it('THEN /news commands work with or without the prefix, and help lists them', async () => {
    const printed = await chat(bot, ['/news help', 'who Sheinbaum']);
    expect(printed).toContain('/news digest subscribe [time] [timezone] [filter]');
    expect(printed).toContain('Claudia Sheinbaum');
  });

  it('THEN a mistyped subcommand gets one clear line with usage, and the chat goes on', async () => {
    const printed = await chat(bot, ['digest sometimes', 'what did Sheinbaum say?']);
    expect(printed).toContain('unknown digest command “sometimes”');
    expect(printed).toContain('Usage: /news digest now|subscribe|unsubscribe|list');
    expect(printed).toContain('Sheinbaum');
  });

  it('THEN quit ends the chat without answering later lines', async () => {
    const printed = await chat(bot, ['quit', 'what did Rubio say?']);
    expect(printed).not.toContain('Rubio');
  });
});
