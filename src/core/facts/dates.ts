/**
 * Dates in Korean news, resolved to YYYY-MM-DD against the article's local
 * publish date (notes/korean.md §4):
 * - absolute: 2026년 3월 5일, 2025.12.11, 2025-12-11, 2025/12/11;
 * - month and day: 3월 5일 = the nearest such date (within half a year either
 *   way; a tie goes to the past), 지난 3월 5일 = on or before, 오는 3월 5일 =
 *   on or after, 지난해/작년, 올해/올, 내년 fix the year;
 * - day only: 31일 and 지난 31일 = the latest day 31 on or before the publish
 *   date (this month, else last month: news reports the past), 오는 5일 = the
 *   next day 5 on or after it, 지난달/이달/다음 달·내달 fix the month.
 *   A day that does not exist in the month it resolves to is skipped;
 * - words: 이날/오늘, 전날/어제, 그제/그저께, 내일.
 * (현지시간) right after a date is kept in the span and sets `localTime`: the
 * date is local to another country and may differ by one day from Korea's.
 * Durations are not dates: 3일간, 3일째, 3일 동안, 3일 만에, 3일 전.
 */
import {
  addDays,
  civilDate,
  compareDates,
  daysBetween,
  formatDate,
  localDate,
  shiftMonth,
  type CivilDate,
} from './civil-date.ts';
import type { DateFact, Found } from './fact.ts';
import { anchoredMatches, type AnchoredPattern } from './anchored-matches.ts';
import { charAt, isDigitUnit } from './chars.ts';
import { LiteralScanner, type Starts } from './literal-scan.ts';
import { wordEndsAt, wordStartsAt } from './hangul.ts';

export interface DateContext {
  published: Date;
  timeZone: string;
}

const FULL = /(?<!\d)(\d{4})년 ?(\d{1,2})월 ?(\d{1,2})일|(?<![\d.])(\d{4})([./-]) ?(\d{1,2})\5 ?(\d{1,2})(?![\d])/g;
const MONTH_DAY = /(?:(지난해|작년|올해|내년|지난|오는|이번|올) )?(?<!\d)(\d{1,2})월 ?(\d{1,2})일/g;
const DAY = /(?:(지난달|이번 달|이번달|다음 달|다음달|이달|내달|지난|오는|이번) )?(?<![\d.,])(\d{1,2})일/g;
/** The date words, in the order a regex alternation would try them (그저께 before 그제). */
export const DATE_WORDS = new LiteralScanner(['이날', '오늘', '전날', '어제', '그저께', '그제', '내일']);

/**
 * MONTH_DAY and DAY end in a digit then 월 or 일, and start on that digit's
 * run (one or two digits) or on their prefix word and its space: at most
 * 6 and 7 code units before the 월 or 일. Only those offsets are tried.
 */
const startsWithOneOf = (words: readonly string[]): ((code: number) => boolean) => {
  const firsts = new Set(words.map((w) => w.charCodeAt(0)));
  return (code) => isDigitUnit(code) || firsts.has(code);
};
const MONTH_DAY_AT: AnchoredPattern = {
  sticky: new RegExp(MONTH_DAY.source, 'y'),
  anchor: '월',
  reach: 6,
  canStart: startsWithOneOf(['지난해', '작년', '올해', '내년', '지난', '오는', '이번', '올']),
};
const DAY_AT: AnchoredPattern = {
  sticky: new RegExp(DAY.source, 'y'),
  anchor: '일',
  reach: 7,
  canStart: startsWithOneOf(['지난달', '이번 달', '이번달', '다음 달', '다음달', '이달', '내달', '지난', '오는', '이번']),
};
/** FULL starts with four digits in a row; `digits`: the offsets of every digit, ascending. */
function hasFourDigits(digits: readonly number[]): boolean {
  for (let k = 3; k < digits.length; k++) if ((digits[k] as number) - (digits[k - 3] as number) === 3) return true;
  return false;
}

/** Where digits and date words are in a text, when the caller has read them in its own pass. */
export interface DateStarts {
  /** Offsets of every ASCII digit (other characters may be listed too), ascending. */
  digits: readonly number[];
  words: Starts;
}
const WORD_OFFSETS: Readonly<Record<string, number>> = { 이날: 0, 오늘: 0, 전날: -1, 어제: -1, 그제: -2, 그저께: -2, 내일: 1 };

/** Words after a day that make it a duration or an offset (3일 동안, 3일 만에, 3일 전), not a date. */
const NOT_A_DATE_AFTER = /^ ?(?:동안|만에|만|간|째|이내|연속|전|후|뒤)/;

function isDuration(text: string, end: number): boolean {
  const m = NOT_A_DATE_AFTER.exec(text.slice(end, end + 4));
  return m !== null && wordEndsAt(text, end + m[0].length);
}

function nearest(ref: CivilDate, month: number, day: number): CivilDate | undefined {
  const options = [ref.year - 1, ref.year, ref.year + 1]
    .map((y) => civilDate(y, month, day))
    .filter((d): d is CivilDate => d !== undefined);
  let best: CivilDate | undefined;
  for (const d of options) {
    if (!best || Math.abs(daysBetween(ref, d)) < Math.abs(daysBetween(ref, best))) best = d;
  }
  return best;
}

function resolveMonthDay(ref: CivilDate, prefix: string | undefined, month: number, day: number): CivilDate | undefined {
  switch (prefix) {
    case '지난해':
    case '작년':
      return civilDate(ref.year - 1, month, day);
    case '올해':
    case '올':
    case '이번':
      return civilDate(ref.year, month, day);
    case '내년':
      return civilDate(ref.year + 1, month, day);
    case '지난': {
      const d = civilDate(ref.year, month, day);
      return d && compareDates(d, ref) <= 0 ? d : civilDate(ref.year - 1, month, day);
    }
    case '오는': {
      const d = civilDate(ref.year, month, day);
      return d && compareDates(d, ref) >= 0 ? d : civilDate(ref.year + 1, month, day);
    }
    default:
      return nearest(ref, month, day);
  }
}

function resolveDay(ref: CivilDate, prefix: string | undefined, day: number): CivilDate | undefined {
  let offset: number;
  switch (prefix) {
    case '지난달':
      offset = -1;
      break;
    case '이달':
    case '이번 달':
    case '이번달':
    case '이번':
      offset = 0;
      break;
    case '다음 달':
    case '다음달':
    case '내달':
      offset = 1;
      break;
    case '오는':
      offset = day >= ref.day ? 0 : 1;
      break;
    default: // bare or 지난: the past
      offset = day <= ref.day ? 0 : -1;
  }
  const { year, month } = shiftMonth(ref.year, ref.month, offset);
  return civilDate(year, month, day);
}

interface Hit {
  start: number;
  end: number;
  date: CivilDate | undefined;
  relative: boolean;
}

function overlaps(hits: Hit[], start: number, end: number): boolean {
  return hits.some((h) => start < h.end && end > h.start);
}

/** The matches of a global regex, as matchAll gives them, without its iterator and regex copy. */
function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return found;
}

function collect(text: string, ref: CivilDate, starts: DateStarts): Hit[] {
  const hits: Hit[] = [];
  for (const m of hasFourDigits(starts.digits) ? matchesOf(FULL, text) : []) {
    const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[6], m[7]];
    const date = civilDate(Number(y), Number(mo), Number(d));
    hits.push({ start: m.index, end: m.index + m[0].length, date, relative: false });
  }
  for (const m of anchoredMatches(MONTH_DAY_AT, text)) {
    const end = m.index + m[0].length;
    if (overlaps(hits, m.index, end) || !wordStartsAt(text, m.index)) continue;
    hits.push({ start: m.index, end, date: resolveMonthDay(ref, m[1], Number(m[2]), Number(m[3])), relative: true });
  }
  for (const m of anchoredMatches(DAY_AT, text)) {
    const end = m.index + m[0].length;
    if (overlaps(hits, m.index, end) || !wordStartsAt(text, m.index)) continue;
    // 3일간, 3일째 (not particles), 3일만에 and 3일 동안 (durations).
    if (!wordEndsAt(text, end) || charAt(text, end) === '만' || isDuration(text, end)) continue;
    hits.push({ start: m.index, end, date: resolveDay(ref, m[1], Number(m[2])), relative: true });
  }
  for (let m = starts.words.next(0); m; m = starts.words.next(m.index + m.text.length)) {
    const end = m.index + m.text.length;
    if (!wordStartsAt(text, m.index) || !wordEndsAt(text, end) || overlaps(hits, m.index, end)) continue;
    hits.push({ start: m.index, end, date: addDays(ref, WORD_OFFSETS[m.text] ?? 0), relative: true });
  }
  return hits;
}

const DIGITS = new LiteralScanner([...'0123456789']);

function dateStarts(text: string): DateStarts {
  return { digits: DIGITS.starts(text).offsets, words: DATE_WORDS.starts(text) };
}

/** Every resolvable date in `text`, in text order. */
export function extractDates(text: string, context: DateContext): Found<DateFact>[] {
  return extractDatesFrom(text, localDate(context.published, context.timeZone));
}

/**
 * extractDates with the local publish date already known (one Intl lookup
 * serves headline and body), and `starts` when the caller has them.
 */
export function extractDatesFrom(text: string, ref: CivilDate, starts: DateStarts = dateStarts(text)): Found<DateFact>[] {
  const facts: Found<DateFact>[] = [];
  for (const hit of collect(text, ref, starts).sort((a, b) => a.start - b.start)) {
    if (!hit.date) continue; // 지난달 31일 in a month of 30 days, 2월 30일: skipped, never guessed
    const local = /^ ?\(현지시간\)/.exec(text.slice(hit.end, hit.end + 8));
    const end = hit.end + (local ? local[0].length : 0);
    const date = formatDate(hit.date);
    const fact: Found<DateFact> = {
      kind: 'date',
      key: `date:${date}`,
      date,
      relative: hit.relative,
      text: text.slice(hit.start, end),
      start: hit.start,
      end,
    };
    if (local) fact.localTime = true;
    facts.push(fact);
  }
  return facts;
}
