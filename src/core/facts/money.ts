/**
 * Money: 14조원, 202.49달러, 1조5천억 달러, 5천만 달러, 100엔, 3억 위안,
 * $200, US$1.5 billion. A currency word counts only right after a number and
 * at a word end, so 엔비디아, 위안부, 원인 and 원전 never read as money
 * (notes/korean.md §3). Spacing: 달러/위안/유로/파운드 may be one space away
 * from any number; 원 and 엔 only after a Korean unit (14조 원), because a
 * lone 원 or 엔 after a plain number is too often another word.
 */
import { findAmounts, type Amount } from './amounts.ts';
import { markApprox } from './approx.ts';
import type { Currency, Found, MoneyFact } from './fact.ts';
import { charAt } from './chars.ts';
import { UNIT_SUFFIXES, isAsciiLetter, isDigit, wordEndsAt } from './hangul.ts';
import { multiplyExact, scanKoreanNumber } from './numbers.ts';

const CURRENCIES: ReadonlyArray<readonly [string, Currency, boolean]> = [
  // [word, code, may be spaced after a plain number]
  ['파운드', 'GBP', true],
  ['달러', 'USD', true],
  ['위안', 'CNY', true],
  ['유로', 'EUR', true],
  ['원', 'KRW', false],
  ['엔', 'JPY', false],
];

/** 달러화, 엔화: the currency itself; 원선 (1,400원선): a level. */
const CURRENCY_SUFFIXES: readonly string[] = [...UNIT_SUFFIXES, '화', '대', '선'];

/** First characters of the currency words: one must follow the number, directly or after a space. */
const CURRENCY_FIRSTS = new Set(CURRENCIES.map(([word]) => word.charCodeAt(0)));

function currencyAt(text: string, amount: Amount): { currency: Currency; end: number } | undefined {
  const next = text.charCodeAt(amount.end);
  if (!CURRENCY_FIRSTS.has(next) && !(next === 0x20 && CURRENCY_FIRSTS.has(text.charCodeAt(amount.end + 1)))) return undefined;
  for (const [word, currency, spacedAnyway] of CURRENCIES) {
    const maxGap = amount.endsInKoreanUnit || spacedAnyway ? 1 : 0;
    for (let gap = 0; gap <= maxGap; gap++) {
      const at = amount.end + gap;
      if (gap === 1 && next !== 0x20) continue;
      if (!text.startsWith(word, at)) continue;
      if (!wordEndsAt(text, at + word.length, CURRENCY_SUFFIXES)) continue;
      return { currency, end: at + word.length };
    }
  }
  return undefined;
}

function moneyFact(
  text: string,
  currency: Currency,
  numeric: { value: number; exact: string; valueMax?: number; approx?: 'about' | 'over' },
  start: number,
  end: number,
): Found<MoneyFact> {
  const marked = markApprox(text, start, end, numeric.approx);
  const fact: Found<MoneyFact> = {
    kind: 'money',
    key: `money:${numeric.exact}:${currency}`,
    currency,
    value: numeric.value,
    exact: numeric.exact,
    text: text.slice(marked.start, marked.end),
    start: marked.start,
    end: marked.end,
  };
  if (numeric.valueMax !== undefined) fact.valueMax = numeric.valueMax;
  if (marked.approx) fact.approx = marked.approx;
  return fact;
}

const ENGLISH_SCALES: Readonly<Record<string, bigint>> = {
  thousand: 10n ** 3n,
  million: 10n ** 6n,
  billion: 10n ** 9n,
  bn: 10n ** 9n,
  trillion: 10n ** 12n,
};

/** $200, US$ 1.5 billion, $15억: the number is read by scanKoreanNumber, then an optional English scale word. */
const DOLLAR_SIGN = /(?:US)?\$ ?/g;
const ENGLISH_SCALE = /^ (thousand|million|billion|bn|trillion)(?![A-Za-z])/;

function dollarPrefixed(text: string): Found<MoneyFact>[] {
  const facts: Found<MoneyFact>[] = [];
  if (!text.includes('$')) return facts;
  DOLLAR_SIGN.lastIndex = 0;
  for (let m = DOLLAR_SIGN.exec(text); m; m = DOLLAR_SIGN.exec(text)) {
    if (isAsciiLetter(charAt(text, m.index - 1)) || isDigit(charAt(text, m.index - 1))) continue;
    const number = scanKoreanNumber(text, m.index + m[0].length);
    if (!number) continue;
    const word = ENGLISH_SCALE.exec(text.slice(number.end, number.end + 12));
    const exact = word ? multiplyExact(number.exact, ENGLISH_SCALES[word[1] ?? ''] ?? 1n) : number.exact;
    const end = number.end + (word ? word[0].length : 0);
    facts.push(moneyFact(text, 'USD', { value: Number(exact), exact }, m.index, end));
  }
  return facts;
}

/** `$` or `$ ` right before `pos`. */
function dollarBefore(text: string, pos: number): boolean {
  const before = charAt(text, pos - 1);
  return before === '$' || (before === ' ' && charAt(text, pos - 2) === '$');
}

export function extractMoney(text: string, amounts: Amount[] = findAmounts(text)): Found<MoneyFact>[] {
  const facts: Found<MoneyFact>[] = [];
  for (const amount of amounts) {
    if (dollarBefore(text, amount.start)) continue; // read by dollarPrefixed
    const found = currencyAt(text, amount);
    if (!found) continue;
    facts.push(moneyFact(text, found.currency, amount, amount.start, found.end));
  }
  return [...facts, ...dollarPrefixed(text)].sort((a, b) => a.start - b.start);
}
