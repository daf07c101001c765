/**
 * Korean number parser: 26만, 1조 2,000억, 3.5조, 2만6000, 5천만,
 * 12조3456억7890만, 1경2000조, 26만여, 수십억 (notes/korean.md §4).
 *
 * Algorithm: tokens of `digits [십|백|천] [만|억|조|경]`; a running `section`
 * collects values below the last big unit, and each big unit flushes
 * `(section + token) × unit` into `total`. Arithmetic is exact (number-value.ts):
 * `exact` is the exact decimal string and `value` the nearest JS number,
 * which is exact only up to 2^53 (≈ 9007조); 1경2000조 = 1.2e16 is above
 * that, so compare big values through `exact`, never through `value`.
 * Characters are read by code unit: this runs for every number of every article.
 */
import { charAt, isDigitUnit } from './chars.ts';
import { isAsciiLetter, isDigit, isHangulSyllable } from './hangul.ts';
import { BIG_UNIT_VALUES, formatScaled, toNumber, type KoreanNumber, type Token } from './number-value.ts';

export type { KoreanNumber };

export interface ScannedNumber extends KoreanNumber {
  start: number;
  end: number;
}

/** Units as exponents of ten (0 when none): they compare and scale without BigInt work. */
function smallUnitAt(text: string, i: number): number {
  switch (text.charCodeAt(i)) {
    case 0xc2ed: return 1; // 십
    case 0xbc31: return 2; // 백
    case 0xcc9c: return 3; // 천
    default: return 0;
  }
}

function bigUnitAt(text: string, i: number): number {
  switch (text.charCodeAt(i)) {
    case 0xb9cc: return 4; // 만
    case 0xc5b5: return 8; // 억
    case 0xc870: return 12; // 조
    case 0xacbd: return 16; // 경
    default: return 0;
  }
}


/**
 * Digits with optional thousands commas (1,234) and an optional decimal
 * part, read at `i` exactly as the sticky regex
 * `(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?` would (it ran once per number
 * and cost more than the rest of the scan): grouped digits are taken when
 * at most three digits lead and a `,ddd` group follows; the last group is
 * given back when a digit follows it (`1,234,5678` reads `1,234`).
 */
function readDigits(text: string, i: number): { end: number; int: string; frac: string } | undefined {
  let run = i;
  while (isDigitUnit(text.charCodeAt(run))) run++;
  if (run === i) return undefined;
  let intEnd = run;
  let int: string | undefined;
  if (run - i <= 3) {
    const groupEnds: number[] = [];
    for (let k = run; text.charCodeAt(k) === 0x2c && isDigitUnit(text.charCodeAt(k + 1)) && isDigitUnit(text.charCodeAt(k + 2)) && isDigitUnit(text.charCodeAt(k + 3)); k += 4) groupEnds.push(k + 4);
    let groups = groupEnds.length;
    if (groups > 0 && isDigitUnit(text.charCodeAt(groupEnds[groups - 1] as number))) groups--;
    if (groups > 0) {
      intEnd = groupEnds[groups - 1] as number;
      int = text.slice(i, intEnd).replace(/,/g, '');
    }
  }
  int ??= text.slice(i, intEnd);
  if (text.charCodeAt(intEnd) !== 0x2e || !isDigitUnit(text.charCodeAt(intEnd + 1))) return { end: intEnd, int, frac: '' };
  let end = intEnd + 1;
  while (isDigitUnit(text.charCodeAt(end))) end++;
  return { end, int, frac: text.slice(intEnd + 1, end) };
}

/** True when a number may start at `pos`: not inside a word such as S25, G7 or a decimal like 2.5. */
function canStartAt(text: string, pos: number): boolean {
  const prev = charAt(text, pos - 1);
  if (isDigit(prev) || isAsciiLetter(prev)) return false;
  if ((prev === '.' || prev === ',') && isDigitUnit(text.charCodeAt(pos - 2))) return false;
  return true;
}

/**
 * Reads a Korean number starting exactly at `at`, or returns undefined.
 * Rules that keep it from swallowing neighbours:
 * - small units (십백천) and big units (만억조경) must be attached to their digits;
 * - big units must strictly decrease (1조 2000억 yes, 5만 6만 no), small units within a section too;
 * - a space may separate tokens only after a big unit and before a token with a smaller one (1억 7,979만);
 * - a bare number (no unit) ends the number (2만6000).
 * `수` directly before a unit is the vague "several" (수십억, 수만): value of 1 × unit, approx 'about'.
 */
export function scanKoreanNumber(text: string, at: number): ScannedNumber | undefined {
  if (!canStartAt(text, at)) return undefined;
  const tokens: Token[] = [];
  let approx: KoreanNumber['approx'];
  let i = at;
  let vague = false;
  if (charAt(text, at) === '수' && !isHangulSyllable(charAt(text, at - 1)) && '십백천만억조경'.includes(charAt(text, at + 1) ?? '#')) {
    vague = true;
    approx = 'about';
    i = at + 1;
  }
  let lastBig = Infinity;
  let lastSmall = 4;
  while (true) {
    let j = i;
    let int = '1';
    let frac = '';
    if (!(vague && tokens.length === 0)) {
      const digits = readDigits(text, i);
      if (!digits) break;
      ({ int, frac } = digits);
      j = digits.end;
    }
    const small = smallUnitAt(text, j);
    if (small > 0) j++;
    const big = bigUnitAt(text, j);
    if (big > 0) j++;
    if (big > 0 && big >= lastBig) break;
    if (small > 0 && small >= lastSmall) break;
    tokens.push({ int, frac, small, big });
    i = j;
    if (big > 0) {
      lastBig = big;
      lastSmall = 4;
    } else if (small > 0) {
      lastSmall = small;
    } else {
      break; // a bare number closes the section
    }
    if (isDigitUnit(text.charCodeAt(i))) continue;
    // 1억 7,979만: one space, then a token that carries a smaller big unit.
    if (text.charCodeAt(i) === 0x20 && big > 0 && isDigitUnit(text.charCodeAt(i + 1))) {
      const rest = restTokens(text, i + 1, BIG_UNIT_VALUES[big] ?? 1n);
      if (rest) {
        tokens.push(...rest.tokens);
        i = rest.end;
        if (rest.approx) approx = rest.approx;
      }
    }
    break;
  }
  if (tokens.length === 0) return undefined;
  if (charAt(text, i) === '여' && !approx) {
    approx = 'over';
    i++;
  }
  // Built field by field: spreading an object that holds a BigInt takes V8's slow generic path (~2 µs).
  const number = toNumber(tokens, approx);
  const { value, exact, leadUnit } = number;
  return number.approx
    ? { value, exact, leadUnit, approx: number.approx, start: at, end: i }
    : { value, exact, leadUnit, start: at, end: i };
}

/** Re-reads the tokens of the continuation after a space (sharing the same big-unit order). */
function restTokens(text: string, at: number, below: bigint): { tokens: Token[]; end: number; approx?: 'over' } | undefined {
  const scanned = scanKoreanNumber(text, at);
  if (!scanned || scanned.leadUnit === 1n || scanned.leadUnit >= below) return undefined;
  // The continuation is an independent, already-validated number; fold it in as one token worth its exact value.
  const [int = '0', frac = ''] = scanned.exact.split('.');
  const result: { tokens: Token[]; end: number; approx?: 'over' } = {
    tokens: [{ int, frac, small: 0, big: 0 }],
    end: scanned.end,
  };
  if (scanned.approx === 'over') result.approx = 'over';
  return result;
}

/**
 * Parses a string that is one Korean number and nothing else ("1조 2,000억",
 * "3.5조", "26만여", "수십억"); undefined when anything else is left over.
 */
export function parseKoreanNumber(s: string): KoreanNumber | undefined {
  const text = s.trim();
  const scanned = scanKoreanNumber(text, 0);
  if (!scanned || scanned.end !== text.length) return undefined;
  const { start: _start, end: _end, ...number } = scanned;
  return number;
}

/** Multiplies an exact decimal string by an integer factor (3 × 10^12 for 3~4조). */
export function multiplyExact(exact: string, factor: bigint): string {
  const [int = '0', frac = ''] = exact.split('.');
  return formatScaled((BigInt(int + frac) * factor).toString(), frac.length);
}
