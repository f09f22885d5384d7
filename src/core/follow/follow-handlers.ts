import type { HandlerTable } from '../commands/route.ts';
import { withUserErrors } from '../digest/user-error-replies.ts';
import { normalizeName } from '../entities/normalize-name.ts';
import type { Invocation } from '../model/invocation.ts';
import type { Reply } from '../model/reply.ts';
import type { Clock } from '../ports.ts';
import { UserFacingError } from '../user-facing-error.ts';
import type { FollowAlerts } from './follow-alerts.ts';
import type { FollowStore } from './follow-store.ts';
import type { PersonDirectory } from './person-directory.ts';

export interface FollowHandlerDeps {
  follows: FollowStore;
  people: PersonDirectory;
  alerts: FollowAlerts;
  clock: Clock;
  /** Shown in replies so users know how often alerts can come. */
  intervalMs: number;
}

const MAX_NAME_CHARS = 100;

const info = (title: string, lines: string[] = []): Reply => ({
  kind: 'info',
  visibility: 'ephemeral',
  title,
  lines,
  fallbackText: [title, ...lines].join('\n'),
});

function checkedName(raw: string | undefined): string {
  const name = (raw ?? '').trim();
  if (normalizeName(name) === '') throw new UserFacingError('Give a person’s name, e.g. /news follow Marco Rubio');
  if (name.length > MAX_NAME_CHARS)
    throw new UserFacingError(`That name is too long (over ${MAX_NAME_CHARS} characters).`);
  return name;
}

function every(ms: number): string {
  return ms >= 3600_000 ? `${Math.round(ms / 360_000) / 10} h` : `${Math.round(ms / 60_000)} min`;
}

async function follow(deps: FollowHandlerDeps, inv: Invocation): Promise<Reply> {
  const person = await deps.people.findPerson(checkedName(inv.args.name));
  const added = await deps.follows.follow(inv.destination, {
    id: person.id,
    name: person.name,
    followedAt: new Date(deps.clock.now()).toISOString(),
    followedBy: inv.user.id,
  });
  if (!added) return info(`This channel already follows ${person.name}.`);
  const lines = [`At most one alert every ${every(deps.intervalMs)}, with every new quote batched together.`];
  if (!person.known) lines.unshift(`I have no quotes from ${person.name} yet; the first new one will be announced.`);
  return info(`Following ${person.name}: new quotes will be posted here.`, lines);
}

async function unfollow(deps: FollowHandlerDeps, inv: Invocation): Promise<Reply> {
  const name = checkedName(inv.args.name);
  const people = await deps.follows.list(inv.destination);
  const key = normalizeName(name);
  // Match what the channel follows first ("Rubio" → Marco Rubio), then the directory's reading of the name.
  const local = people.find((p) => normalizeName(p.name) === key || normalizeName(p.name).split(' ').at(-1) === key);
  const id = local?.id ?? (await deps.people.findPerson(name)).id;
  const removed = await deps.follows.unfollow(inv.destination, id);
  if (!removed)
    return info(
      `This channel does not follow ${name}.`,
      people.length ? [`Following: ${people.map((p) => p.name).join(', ')}`] : [],
    );
  await deps.alerts.forget(inv.destination, removed.id);
  return info(`Stopped following ${removed.name} here.`);
}

async function following(deps: FollowHandlerDeps, inv: Invocation): Promise<Reply> {
  const people = await deps.follows.list(inv.destination);
  if (people.length === 0) return info('This channel follows nobody.', ['Start with /news follow <name>']);
  return info(
    `This channel follows ${people.length} ${people.length === 1 ? 'person' : 'people'}.`,
    people.map((p) => p.name),
  );
}

/** `/news follow <name>`, `/news unfollow <name>`, `/news following`. */
export function followHandlers(deps: FollowHandlerDeps): HandlerTable {
  return {
    follow: withUserErrors((inv) => follow(deps, inv)),
    unfollow: withUserErrors((inv) => unfollow(deps, inv)),
    following: withUserErrors((inv) => following(deps, inv)),
  };
}
