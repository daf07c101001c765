/**
 * Which fact keys are strong enough to tie two differently worded headlines
 * together: amounts with their unit (`quantity:260000:units`,
 * `money:14000000000000:KRW`, `percent:90:%`). Organisations and people are
 * not: two Samsung stories on one day share `org:삼성전자`. Dates are not
 * either (every story of the day shares them), nor multiples (`multiple:2`
 * is too common a number).
 */
const NUMERIC_KINDS = new Set(['quantity', 'money', 'percent']);
/** Kinds whose specific amounts identify an event; percentages recur (every rate story has 2.5%). */
const AMOUNT_KINDS = new Set(['quantity', 'money']);

/** `kind:value[:unit]` → kind and value (no array per key: this runs for every fact of every story candidate). */
function parts(key: string): { kind: string; value: string } {
  const a = key.indexOf(':');
  if (a < 0) return { kind: key, value: '' };
  const b = key.indexOf(':', a + 1);
  return { kind: key.slice(0, a), value: b < 0 ? key.slice(a + 1) : key.slice(a + 1, b) };
}

export function isNumericFactKey(key: string): boolean {
  return NUMERIC_KINDS.has(parts(key).kind);
}

/**
 * An amount specific enough to name one event: a money or quantity value with
 * at least two significant digits (26만장, 12.1조원, 1,470원). Round amounts
 * (10조원, 6만장, 3조원) turn up in unrelated stories of the same day.
 */
export function isDistinctiveAmountKey(key: string): boolean {
  const { kind, value } = parts(key);
  if (!AMOUNT_KINDS.has(kind)) return false;
  const digits = value.replace(/[^0-9]/gu, '').replace(/^0+/u, '').replace(/0+$/u, '');
  return digits.length >= 2;
}

/** The numeric keys of a fact list, as a set (computed once per article when comparing against many). */
export function numericKeySet(keys: readonly string[]): Set<string> {
  return new Set(keys.filter(isNumericFactKey));
}

export function sharesNumericFact(a: readonly string[], b: readonly string[]): boolean {
  return intersects(numericKeySet(a), numericKeySet(b));
}

/**
 * A distinctive amount as compared across outlets. Counters are dropped for
 * quantities because outlets count one thing differently (3370만명 of
 * customers vs 3370만건 of records); currencies stay, being different amounts.
 */
export function amountIdentity(key: string): string {
  const { kind, value } = parts(key);
  return kind === 'quantity' ? `${kind}:${value}` : key;
}

/** The distinctive amounts of a fact list, as compared across outlets, as a set. */
export function amountSet(keys: readonly string[]): Set<string> {
  return new Set(keys.filter(isDistinctiveAmountKey).map(amountIdentity));
}

/**
 * True when the two sets share an element. Runs for every comparison of two
 * articles, so it allocates nothing (sets, not arrays: a set has one shape
 * whether empty or not, which keeps V8's optimised callers from deopting).
 */
export function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  for (const x of small) if (large.has(x)) return true;
  return false;
}

export function sharesDistinctiveAmount(a: readonly string[], b: readonly string[]): boolean {
  return intersects(amountSet(a), amountSet(b));
}
