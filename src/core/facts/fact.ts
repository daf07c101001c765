/**
 * The facts extracted from a news article: numbers with units, money, dates,
 * quotes, people and organisations. Every fact keeps the span it was read
 * from (`text`, `start`, `end` are JavaScript string offsets into the headline
 * when `where` is 'headline', else into the body) and a `key` that is the same
 * for the same fact written by another outlet (26만장 and 26만 개 both give
 * `quantity:260000:units`).
 */

import { collapseSpaces } from './chars.ts';

export type FactWhere = 'headline' | 'lead' | 'body';

/** 약/가량 → about; 최대/이하/미만 → max; 여/초과/남짓/넘게 → over; 최소/이상 → min. Marked, never dropped. */
export type Approx = 'about' | 'max' | 'over' | 'min';

/** ISO 4217 codes of the currencies read after a number (원, 달러, 엔, 위안, 유로, 파운드) or $. */
export type Currency = 'KRW' | 'USD' | 'JPY' | 'CNY' | 'EUR' | 'GBP';

interface FactBase {
  key: string;
  text: string;
  start: number;
  end: number;
  where: FactWhere;
  approx?: Approx;
}

/**
 * Ranges (3조~4조원, 5만~6만 장) keep the lower bound in `value`/`exact` and the
 * upper bound in `valueMax`; the key uses the lower bound.
 */
interface NumericFact extends FactBase {
  value: number;
  /** Exact decimal string; `value` is exact only up to 2^53 (see numbers.ts). */
  exact: string;
  valueMax?: number;
}

export interface QuantityFact extends NumericFact {
  kind: 'quantity';
  /** The counter as written: 장, 개, 명, 가구, 톤, kg … */
  unit: string;
}

export interface MoneyFact extends NumericFact {
  kind: 'money';
  currency: Currency;
}

export interface PercentFact extends NumericFact {
  kind: 'percent';
  /** '%p' for 퍼센트포인트 / %포인트 / %p: a difference of percentages, not a percentage. */
  unit: '%' | '%p';
}

export interface MultipleFact extends NumericFact {
  kind: 'multiple';
}

export interface DateFact extends FactBase {
  kind: 'date';
  /** Calendar date, YYYY-MM-DD. */
  date: string;
  /** True when resolved against the publish date (31일, 지난달 31일, 이날, 3월 5일 without a year). */
  relative: boolean;
  /** Followed by (현지시간): a foreign local date, which may differ by one day from the date in Korea. */
  localTime?: boolean;
}

export interface QuoteFact extends FactBase {
  kind: 'quote';
  /** Name of the person (or the subject phrase, e.g. 대통령실) the sentence names as saying it. */
  speaker?: string;
}

export interface PersonFact extends FactBase {
  kind: 'person';
  name: string;
  title?: string;
}

export interface OrgFact extends FactBase {
  kind: 'org';
  /** Canonical name (NVIDIA → 엔비디아). */
  name: string;
}

export type Fact = QuantityFact | MoneyFact | PercentFact | MultipleFact | DateFact | QuoteFact | PersonFact | OrgFact;
export type FactKind = Fact['kind'];

type WithoutWhere<T> = T extends unknown ? Omit<T, 'where'> : never;
/** A fact as an extractor finds it in one text, before it is told where that text sits. */
export type FoundFact = WithoutWhere<Fact>;
export type Found<F extends Fact> = Omit<F, 'where'>;

/** Counters that name "pieces" of something and so count as one class for matching (26만장 = 26만 개). */
const PIECE_COUNTERS = new Set(['장', '개', '대']);

export function unitClass(unit: string): string {
  return PIECE_COUNTERS.has(unit) ? 'units' : unit;
}

/** Whitespace collapsed, for quote keys. */
export function normalizeForKey(text: string): string {
  return collapseSpaces(text);
}
