/**
 * Boundary rules that decide whether a keyword found by the automaton stands
 * as a word in the text (notes/korean.md §3). They read the normalised text,
 * where separators are still present.
 */
import { isHangulSyllable, isLatinOrDigit } from './char-classes.ts';

/** What a keyword's first or last character asks of its neighbour. */
export type EdgeKind = 'hangul' | 'latin' | 'other';

export function edgeKind(ch: string | undefined): EdgeKind {
  if (isHangulSyllable(ch)) return 'hangul';
  if (isLatinOrDigit(ch)) return 'latin';
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

/** True when, from `pos`, the text is a chain of 1..`left` particles followed by a non-syllable or the end. */
function particleChainEndsWord(text: string, pos: number, left: number): boolean {
  for (const particle of KOREAN_PARTICLES) {
    if (!text.startsWith(particle, pos)) continue;
    const after = pos + particle.length;
    if (!isHangulSyllable(text[after])) return true;
    if (left > 1 && particleChainEndsWord(text, after, left - 1)) return true;
  }
  return false;
}

/**
 * English plural suffixes a Latin-final keyword may carry (GPUs, boxes). The
 * possessives 's / ’s / s' need no entry: an apostrophe is already a boundary,
 * and GPUs' is GPU + s followed by one.
 */
const LATIN_SUFFIXES: readonly string[] = ['es', 's'];

function pluralEndsWord(text: string, pos: number): boolean {
  return LATIN_SUFFIXES.some((s) => text.startsWith(s, pos) && !isLatinOrDigit(text[pos + s.length]));
}

/**
 * Model and generation numbers after a letter-final keyword: HBM matches HBM4
 * and HBM3E, GPU matches GPU5 (digits, then at most one letter, then a word
 * end). A digit-final keyword gets no such leeway: H1 is not in H100.
 */
const VERSION_SUFFIX = /\d+[A-Za-z]?/y;

function versionEndsWord(text: string, last: number): boolean {
  if (!/[A-Za-z]/.test(text[last] ?? '')) return false;
  VERSION_SUFFIX.lastIndex = last + 1;
  return VERSION_SUFFIX.test(text) && !isLatinOrDigit(text[VERSION_SUFFIX.lastIndex]);
}

/**
 * Left edge: a Hangul-initial keyword must not follow a syllable (삼성 is not
 * in 대삼성); a Latin/digit-initial one must not follow a Latin letter or digit
 * (AI is not in KAIST). Hangul next to Latin is a boundary (생성형AI).
 */
export function leftEdgeOk(kind: EdgeKind, text: string, first: number): boolean {
  const before = text[first - 1];
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
export function rightEdgeOk(kind: EdgeKind, compound: boolean, text: string, last: number): boolean {
  if (compound) return true;
  const after = last + 1;
  if (kind === 'hangul') return !isHangulSyllable(text[after]) || particleChainEndsWord(text, after, MAX_PARTICLE_CHAIN);
  if (kind === 'latin') return !isLatinOrDigit(text[after]) || pluralEndsWord(text, after) || versionEndsWord(text, last);
  return true;
}
