import { afterEach, describe, expect, it } from 'vitest';
import { sendEvent, sendSlashCommand } from '../fakes/slack/signed-request.ts';
import { type Harness, mentionEvent, SIGNING_SECRET, slashFields, startHarness } from './slack-harness.ts';
import { expectNoMentionOrForgedLink, expectWithinSlackLimits } from './slack-message-checks.ts';

const secret = { secret: SIGNING_SECRET };

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

describe('Slack with the real core on the seed articles', () => {
  it('answers /news what did Rubio say? to the channel with his exact words, role and outlets', async () => {
    harness = await startHarness({ seeds: true });
    const { fake, eventsUrl } = harness;
    await sendSlashCommand(eventsUrl, slashFields(fake, 'what did Rubio say?'), secret);
    const answer = await fake.waitForResponse(() => true, 10_000);
    expect(answer.body.response_type).toBe('in_channel');
    const blocks = answer.body.blocks as object[];
    expectWithinSlackLimits({ text: String(answer.body.text), blocks });
    expectNoMentionOrForgedLink(JSON.stringify(blocks));
    // Where the server keeps its article files is nobody's business in Slack: blocks name outlets only.
    expect(JSON.stringify(blocks)).not.toContain('/seeds/');
    const json = JSON.stringify(blocks);
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'What Marco Rubio said' } });
    // His exact words as a block quote, then his name and role (the role wording is the quote engine's to choose).
    expect(json).toMatch(
      /> We have to start treating them as armed terrorist organizations, not simply drug dealing organizations\.\\n— \*Marco Rubio\*, [^"]*[Ss]ecretary of [Ss]tate/,
    );
    // Each quote is followed by the line of outlets that reported it.
    const typed = blocks as { type: string; elements?: { text: string }[] }[];
    const quoteAt = typed.findIndex((block) => JSON.stringify(block).includes('armed terrorist organizations, not'));
    expect(typed[quoteAt + 1]?.type).toBe('context');
    expect(typed[quoteAt + 1]?.elements?.[0]?.text.split(' · ').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a mention thread’s context: “what else did they say?” continues about the same person only there', async () => {
    harness = await startHarness({ seeds: true });
    const { fake, eventsUrl } = harness;
    const thread = '1700000100.000100';
    await sendEvent(eventsUrl, mentionEvent('<@UBOT> what did Sheinbaum say?', { ts: thread }), secret);
    const first = await fake.waitForCall('chat.postMessage', () => true, 10_000);
    expect(first.params).toMatchObject({
      thread_ts: thread,
      text: expect.stringMatching(/^What Claudia Sheinbaum said/),
    });

    const followUp = mentionEvent('<@UBOT> what else did they say?', { ts: '1700000200.000100', thread_ts: thread });
    await sendEvent(eventsUrl, followUp, secret);
    const more = await fake.waitForCall(
      'chat.postMessage',
      (call) => call !== first && call.params.thread_ts === thread,
    );
    expect(more.params.text).toMatch(/^What Claudia Sheinbaum said/);
    expect(more.params.text).not.toBe(first.params.text);

    await sendEvent(eventsUrl, mentionEvent('<@UBOT> what else did they say?', { ts: '1700000300.000100' }), secret);
    const elsewhere = await fake.waitForCall(
      'chat.postMessage',
      (call) => call.params.thread_ts === '1700000300.000100',
    );
    expect(elsewhere.params.text).not.toMatch(/Sheinbaum said/);
  });
});
