/**
 * Counted quantities (26만장, 6만5천개, 1억 7,979만 주), percentages (90%,
 * 3.5%p, 20퍼센트) and multiples (1.5배). A unit only counts when it follows
 * the number directly and ends the word (3개월 is a duration, 5 장관 is not
 * 5 장); a space before the counter is accepted only after a Korean unit
 * (26만 장), because "2025 주요" must not read as 2025 shares.
 */
import { findAmounts, type Amount } from './amounts.ts';
import { markApprox } from './approx.ts';
import {
  unitClass,
  type Approx,
  type Found,
  type MultipleFact,
  type PercentFact,
  type QuantityFact,
} from './fact.ts';
import { charAt } from './chars.ts';
import { UNIT_SUFFIXES, isAsciiLetter, wordEndsAt } from './hangul.ts';

/** Counters, longest first so 가구 wins over 가 and 개국 over 개. */
const COUNTERS: readonly string[] = [
  '가구', '개국', '개사', '세대', '마리', '차례', '켤레',
  '장', '개', '대', '명', '곳', '건', '주', '척', '기', '톤', '회', '편', '권', '채', '병', '벌', '표', '석', '평',
];
/** Latin units: whole words only (3nm yes, 3nmx no). */
const LATIN_UNITS: readonly string[] = ['GWh', 'MWh', 'kWh', 'GW', 'MW', 'kW', 'kg', 'km', 'TB', 'GB', 'nm'];

/** 주 counts shares only from 100 up: 3주 is three weeks. */
const MIN_SHARES = 100;

/** 20대 남성: a round 10–90 before 대 is an age group, not 20 vehicles. */
function isAgeGroup(amount: Amount, counter: string): boolean {
  return counter === '대' && amount.valueMax === undefined && /^[1-9]0$/.test(amount.exact) && !amount.endsInKoreanUnit;
}

/** Where the unit may start: right after the number, or after one space when the number ends in 만/억/…/여. */
function unitStarts(text: string, amount: Amount): number[] {
  return amount.endsInKoreanUnit && charAt(text, amount.end) === ' ' ? [amount.end, amount.end + 1] : [amount.end];
}

/** First characters of all units: a unit can only start at a character among them. */
const UNIT_FIRSTS = new Set([...COUNTERS, ...LATIN_UNITS].map((u) => u.charCodeAt(0)));

function counterAt(text: string, pos: number): string | undefined {
  if (!UNIT_FIRSTS.has(text.charCodeAt(pos))) return undefined;
  for (const c of COUNTERS) {
    if (text.startsWith(c, pos) && wordEndsAt(text, pos + c.length, UNIT_SUFFIXES)) return c;
  }
  for (const u of LATIN_UNITS) {
    if (text.startsWith(u, pos) && !isAsciiLetter(charAt(text, pos + u.length))) return u;
  }
  return undefined;
}

interface NumericSpan {
  value: number;
  exact: string;
  valueMax?: number;
  text: string;
  start: number;
  end: number;
  approx?: Approx;
}

/**
 * Completes `head` (kind, key, unit) with the amount and its span, widened
 * by an approximation marker, in the field order facts have always had.
 * Fields are set one by one: spreading small objects of varying shape is slower.
 */
function withSpan<H extends object>(head: H, text: string, amount: Amount, unitEnd: number): H & NumericSpan {
  const marked = markApprox(text, amount.start, unitEnd, amount.approx);
  const fact = head as H & NumericSpan;
  fact.value = amount.value;
  fact.exact = amount.exact;
  if (amount.valueMax !== undefined) fact.valueMax = amount.valueMax;
  fact.text = text.slice(marked.start, marked.end);
  fact.start = marked.start;
  fact.end = marked.end;
  if (marked.approx) fact.approx = marked.approx;
  return fact;
}

export function extractQuantities(text: string, amounts: Amount[] = findAmounts(text)): Found<QuantityFact>[] {
  const facts: Found<QuantityFact>[] = [];
  for (const amount of amounts) {
    for (const pos of unitStarts(text, amount)) {
      const unit = counterAt(text, pos);
      if (!unit) continue;
      if (unit === '주' && amount.value < MIN_SHARES) break;
      if (isAgeGroup(amount, unit)) break;
      const head = { kind: 'quantity' as const, key: `quantity:${amount.exact}:${unitClass(unit)}`, unit };
      facts.push(withSpan(head, text, amount, pos + unit.length));
      break;
    }
  }
  return facts;
}

const PERCENT_UNITS: ReadonlyArray<readonly [string, '%' | '%p']> = [
  ['퍼센트포인트', '%p'],
  ['%포인트', '%p'],
  ['%p', '%p'],
  ['%P', '%p'],
  ['퍼센트', '%'],
  ['%', '%'],
];

const PERCENT_FIRSTS = new Set(PERCENT_UNITS.map(([written]) => written.charCodeAt(0)));

export function extractPercents(text: string, amounts: Amount[] = findAmounts(text)): Found<PercentFact>[] {
  const facts: Found<PercentFact>[] = [];
  for (const amount of amounts) {
    if (!PERCENT_FIRSTS.has(text.charCodeAt(amount.end))) continue;
    for (const [written, unit] of PERCENT_UNITS) {
      const end = amount.end + written.length;
      if (!text.startsWith(written, amount.end)) continue;
      if (written.endsWith('p') || written.endsWith('P')) {
        if (isAsciiLetter(charAt(text, end))) continue; // %per…, not %p
      }
      facts.push(withSpan({ kind: 'percent' as const, key: `percent:${amount.exact}:${unit}`, unit }, text, amount, end));
      break;
    }
  }
  return facts;
}

const MULTIPLE_SUFFIXES = UNIT_SUFFIXES.filter((s) => s !== '당');

export function extractMultiples(text: string, amounts: Amount[] = findAmounts(text)): Found<MultipleFact>[] {
  const facts: Found<MultipleFact>[] = [];
  for (const amount of amounts) {
    // 1.5배 yes; 2배터리 and 3배당 (dividend) no.
    if (charAt(text, amount.end) !== '배' || !wordEndsAt(text, amount.end + 1, MULTIPLE_SUFFIXES)) continue;
    facts.push(withSpan({ kind: 'multiple' as const, key: `multiple:${amount.exact}` }, text, amount, amount.end + 1));
  }
  return facts;
}
