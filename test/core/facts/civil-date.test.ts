import { describe, expect, it } from 'vitest';
import { daysInMonth, localDate } from '../../../src/core/facts/civil-date.ts';

describe('daysInMonth', () => {
  it('agrees with Date.UTC, including its reading of years 0–99 as 1900–1999', () => {
    for (const year of [0, 4, 99, 100, 1600, 1900, 2000, 2024, 2025, 2100, 9999, 250_000, -1]) {
      for (let month = 1; month <= 12; month++) {
        expect(daysInMonth(year, month), `${year}-${month}`).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
      }
    }
  });
});

describe('localDate', () => {
  it('gives the date in the zone, the same on a repeated question, as a fresh object', () => {
    const at = new Date('2025-10-31T16:30:00Z');
    const first = localDate(at, 'Asia/Seoul');
    expect(first).toEqual({ year: 2025, month: 11, day: 1 });
    first.day = 99;
    expect(localDate(at, 'Asia/Seoul')).toEqual({ year: 2025, month: 11, day: 1 });
    expect(localDate(at, 'America/New_York')).toEqual({ year: 2025, month: 10, day: 31 });
  });

  it('rejects an unknown zone', () => {
    expect(() => localDate(new Date(0), 'Mars/Olympus')).toThrow(RangeError);
  });
});
