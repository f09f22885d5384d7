import { describe, expect, test } from 'vitest';
import { DailySchedule } from '../../src/core/schedule/daily-schedule.ts';

const iso = (ms: number) => new Date(ms).toISOString();

describe('DailySchedule: a wall-clock time in its own zone, across daylight-saving changes', () => {
  const madrid = new DailySchedule({ hour: 8, minute: 0 }, 'Europe/Madrid');

  test('08:00 Madrid is 07:00 UTC before the spring change and 06:00 UTC after it', () => {
    // Europe/Madrid moves from CET (+1) to CEST (+2) on 2026-03-29.
    expect(iso(madrid.nextAfter(Date.parse('2026-03-27T12:00:00Z')))).toBe('2026-03-28T07:00:00.000Z');
    expect(iso(madrid.nextAfter(Date.parse('2026-03-28T12:00:00Z')))).toBe('2026-03-29T06:00:00.000Z');
    expect(iso(madrid.nextAfter(Date.parse('2026-03-29T12:00:00Z')))).toBe('2026-03-30T06:00:00.000Z');
  });

  test('08:00 Madrid is 06:00 UTC before the autumn change and 07:00 UTC after it', () => {
    expect(iso(madrid.nextAfter(Date.parse('2026-10-24T00:00:00Z')))).toBe('2026-10-24T06:00:00.000Z');
    expect(iso(madrid.nextAfter(Date.parse('2026-10-24T12:00:00Z')))).toBe('2026-10-25T07:00:00.000Z');
  });

  test('the latest period is the fire time itself at the exact instant, and the day before one second earlier', () => {
    expect(iso(madrid.latestAtOrBefore(Date.parse('2026-03-29T06:00:00Z')))).toBe('2026-03-29T06:00:00.000Z');
    expect(iso(madrid.latestAtOrBefore(Date.parse('2026-03-29T05:59:59Z')))).toBe('2026-03-28T07:00:00.000Z');
  });

  test('a time skipped by spring-forward still fires once that day; a repeated autumn hour fires once', () => {
    const early = new DailySchedule({ hour: 2, minute: 30 }, 'Europe/Madrid');
    const spring = early.nextAfter(Date.parse('2026-03-28T12:00:00Z'));
    expect(iso(spring).slice(0, 10)).toBe('2026-03-29');
    expect(iso(early.nextAfter(spring)).slice(0, 10)).toBe('2026-03-30');
    const autumn = early.nextAfter(Date.parse('2026-10-24T12:00:00Z'));
    expect(iso(autumn).slice(0, 10)).toBe('2026-10-25');
    expect(iso(early.nextAfter(autumn)).slice(0, 10)).toBe('2026-10-26');
  });

  test('zones without daylight saving keep the same UTC instant all year', () => {
    const tokyo = new DailySchedule({ hour: 9, minute: 15 }, 'Asia/Tokyo');
    expect(iso(tokyo.nextAfter(Date.parse('2026-03-28T12:00:00Z')))).toBe('2026-03-29T00:15:00.000Z');
    expect(iso(tokyo.nextAfter(Date.parse('2026-10-24T12:00:00Z')))).toBe('2026-10-25T00:15:00.000Z');
  });
});
