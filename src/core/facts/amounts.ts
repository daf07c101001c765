/**
 * Finds every number (or range of numbers) in a text, for the extractors that
 * then look for a unit after it: quantities, money, percentages, multiples.
 * Ranges: 3조~4조, 5만~6만, 50~60; a bare first bound borrows the second's
 * big unit (3~4조 = 3조~4조).
 */
import { charAt } from './chars.ts';
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

const NUMBER_START = /\d|수(?=[십백천만억조경])/g;

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

/** All numbers in `text`, left to right, never overlapping. */
export function findAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  let from = 0;
  NUMBER_START.lastIndex = 0;
  for (let m = NUMBER_START.exec(text); m; m = NUMBER_START.exec(text)) {
    if (m.index < from) continue;
    const first = scanKoreanNumber(text, m.index);
    if (!first) continue;
    const second = rangeAfter(text, first);
    const amount = toAmount(text, first, second);
    amounts.push(amount);
    from = amount.end;
    NUMBER_START.lastIndex = amount.end;
  }
  return amounts;
}
