import type { Clock } from '../../src/core/ports.ts';

/** A clock the test moves by hand. */
export class FakeClock implements Clock {
  constructor(private ms: number) {}

  static at(iso: string): FakeClock {
    return new FakeClock(Date.parse(iso));
  }

  now(): number {
    return this.ms;
  }

  set(iso: string): void {
    this.ms = Date.parse(iso);
  }

  advance(ms: number): void {
    this.ms += ms;
  }
}
