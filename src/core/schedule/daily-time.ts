import { UserFacingError } from '../user-facing-error.ts';

/** A wall-clock time of day in some time zone, e.g. 08:00 in Europe/Madrid. */
export interface DailyTime {
  hour: number;
  minute: number;
}

export const DEFAULT_DAILY_TIME: DailyTime = { hour: 8, minute: 0 };

/** Parses `HH:MM` (24-hour, `8:00` allowed) or throws one clear line the user can act on. */
export function parseDailyTime(text: string): DailyTime {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  if (!match || hour > 23 || minute > 59) {
    throw new UserFacingError(`“${text}” is not a time of day; use 24-hour HH:MM, e.g. 08:00 or 17:30.`);
  }
  return { hour, minute };
}

/** `08:00` — how times are stored and shown. */
export function formatDailyTime(time: DailyTime): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}
