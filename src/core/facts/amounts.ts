/**
 * Finds every number (or range of numbers) in a text, for the extractors that
 * then look for a unit after it: quantities, money, percentages, multiples.
 * Ranges: 3조~4조, 5만~6만, 50~60; a bare first bound borrows the second's
 * big unit (3~4조 = 3조~4조).
 */
import { charAt } from './chars.ts';
import { LiteralScanner } from './literal-scan.ts';
import { multiplyExact, scanKoreanNumber, type ScannedNumber } from './numbers.ts';

export interface Amount {
  start: number;
  end: number;
  value: number;
  exact: string;
  approx?: 'about' | 'over';
  valueMax?: number;
  /** True when the text ends in a Korean unit or 여 (26만, 5천만, 26만여): a spaced counter may follow (26만 장). */
  endsInKoreanUnit: boolean;
}

/** ` ?~ ?` right after the first number: a range. */
function rangeAfter(text: string, first: ScannedNumber): ScannedNumber | undefined {
  let at = first.end;
  if (charAt(text, at) === ' ') at++;
  if (charAt(text, at) !== '~') return undefined;
  at++;
  if (charAt(text, at) === ' ') at++;
  return scanKoreanNumber(text, at);
}

function toAmount(text: string, first: ScannedNumber, second: ScannedNumber | undefined): Amount {
  const last = second ?? first;
  const amount: Amount = {
    start: first.start,
    end: last.end,
    value: first.value,
    exact: first.exact,
    endsInKoreanUnit: '십백천만억조경여'.includes(charAt(text, last.end - 1) ?? '#'),
  };
  if (first.approx) amount.approx = first.approx;
  if (second) {
    if (first.leadUnit === 1n && second.leadUnit > 1n && !/[십백천만억조경]/.test(text.slice(first.start, first.end))) {
      amount.exact = multiplyExact(first.exact, second.leadUnit);
      amount.value = Number(amount.exact);
    }
    amount.valueMax = second.value;
  }
  return amount;
}

/** Where a number may start: a digit, or 수 (수십억). */
export const NUMBER_STARTS = new LiteralScanner([...'0123456789', '수']);

/**
 * All numbers in `text`, left to right, never overlapping. `starts`: the
 * offsets of every NUMBER_STARTS character, ascending, when the caller has them.
 */
export function findAmounts(text: string, starts: readonly number[] = NUMBER_STARTS.starts(text).offsets): Amount[] {
  const amounts: Amount[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    // 수 starts a number only before a unit: 수십억, 수만.
    if (text.charCodeAt(at) === 0xc218 && !'십백천만억조경'.includes(charAt(text, at + 1) ?? '#')) continue;
    const first = scanKoreanNumber(text, at);
    if (!first) continue;
    const second = rangeAfter(text, first);
    const amount = toAmount(text, first, second);
    amounts.push(amount);
    from = amount.end;
  }
  return amounts;
}
