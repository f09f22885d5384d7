import { describe, expect, test } from 'vitest';
import { formatDailyTime, parseDailyTime } from '../../src/core/schedule/daily-time.ts';
import { validateTimeZone } from '../../src/core/schedule/time-zone.ts';
import { UserFacingError } from '../../src/core/user-facing-error.ts';

describe('times of day typed by users', () => {
  test('HH:MM and H:MM are read as 24-hour times and shown as HH:MM', () => {
    expect(formatDailyTime(parseDailyTime('8:05'))).toBe('08:05');
    expect(formatDailyTime(parseDailyTime('23:59'))).toBe('23:59');
  });

  test.each(['24:00', '08:60', '8', 'noon', '08:00pm', ''])(
    '“%s” is refused with one line saying what to type',
    (text) => {
      expect(() => parseDailyTime(text)).toThrow(UserFacingError);
      expect(() => parseDailyTime(text)).toThrow(/HH:MM/);
    },
  );
});

describe('time zones typed by users', () => {
  test('IANA names are accepted and spelled canonically', () => {
    expect(validateTimeZone('Europe/Madrid')).toBe('Europe/Madrid');
    expect(validateTimeZone('europe/madrid')).toBe('Europe/Madrid');
    expect(validateTimeZone('UTC')).toBe('UTC');
  });

  test.each(['Europe/Madird', 'Mars/Olympus', '+02:00', ''])('“%s” is refused naming an example zone', (zone) => {
    expect(() => validateTimeZone(zone)).toThrow(UserFacingError);
    expect(() => validateTimeZone(zone)).toThrow(/Europe\/Madrid/);
  });
});
