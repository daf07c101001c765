import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/core/facts/dates.ts';

const SEOUL = 'Asia/Seoul';
const dates = (text: string, published: string, timeZone = SEOUL) =>
  extractDates(text, { published: new Date(published), timeZone }).map((f) => [f.text, f.date]);

describe('extractDates: absolute', () => {
  it('reads full dates in Korean and dotted, dashed and slashed forms', () => {
    expect(dates('2026년 3월 5일과 2025.12.11, 2025-12-11, 2025/1/2, 2025. 12. 11.', '2026-05-03T10:00:00+09:00')).toEqual([
      ['2026년 3월 5일', '2026-03-05'],
      ['2025.12.11', '2025-12-11'],
      ['2025-12-11', '2025-12-11'],
      ['2025/1/2', '2025-01-02'],
      ['2025. 12. 11', '2025-12-11'],
    ]);
  });

  it('marks full dates as not relative and skips impossible ones', () => {
    const [fact] = extractDates('2026년 3월 5일', { published: new Date('2026-05-03T10:00:00+09:00'), timeZone: SEOUL });
    expect(fact).toMatchObject({ relative: false, key: 'date:2026-03-05' });
    expect(dates('2025년 2월 29일', '2026-05-03T10:00:00+09:00')).toEqual([]);
  });

  it('does not read a decimal or a plain number as a date', () => {
    expect(dates('202.49달러, 2025 기조연설', '2026-05-03T10:00:00+09:00')).toEqual([]);
  });
});

describe('extractDates: month and day', () => {
  it('takes the nearest year when none is written, across a year end', () => {
    expect(dates('12월 30일', '2026-01-02T10:00:00+09:00')).toEqual([['12월 30일', '2025-12-30']]);
    expect(dates('1월 3일', '2025-12-30T10:00:00+09:00')).toEqual([['1월 3일', '2026-01-03']]);
    expect(dates('3월 5일', '2026-03-10T10:00:00+09:00')).toEqual([['3월 5일', '2026-03-05']]);
  });

  it('follows 지난해, 내년, 지난 and 오는', () => {
    expect(dates('지난해 12월 1일, 내년 1월 1일, 지난 12월 1일, 오는 1월 1일', '2026-04-05T10:00:00+09:00')).toEqual([
      ['지난해 12월 1일', '2025-12-01'],
      ['내년 1월 1일', '2027-01-01'],
      ['지난 12월 1일', '2025-12-01'],
      ['오는 1월 1일', '2027-01-01'],
    ]);
  });

  it('skips a day that does not exist', () => {
    expect(dates('2월 30일', '2026-03-10T10:00:00+09:00')).toEqual([]);
  });
});

describe('extractDates: day only', () => {
  it('reads a bare day as the latest such day on or before the publish date', () => {
    expect(dates('31일 발표', '2026-05-31T10:00:00+09:00')).toEqual([['31일', '2026-05-31']]);
    expect(dates('5일 발표', '2026-05-03T10:00:00+09:00')).toEqual([['5일', '2026-04-05']]);
    expect(dates('지난 3일', '2026-03-10T10:00:00+09:00')).toEqual([['지난 3일', '2026-03-03']]);
  });

  it('resolves 지난달 across a year end', () => {
    expect(dates('지난달 31일', '2026-01-02T10:00:00+09:00')).toEqual([['지난달 31일', '2025-12-31']]);
  });

  it('resolves 오는 across a year end', () => {
    expect(dates('오는 5일', '2026-12-30T10:00:00+09:00')).toEqual([['오는 5일', '2027-01-05']]);
    expect(dates('오는 30일', '2026-12-30T10:00:00+09:00')).toEqual([['오는 30일', '2026-12-30']]);
  });

  it('reads 이달, 다음 달 and 내달', () => {
    expect(dates('다음 달 1일, 내달 2일, 이달 20일', '2026-04-05T10:00:00+09:00')).toEqual([
      ['다음 달 1일', '2026-05-01'],
      ['내달 2일', '2026-05-02'],
      ['이달 20일', '2026-04-20'],
    ]);
  });

  it('skips a day missing from the month it resolves to', () => {
    expect(dates('지난달 31일', '2026-05-10T10:00:00+09:00')).toEqual([]); // April has 30 days
    expect(dates('31일', '2026-03-05T10:00:00+09:00')).toEqual([]); // February 2026 has 28
    expect(dates('오는 31일', '2026-04-05T10:00:00+09:00')).toEqual([]);
  });

  it('ignores durations and offsets', () => {
    expect(dates('3일간 3일째 3일 동안 3일 만에 3일만에 3일 전 3일 오후', '2026-03-10T10:00:00+09:00')).toEqual([['3일', '2026-03-03']]);
  });

  it('keeps (현지시간) in the span and flags the date as foreign local', () => {
    const facts = extractDates('2일(현지시간) 미국 CBS', { published: new Date('2025-11-03T09:00:00+09:00'), timeZone: SEOUL });
    expect(facts).toEqual([expect.objectContaining({ text: '2일(현지시간)', date: '2025-11-02', localTime: true, relative: true })]);
  });
});

describe('extractDates: words and time zones', () => {
  it('reads 이날, 전날, 어제, 내일 but not 오늘날', () => {
    expect(dates('이날 전날 어제 내일 오늘날', '2026-03-01T10:00:00+09:00')).toEqual([
      ['이날', '2026-03-01'],
      ['전날', '2026-02-28'],
      ['어제', '2026-02-28'],
      ['내일', '2026-03-02'],
    ]);
  });

  it('uses the calendar date in the configured zone, not UTC', () => {
    // 2026-02-28 16:00 UTC is already 1 March in Seoul.
    expect(dates('이날', '2026-02-28T16:00:00Z')).toEqual([['이날', '2026-03-01']]);
    expect(dates('이날', '2026-02-28T16:00:00Z', 'UTC')).toEqual([['이날', '2026-02-28']]);
  });
});
