import type { Reply } from '../model/reply.ts';
import type { AddSourceResult } from './feed-service.ts';
import { SKIP_REASON_LABELS, type SkipReason, type Source, type SourceState } from './source.ts';

function reply(title: string, lines: string[], fields?: { label: string; value: string }[]): Reply {
  const fieldText = (fields ?? []).map((field) => `${field.label}: ${field.value}`);
  return {
    kind: 'info',
    visibility: 'ephemeral',
    title,
    lines,
    ...(fields ? { fields } : {}),
    fallbackText: [title, ...lines, ...fieldText].join('\n'),
  };
}

const nameOf = (source: Source) => (source.title ? `“${source.title}”` : source.url);

function minutes(ms: number): string {
  const total = Math.round(ms / 60_000);
  return total < 60 ? `${total} min` : `${Math.round((total / 60) * 10) / 10} h`;
}

/** "2025-08-02 14:05 UTC (12 min ago)". */
function when(iso: string | null, now: number): string {
  if (!iso) return 'never';
  const ago = now - Date.parse(iso);
  const stamp = `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  return ago >= 0 ? `${stamp} (${minutes(ago)} ago)` : stamp;
}

function skippedSummary(state: SourceState): string {
  const parts = (Object.entries(state.skipped) as [SkipReason, number][])
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${count} ${SKIP_REASON_LABELS[reason]}`);
  return parts.length ? parts.join(', ') : 'none';
}

export function addedReply(result: AddSourceResult): Reply {
  const { source } = result;
  if (result.kind === 'page') {
    const { outcome } = result;
    if (outcome.status === 'added')
      return reply(`Added article “${outcome.title}”`, [`From ${outcome.url ?? source.url} (source ${source.id}).`]);
    return reply(`Nothing new from ${source.url}`, [`Skipped: ${outcome.detail}.`]);
  }
  const every = `Polled every ${minutes(source.intervalMs)}; see /news source status ${source.id}.`;
  if (result.created)
    return reply(`Added feed ${nameOf(source)}`, [
      `${result.itemCount} items in the feed; the first poll has started.`,
      every,
    ]);
  if (result.reenabled) return reply(`Turned feed ${nameOf(source)} back on`, ['Polling again now.', every]);
  return reply(`${nameOf(source)} is already a source`, ['This channel will hear if it stops working.', every]);
}

export function removedReply(source: Source | undefined, asked: string): Reply {
  if (!source) return reply(`No source matches “${asked}”`, ['See /news source list.']);
  return reply(`Removed ${nameOf(source)}`, [
    `${source.url} (${source.id}) is no longer polled. Articles already stored stay.`,
  ]);
}

function statusWord(source: Source, state: SourceState): string {
  if (source.kind === 'page') return 'article page';
  if (!source.enabled) return `disabled: ${source.disabledReason ?? 'unknown reason'}`;
  if (state.consecutiveFailures > 0) return `failing (${state.consecutiveFailures} in a row), retry with backoff`;
  return `every ${minutes(source.intervalMs)}`;
}

export function listReply(entries: { source: Source; state: SourceState }[]): Reply {
  if (entries.length === 0) return reply('No sources yet', ['Add one with /news source add <feed or article URL>.']);
  const lines = entries.map(
    ({ source, state }) => `${source.id} — ${nameOf(source)} — ${source.url} — ${statusWord(source, state)}`,
  );
  return reply(`${entries.length} source${entries.length === 1 ? '' : 's'}`, lines);
}

/** Status of one source: counts and, above all, why each recently skipped item was skipped. */
export function statusReply(source: Source, state: SourceState, now: number): Reply {
  const fields = [
    { label: 'URL', value: source.url },
    { label: 'State', value: statusWord(source, state) },
    { label: 'User-Agent', value: source.userAgent ?? 'newsbot default' },
    { label: 'Last poll', value: when(state.lastPollAt, now) },
    { label: 'Items seen', value: String(state.itemsSeen) },
    { label: 'Items added', value: String(state.itemsAdded) },
    { label: 'Skipped', value: skippedSummary(state) },
  ];
  if (source.kind === 'feed' && source.enabled)
    fields.push({ label: 'Next poll', value: when(new Date(state.nextPollAt).toISOString(), now) });
  if (state.lastError) fields.push({ label: 'Last error', value: state.lastError });
  const lines = state.recentSkips.map(
    (skip) => `Skipped “${skip.title}”: ${SKIP_REASON_LABELS[skip.reason]} — ${skip.detail}`,
  );
  return reply(`Source ${nameOf(source)} (${source.id})`, lines, fields);
}

/** Status of every source, one line each. */
export function allStatusReply(entries: { source: Source; state: SourceState }[], now: number): Reply {
  if (entries.length === 0) return listReply(entries);
  const lines = entries.map(({ source, state }) => {
    const error = state.lastError ? `; last error: ${state.lastError}` : '';
    return `${source.id} ${nameOf(source)}: last poll ${when(state.lastPollAt, now)}; ${state.itemsSeen} seen, ${state.itemsAdded} added; skipped ${skippedSummary(state)}; ${statusWord(source, state)}${error}`;
  });
  return reply('Sources', [...lines, 'For why each item was skipped: /news source status <id>.']);
}
