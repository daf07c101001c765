/**
 * Boundary rules that decide whether a keyword found by the automaton stands
 * as a word in the text (notes/korean.md §3). They read the normalised text
 * (its first `length` code units), where separators are still present.
 */
import { isHangulSyllable, isLatinOrDigit } from './char-classes.ts';

/** What a keyword's first or last character asks of its neighbour. */
export type EdgeKind = 'hangul' | 'latin' | 'other';

/** The edge kind of code unit `c` (-1 for none). */
export function edgeKind(c: number): EdgeKind {
  if (isHangulSyllable(c)) return 'hangul';
  if (isLatinOrDigit(c)) return 'latin';
  return 'other';
}

/**
 * Particles and suffixes that may follow a Hangul-final keyword
 * (엔비디아가, 엔비디아에서는, 삼성측). Longest first so 에서는 is tried
 * before 에서; matching backtracks anyway, the order only saves work.
 */
export const KOREAN_PARTICLES: readonly string[] = [
  '에서는', '으로는', '이라고',
  '에서', '에게', '으로', '까지', '부터', '처럼', '보다', '이나',
  '와', '과', '의', '이', '가', '은', '는', '을', '를', '에', '도', '만', '로', '측', '발', '용', '향',
];

/** 엔비디아와의 = keyword + 와 + 의: at most this many particles in a row. */
const MAX_PARTICLE_CHAIN = 2;

/** The normalised text a rule reads: code units valid up to `length`. */
export interface UnitText {
  units: Uint16Array;
  length: number;
}

/** The unit at `i`, or -1 outside the text. */
function unitAt(t: UnitText, i: number): number {
  return i >= 0 && i < t.length ? (t.units[i] as number) : -1;
}

function startsWith(t: UnitText, s: string, pos: number): boolean {
  if (pos + s.length > t.length) return false;
  for (let k = 0; k < s.length; k++) if (t.units[pos + k] !== s.charCodeAt(k)) return false;
  return true;
}

/** True when, from `pos`, the text is a chain of 1..`left` particles followed by a non-syllable or the end. */
function particleChainEndsWord(t: UnitText, pos: number, left: number): boolean {
  for (const particle of KOREAN_PARTICLES) {
    if (!startsWith(t, particle, pos)) continue;
    const after = pos + particle.length;
    if (!isHangulSyllable(unitAt(t, after))) return true;
    if (left > 1 && particleChainEndsWord(t, after, left - 1)) return true;
  }
  return false;
}

/**
 * English plural suffixes a Latin-final keyword may carry (GPUs, boxes). The
 * possessives 's / ’s / s' need no entry: an apostrophe is already a boundary,
 * and GPUs' is GPU + s followed by one.
 */
const LATIN_SUFFIXES: readonly string[] = ['es', 's'];

function pluralEndsWord(t: UnitText, pos: number): boolean {
  return LATIN_SUFFIXES.some((s) => startsWith(t, s, pos) && !isLatinOrDigit(unitAt(t, pos + s.length)));
}

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Model and generation numbers after a letter-final keyword: HBM matches HBM4
 * and HBM3E, GPU matches GPU5 (digits, then at most one letter, then a word
 * end). A digit-final keyword gets no such leeway: H1 is not in H100.
 */
function versionEndsWord(t: UnitText, last: number): boolean {
  if (!isAsciiLetter(unitAt(t, last))) return false;
  let i = last + 1;
  if (!isAsciiDigit(unitAt(t, i))) return false;
  while (isAsciiDigit(unitAt(t, i))) i++;
  if (isAsciiLetter(unitAt(t, i))) i++;
  return !isLatinOrDigit(unitAt(t, i));
}

/**
 * Left edge: a Hangul-initial keyword must not follow a syllable (삼성 is not
 * in 대삼성); a Latin/digit-initial one must not follow a Latin letter or digit
 * (AI is not in KAIST). Hangul next to Latin is a boundary (생성형AI).
 */
export function leftEdgeOk(kind: EdgeKind, t: UnitText, first: number): boolean {
  const before = unitAt(t, first - 1);
  if (kind === 'hangul') return !isHangulSyllable(before);
  if (kind === 'latin') return !isLatinOrDigit(before);
  return true;
}

/**
 * Right edge: a Hangul-final keyword needs a non-syllable, the end, or a
 * particle chain next (엔비디아코리아 is not 엔비디아); a Latin/digit-final one
 * needs a non-Latin/digit, a plural suffix or a version number (AI is not in
 * AIR, but is in AIs; HBM is in HBM4).
 * `compound` keywords (written with a trailing `*`) accept anything after.
 */
export function rightEdgeOk(kind: EdgeKind, compound: boolean, t: UnitText, last: number): boolean {
  if (compound) return true;
  const after = last + 1;
  if (kind === 'hangul') return !isHangulSyllable(unitAt(t, after)) || particleChainEndsWord(t, after, MAX_PARTICLE_CHAIN);
  if (kind === 'latin') return !isLatinOrDigit(unitAt(t, after)) || pluralEndsWord(t, after) || versionEndsWord(t, last);
  return true;
}
