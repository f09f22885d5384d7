import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/app/logger.ts';

const SLACK_TOKEN = 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx';
const DISCORD_TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789ab';
const SIGNING_SECRET = 'f3a9c2e1d4b5a6978877665544332211';

function capture(level = 'debug') {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger({ level, destination, secrets: [SIGNING_SECRET, 'on'] });
  return { logger, lines, output: () => lines.join('\n') };
}

describe('structured logs never carry a secret', () => {
  it('writes one JSON object per line with level, time and message', () => {
    const { logger, lines } = capture();
    logger.info({ articles: 3 }, 'ingested');
    const entry = JSON.parse(lines[0] as string);
    expect(entry).toMatchObject({ level: 30, msg: 'ingested', articles: 3 });
    expect(typeof entry.time).toBe('number');
  });

  it('redacts credential fields, nested config and Authorization headers', () => {
    const { logger, output } = capture();
    logger.info({ token: SLACK_TOKEN, config: { botToken: SLACK_TOKEN, signingSecret: SIGNING_SECRET } }, 'starting');
    logger.warn({ headers: { authorization: `Bot ${DISCORD_TOKEN}`, accept: 'application/json' } }, 'request');
    logger.info({ req: { headers: { authorization: 'Bearer abc.def.ghi-jkl' } } }, 'incoming');
    const text = output();
    expect(text).not.toContain(SLACK_TOKEN);
    expect(text).not.toContain(DISCORD_TOKEN);
    expect(text).not.toContain(SIGNING_SECRET);
    expect(text).not.toContain('abc.def.ghi-jkl');
    expect(text).toContain('application/json'); // ordinary fields are kept
  });

  it('scrubs tokens hidden in messages, error messages, stacks and URLs', () => {
    const { logger, output } = capture();
    logger.error(new Error(`invalid_auth for ${SLACK_TOKEN}`), 'slack start failed');
    logger.error({ err: new Error(`gateway refused ${DISCORD_TOKEN}`) }, 'discord login failed');
    logger.warn(`retrying with Authorization: Bearer ${SLACK_TOKEN}`);
    logger.info({ store: 'redis://:hunter2secret@cache:6379/0' }, 'store opened');
    logger.info({ note: `signing secret is ${SIGNING_SECRET}` }, 'misconfigured');
    logger.info({ appToken: 'xapp-1-A0123-456-abcdef' }, 'socket mode');
    const text = output();
    for (const secret of [SLACK_TOKEN, DISCORD_TOKEN, 'hunter2secret', SIGNING_SECRET, 'xapp-1-A0123-456-abcdef']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('invalid_auth for [redacted]'); // the error still explains itself
    expect(text).toContain('redis://:[redacted]@cache:6379/0');
    expect(JSON.parse(output().split('\n')[0] as string).err.stack).toContain('logger-redaction.test.ts');
  });

  it('short configured values are not treated as secrets (no blanking of ordinary words)', () => {
    const { logger, output } = capture();
    logger.info('turned on the poller');
    expect(output()).toContain('turned on the poller');
  });

  it('child loggers scrub their bindings too', () => {
    const { logger, output } = capture();
    logger.child({ url: `https://hooks.example/${SLACK_TOKEN}` }).info('posted');
    expect(output()).not.toContain(SLACK_TOKEN);
  });

  it('respects the level', () => {
    const { logger, lines } = capture('warn');
    logger.info('hidden');
    logger.warn('shown');
    expect(lines).toHaveLength(1);
  });
});

describe('child logger bindings', () => {
  it('keep every level of bindings', () => {
    const { logger, lines } = capture();
    logger.child({ instance: 'a' }).child({ platform: 'slack' }).info('ready');
    expect(JSON.parse(lines[0] as string)).toMatchObject({ instance: 'a', platform: 'slack', msg: 'ready' });
  });
});
