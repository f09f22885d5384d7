import { afterEach, describe, expect, it } from 'vitest';
import type { Invocation } from '../../src/core/model/invocation.ts';
import type { Reply } from '../../src/core/model/reply.ts';
import { sendEvent, sendSlashCommand } from '../fakes/slack/signed-request.ts';
import { type Harness, mentionEvent, SIGNING_SECRET, slashFields, startHarness, TEST_LIMITS } from './slack-harness.ts';

const secret = { secret: SIGNING_SECRET };

/** Stands in for the digest area's handler: says who subscribed, in which time zone. */
const subscribe = async (inv: Invocation): Promise<Reply> => {
  const title = `Subscribed ${inv.destination} (tz ${inv.timeZone ?? 'none'})`;
  return { kind: 'info', visibility: 'ephemeral', title, fallbackText: title };
};

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

async function slash(text: string, user: string): Promise<string> {
  const h = harness as Harness;
  const fields = slashFields(h.fake, text, { user_id: user });
  const ack = await sendSlashCommand(h.eventsUrl, fields, secret);
  expect(ack.status).toBe(200);
  const id = fields.response_url?.split('/').at(-1);
  const response = await h.fake.waitForResponse((post) => post.id === id);
  expect(response.body.response_type).toBe('ephemeral');
  return String(response.body.text);
}

describe('who may change channel settings from Slack', () => {
  it('lets workspace admins and the channel creator subscribe, refuses everyone else', async () => {
    harness = await startHarness({
      handlers: { 'digest subscribe': subscribe },
      prepareFake: (fake) => {
        fake.users.set('UADMIN', { id: 'UADMIN', is_admin: true, tz: 'Europe/Madrid' });
        fake.users.set('UCREATOR', { id: 'UCREATOR', tz: 'America/Mexico_City' });
        fake.users.set('UMEMBER', { id: 'UMEMBER' });
        fake.channelCreators.set('C1', 'UCREATOR');
      },
    });
    expect(await slash('digest subscribe 08:00', 'UADMIN')).toBe('Subscribed slack:T1:C1 (tz Europe/Madrid)');
    expect(await slash('digest subscribe', 'UCREATOR')).toBe('Subscribed slack:T1:C1 (tz America/Mexico_City)');
    expect(await slash('digest subscribe', 'UMEMBER')).toBe(
      'Only people who can manage this channel may use /news digest subscribe.',
    );
  });

  it('treats a failed permission lookup as “may not”, without crashing', async () => {
    harness = await startHarness({ handlers: { 'digest subscribe': subscribe } });
    harness.fake.failNext('users.info', { status: 200, error: 'missing_scope' });
    expect(await slash('digest subscribe', 'UADMIN')).toContain('Only people who can manage this channel');
  });

  it('asks Slack nothing for ordinary questions', async () => {
    harness = await startHarness();
    await slash('help', 'U1');
    expect(harness.fake.calls.map((call) => call.method).filter((m) => m !== 'auth.test')).toEqual([]);
  });
});

describe('per-user flood limits', () => {
  it('refuses commands past the limit politely in the ack, while other users still get answers', async () => {
    harness = await startHarness({ limits: { ...TEST_LIMITS, perUser: { maxCommands: 2, windowMs: 60_000 } } });
    const { fake, eventsUrl } = harness;
    for (let i = 0; i < 2; i++) await sendSlashCommand(eventsUrl, slashFields(fake, 'help'), secret);
    const refused = await sendSlashCommand(eventsUrl, slashFields(fake, 'help'), secret);
    expect(JSON.parse(refused.body)).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringMatching(
        /^You're sending commands faster than I can answer them\. Please try again in \d+ s\.$/,
      ),
    });
    const other = await sendSlashCommand(eventsUrl, slashFields(fake, 'help', { user_id: 'U2' }), secret);
    expect(other.body).toBe('');
  });

  it('tells a flooding @-mentioner privately, in the thread', async () => {
    harness = await startHarness({ limits: { ...TEST_LIMITS, perUser: { maxCommands: 1, windowMs: 60_000 } } });
    const { fake, eventsUrl } = harness;
    await sendEvent(eventsUrl, mentionEvent('<@UBOT> help'), secret);
    await sendEvent(eventsUrl, mentionEvent('<@UBOT> help', { ts: '1700000999.000100' }), secret);
    const notice = await fake.waitForCall('chat.postEphemeral', (call) => String(call.params.text).includes('faster'));
    expect(notice.params).toMatchObject({ channel: 'C1', user: 'U1', thread_ts: '1700000999.000100' });
  });
});
