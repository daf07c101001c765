/**
 * The value of a Korean number read as tokens (numbers.ts): `exact`, the
 * exact decimal string, and `value`, the nearest JS number. Whole numbers
 * within 2^53 are summed as doubles, which is exact in that range and needs
 * no parsing back; decimals and larger sums go through scaled integers
 * (BigInt past 2^53).
 */

export interface KoreanNumber {
  /** Nearest JS number to the exact value (exact up to 2^53). */
  value: number;
  /** Exact decimal value without grouping: "12345678900000", "202.49". */
  exact: string;
  /** 여 (26만여: "more than") → 'over'; 수 (수십억: "several") → 'about' with the value of 십억. */
  approx?: 'about' | 'over';
  /** The first big unit the number was written with (10n**12n for 3조, 10n**4n for 1천2백만), 1n when none. */
  leadUnit: bigint;
}

/** 10^k for the unit exponents (0–16); doubles hold powers of ten exactly up to 10^22. */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** Big units by exponent, as BigInt (leadUnit). */
export const BIG_UNIT_VALUES: Readonly<Record<number, bigint>> = { 0: 1n, 4: 10n ** 4n, 8: 10n ** 8n, 12: 10n ** 12n, 16: 10n ** 16n };

export interface Token {
  int: string;
  frac: string;
  /** Exponents of the small (십백천) and big (만억조경) unit; 0 when absent. */
  small: number;
  big: number;
}

/** Formats the integer digits of `scaled / 10^scale` as a plain decimal string without trailing zeros. */
export function formatScaled(scaledDigits: string, scale: number): string {
  if (scale === 0) return scaledDigits;
  const digits = scaledDigits.padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale).replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

/**
 * The exact sum, scaled by 10^scale, as integer digits. Numbers are exact
 * while every partial sum stays at or below 2^53 − 1; they only grow, so a
 * final sum in range proves the whole computation exact. Otherwise BigInt.
 */
function scaledSum(tokens: readonly Token[], scale: number): string {
  let total = 0;
  let section = 0;
  for (const t of tokens) {
    const v = Number(t.int + t.frac.padEnd(scale, '0')) * 10 ** t.small;
    if (t.big > 0) {
      total += (section + v) * 10 ** t.big;
      section = 0;
    } else {
      section += v;
    }
  }
  if (total + section <= Number.MAX_SAFE_INTEGER) return String(total + section);
  let bigTotal = 0n;
  let bigSection = 0n;
  for (const t of tokens) {
    const v = BigInt(t.int + t.frac.padEnd(scale, '0')) * 10n ** BigInt(t.small);
    if (t.big > 0) {
      bigTotal += (bigSection + v) * 10n ** BigInt(t.big);
      bigSection = 0n;
    } else {
      bigSection += v;
    }
  }
  return (bigTotal + bigSection).toString();
}

/** The sum of whole-number tokens, or undefined when it may exceed 2^53 − 1 (see scaledSum). */
function wholeSum(tokens: readonly Token[]): number | undefined {
  let total = 0;
  let section = 0;
  for (const t of tokens) {
    const v = Number(t.int) * (POW10[t.small] as number);
    if (t.big > 0) {
      total += (section + v) * (POW10[t.big] as number);
      section = 0;
    } else {
      section += v;
    }
  }
  return total + section <= Number.MAX_SAFE_INTEGER ? total + section : undefined;
}

/**
 * The decimal string of a whole sum. One token (3조, 141억, 26만) is its
 * digits and zeros, which is cheaper than printing a large double.
 */
function wholeDigits(tokens: readonly Token[], sum: number): string {
  const only = tokens.length === 1 ? tokens[0] : undefined;
  if (!only || sum === 0) return String(sum);
  let lead = 0;
  while (lead < only.int.length - 1 && only.int.charCodeAt(lead) === 0x30) lead++;
  return only.int.slice(lead) + '0'.repeat(only.small + only.big);
}

function toExact(exact: string, leadUnit: bigint): KoreanNumber {
  return { value: Number(exact), exact, leadUnit };
}

export function toNumber(tokens: Token[], approx: KoreanNumber['approx']): KoreanNumber {
  let scale = 0;
  let lead = 0;
  for (const t of tokens) {
    scale = Math.max(scale, t.frac.length);
    if (lead === 0) lead = t.big;
  }
  const leadUnit = BIG_UNIT_VALUES[lead] ?? 10n ** BigInt(lead);
  const whole = scale === 0 ? wholeSum(tokens) : undefined;
  // A whole number within 2^53 is its own nearest double, so it needs no parsing back.
  const result: KoreanNumber =
    whole !== undefined ? { value: whole, exact: wholeDigits(tokens, whole), leadUnit } : toExact(formatScaled(scaledSum(tokens, scale), scale), leadUnit);
  if (approx) result.approx = approx;
  return result;
}
