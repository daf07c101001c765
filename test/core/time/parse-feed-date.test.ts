import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../src/core/time/parse-feed-date.ts';

const iso = (raw: string, zone = 'Asia/Seoul') => parseFeedDate(raw, zone)?.toISOString();

describe('parseFeedDate', () => {
  it.each([
    // RFC 822 as Korean outlets write it
    ['Thu, 11 Jun 2026 13:02:17 +0900', '2026-06-11T04:02:17.000Z'],
    ['Thu, 11 Jun 2026 04:02:17 GMT', '2026-06-11T04:02:17.000Z'],
    ['Thu, 11 Jun 2026 04:02:17 UT', '2026-06-11T04:02:17.000Z'],
    ['Thu, 11 Jun 2026 13:02:17 +09:00', '2026-06-11T04:02:17.000Z'],
    ['Thu, 11 Jun 2026 00:02:17 EDT', '2026-06-11T04:02:17.000Z'],
    ['Thu, 11 Jun 26 13:02:17 +0900', '2026-06-11T04:02:17.000Z'],
    ['Thursday, 11 June 2026 13:02 +0900', '2026-06-11T04:02:00.000Z'],
    ['  Thu, 11 Jun 2026 13:02:17 +0900 (KST) ', '2026-06-11T04:02:17.000Z'],
    ['Sun,27 Sep 2026 10:00:00 +0900', '2026-09-27T01:00:00.000Z'],
    ['27 Sep  2026 10:00:00 +0900', '2026-09-27T01:00:00.000Z'],
    ['Tue, 18 Aug 2026 12:00:00 KST', '2026-08-18T03:00:00.000Z'],
    ['27 09 2026 10:00', '2026-09-27T01:00:00.000Z'],
    ['Thu Jun 11 2026 13:02:17 GMT+0900 (Korean Standard Time)', '2026-06-11T04:02:17.000Z'],
    ['Jun 11, 2026 13:02:17 +0900', '2026-06-11T04:02:17.000Z'],
    // ISO 8601
    ['2026-08-17T22:01:14+09:00', '2026-08-17T13:01:14.000Z'],
    ['2026-08-17T13:01:14Z', '2026-08-17T13:01:14.000Z'],
    ['2026-08-17T13:01:14.5Z', '2026-08-17T13:01:14.500Z'],
    ['2026-08-17T22:01:14+0900', '2026-08-17T13:01:14.000Z'],
    ['2026-08-17 22:01:14 +09:00', '2026-08-17T13:01:14.000Z'],
    // Leap second read as :59
    ['2026-06-30T23:59:60Z', '2026-06-30T23:59:59.000Z'],
  ])('reads %j with its explicit zone', (raw, expected) => {
    expect(iso(raw)).toBe(expected);
  });

  it.each([
    ['2026-08-17 22:01:14', '2026-08-17T13:01:14.000Z'],
    ['2026-08-17T22:01:14', '2026-08-17T13:01:14.000Z'],
    ['2026.08.17 22:01', '2026-08-17T13:01:00.000Z'],
    ['2026-08-17', '2026-08-16T15:00:00.000Z'],
    ['27 Sep  2026', '2026-09-26T15:00:00.000Z'],
    ['Sun,27 Sep 2026 09:30:00', '2026-09-27T00:30:00.000Z'],
  ])('reads zone-less %j as wall-clock time in Asia/Seoul', (raw, expected) => {
    expect(iso(raw)).toBe(expected);
  });

  it('reads the same zone-less text differently in another configured zone', () => {
    expect(iso('2026-08-17 22:01:14', 'UTC')).toBe('2026-08-17T22:01:14.000Z');
    expect(iso('2026-08-17 22:01:14', 'Europe/Berlin')).toBe('2026-08-17T20:01:14.000Z');
  });

  it.each([
    // America/New_York: EST (-5) before 2026-03-08 02:00, EDT (-4) until 2026-11-01 02:00.
    ['2026-03-08 01:59:59', '2026-03-08T06:59:59.000Z'],
    ['2026-03-08 03:00:00', '2026-03-08T07:00:00.000Z'],
    ['2026-07-01 12:00:00', '2026-07-01T16:00:00.000Z'],
    ['2026-11-01 00:30:00', '2026-11-01T04:30:00.000Z'],
    ['2026-11-01 02:30:00', '2026-11-01T07:30:00.000Z'],
    ['2026-12-01 12:00:00', '2026-12-01T17:00:00.000Z'],
  ])('uses the DST-correct offset for zone-less %j in America/New_York', (raw, expected) => {
    expect(iso(raw, 'America/New_York')).toBe(expected);
  });

  it('moves a time skipped by the spring-forward gap forward by the gap (02:30 → 03:30 EDT)', () => {
    expect(iso('2026-03-08 02:30:00', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
  });

  it('reads a time repeated when DST ends as the earlier instant (EDT)', () => {
    expect(iso('2026-11-01 01:30:00', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
  });

  it.each([
    [undefined],
    [''],
    ['   '],
    ['garbage'],
    ['어제 오후 3시'],
    ['31 Feb 2026 10:00 +0900'],
    ['2026-02-29 10:00'],
    ['2026-13-01 10:00'],
    ['2026-08-17 25:00'],
    ['Thu, 11 Foo 2026 13:02:17 +0900'],
    ['Thu, 11 Jun 2026 13:02:17 XYZ'],
    ['Thu, 11 Jun 2026 13:02:17 +2500'],
    ['0000-01-01T00:00:00Z'],
    ['1'.repeat(200)],
  ])('returns undefined for %j instead of throwing', (raw) => {
    expect(parseFeedDate(raw, 'Asia/Seoul')).toBeUndefined();
  });

  it('reads strict RFC 1123 timestamps (the common case) to the exact instant, every hour of a year, GMT and offsets', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000 + 61_000) {
      for (const offsetMin of [0, 540, -300, 345]) {
        const local = new Date(t + offsetMin * 60_000); // wall clock at that offset, read with getUTC*
        const zone = offsetMin === 0 ? 'GMT' : `${offsetMin < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offsetMin) / 60))}${pad(Math.abs(offsetMin) % 60)}`;
        const raw = `${DAYS[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ${zone}`;
        expect(parseFeedDate(raw, 'Asia/Seoul')?.getTime(), raw).toBe(Math.floor(t / 1000) * 1000);
      }
    }
  });

  it.each([['Tue, 31 Feb 2026 10:00:00 GMT'], ['Thu, 31 Apr 2026 10:00:00 +0900'], ['Sun, 29 Feb 2026 10:00:00 GMT']])(
    'rejects %j, a day the month does not have, in strict RFC 1123 too',
    (raw) => {
      expect(parseFeedDate(raw, 'Asia/Seoul')).toBeUndefined();
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(iso('2028-02-29 10:00')).toBe('2028-02-29T01:00:00.000Z');
  });

  it('returns undefined for a value that is not a string at run time', () => {
    expect(parseFeedDate({ _: 'x' } as unknown as string, 'Asia/Seoul')).toBeUndefined();
  });

  it('throws a RangeError naming an unknown time zone', () => {
    expect(() => parseFeedDate('2026-08-17 22:01:14', 'Mars/Olympus')).toThrow(/Mars\/Olympus/);
  });
});
