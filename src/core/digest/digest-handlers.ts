import type { HandlerTable } from '../commands/route.ts';
import type { Invocation } from '../model/invocation.ts';
import type { Reply } from '../model/reply.ts';
import { DEFAULT_DAILY_TIME, formatDailyTime, parseDailyTime } from '../schedule/daily-time.ts';
import { formatInstant } from '../schedule/format-instant.ts';
import { validateTimeZone } from '../schedule/time-zone.ts';
import { UserFacingError } from '../user-facing-error.ts';
import type { DigestService } from './digest-service.ts';
import { digestToReply } from './digest-to-reply.ts';
import type { DigestSubscription } from './subscription.ts';
import { withUserErrors } from './user-error-replies.ts';

const info = (title: string, lines: string[] = []): Reply => ({
  kind: 'info',
  visibility: 'ephemeral',
  title,
  lines,
  fallbackText: [title, ...lines].join('\n'),
});

function describe(sub: DigestSubscription): string {
  const topic = sub.filter ? ` on “${sub.filter}”` : '';
  return `every day at ${sub.time} ${sub.timeZone}${topic}`;
}

const MAX_FILTER_CHARS = 100;

/** The zone asked for, else the platform's (when it is a real zone), else newsbot's default; and why, for the reply. */
function chooseTimeZone(service: DigestService, inv: Invocation): { timeZone: string; why: string } {
  if (inv.args.timezone) return { timeZone: validateTimeZone(inv.args.timezone), why: 'as asked' };
  if (inv.timeZone) {
    try {
      return { timeZone: validateTimeZone(inv.timeZone), why: "this workspace's time zone" };
    } catch {
      // A platform zone this runtime does not know is not the user's mistake: fall back and say so below.
    }
  }
  return { timeZone: validateTimeZone(service.defaultTimeZone), why: "newsbot's default" };
}

async function subscribe(service: DigestService, inv: Invocation): Promise<Reply> {
  const time = inv.args.time ? parseDailyTime(inv.args.time) : DEFAULT_DAILY_TIME;
  const { timeZone, why: zoneSource } = chooseTimeZone(service, inv);
  const filter = inv.args.filter?.trim() || null;
  if (filter && filter.length > MAX_FILTER_CHARS) {
    throw new UserFacingError(`That topic is too long (over ${MAX_FILTER_CHARS} characters); use a word or a name.`);
  }
  const { subscription, replaced } = await service.subscribe({
    destination: inv.destination,
    time: formatDailyTime(time),
    timeZone,
    filter,
    createdBy: inv.user.id,
  });
  const lines = [
    `Time: ${subscription.time}${inv.args.time ? '' : ' (default)'}; time zone: ${timeZone} (${zoneSource}).`,
    `Next digest: ${formatInstant(service.nextRun(subscription), timeZone)}.`,
  ];
  if (!inv.args.timezone) lines.push('Another zone? e.g. /news digest subscribe 08:00 Europe/Madrid');
  if (replaced) lines.push(`This replaces the previous subscription (${describe(replaced)}).`);
  return info(`Daily digest here ${describe(subscription)}.`, lines);
}

async function unsubscribe(service: DigestService, inv: Invocation): Promise<Reply> {
  const removed = await service.unsubscribe(inv.destination);
  return removed
    ? info(`Stopped the daily digest here (was ${describe(removed)}).`)
    : info('This channel has no daily digest; nothing to stop.');
}

async function list(service: DigestService, inv: Invocation): Promise<Reply> {
  const sub = await service.subscriptions.get(inv.destination);
  if (!sub)
    return info('This channel has no daily digest.', [
      'Start one with /news digest subscribe [HH:MM] [time zone] [topic]',
    ]);
  const last = await service.lastPosted(inv.destination);
  return info(`Daily digest here ${describe(sub)}.`, [
    `Next: ${formatInstant(service.nextRun(sub), sub.timeZone)}.`,
    last ? `Last digest covered news up to ${formatInstant(Date.parse(last), sub.timeZone)}.` : 'No digest posted yet.',
  ]);
}

async function now(service: DigestService, inv: Invocation): Promise<Reply> {
  const { digest, subscription } = await service.preview(inv.destination);
  return digestToReply(digest, { timeZone: subscription?.timeZone ?? inv.timeZone ?? service.defaultTimeZone });
}

/** `/news digest now|subscribe|unsubscribe|list`, bound to one DigestService. */
export function digestHandlers(service: DigestService): HandlerTable {
  return {
    'digest now': withUserErrors((inv) => now(service, inv)),
    'digest subscribe': withUserErrors((inv) => subscribe(service, inv)),
    'digest unsubscribe': withUserErrors((inv) => unsubscribe(service, inv)),
    'digest list': withUserErrors((inv) => list(service, inv)),
  };
}
