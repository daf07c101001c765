/**
 * Small Hangul helpers shared by the fact extractors: character classes,
 * batchim, a length-preserving width fold, and the "particle tail" test that
 * decides whether a unit or name really ends a word (26만장을 yes, 3개월 no,
 * 엔비디아 is not 엔 + particles). notes/korean.md §3.
 */

import { charAt, isHangulUnit } from './chars.ts';
import { LiteralScanner } from './literal-scan.ts';

export function isHangulSyllable(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '가' && ch <= '힣';
}

export function isAsciiLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const code = ch.charCodeAt(0) | 0x20; // ASCII case fold: A–Z → a–z
  return code >= 0x61 && code <= 0x7a;
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** True when a Hangul syllable has a final consonant (은/이 follow it; 는/가 follow an open syllable). */
export function hasBatchim(syllable: string): boolean {
  return (syllable.charCodeAt(0) - 0xac00) % 28 !== 0;
}

/**
 * Full-width ASCII (ＧＰＵ, １조, ％, ～) and odd spaces folded to ASCII one
 * code unit for one, so offsets found in the folded copy are offsets in the
 * original. (NFKC would do more but can change lengths.)
 */
/** The characters foldWidth changes; a text without them is its own fold. */
export const WIDTH_FOLDED = new LiteralScanner([
  ...Array.from({ length: 0xff5e - 0xff01 + 1 }, (_, i) => String.fromCharCode(0xff01 + i)),
  '\u00a0', '\u3000', '\u2009', '\u202f', '\u223c', '\u301c',
]);

export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u00a0\u3000\u2009\u202f\u223c\u301c]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
    if (ch === '\u223c' || ch === '\u301c') return '~'; // ∼ and 〜 as range marks
    return ' ';
  });
}

/**
 * Particles and copula endings that may follow a noun, number unit or name.
 * Deliberately without 요 (honorific, rare in news; 2025 주요 must not read as 2025 주).
 */
const PARTICLES: readonly string[] = [
  '이라는', '이라고', '이라며', '이라도', '이었다', '이었고',
  '에서', '에게', '께서', '한테', '으로', '까지', '부터', '처럼', '보다', '마다', '조차', '마저',
  '이나', '이며', '이고', '이다', '였다', '이라', '이란', '라는', '라고', '라며', '이든',
  '이', '가', '은', '는', '을', '를', '의', '에', '와', '과', '도', '만', '로', '서', '써',
  '나', '며', '고', '다', '인', '란', '라', '엔', '선', '랑',
];

/** Suffixes that may follow a number's unit before particles (26만장 규모 is spaced; these are attached). */
export const UNIT_SUFFIXES: readonly string[] = [
  '가량', '정도', '이상', '이하', '미만', '초과', '규모', '수준', '안팎', '내외', '남짓', '어치', '짜리', '씩', '당', '여',
];

/** The run of Hangul syllables starting at `pos` (empty when text[pos] is not Hangul). */
export function hangulRunAt(text: string, pos: number): string {
  let end = pos;
  while (isHangulUnit(text.charCodeAt(end))) end++;
  return text.slice(pos, end);
}

/**
 * Particle pieces grouped by their first character, built once per list of
 * extras. Pieces must be Hangul: wordEndsAt relies on a chain never leaving
 * the run of Hangul it starts in.
 */
type PieceIndex = ReadonlyMap<number, readonly string[]>;

/** Reachable offsets ahead of the current one are bits of a 32-bit mask, so a piece is shorter than 31. */
const MAX_PIECE = 31;

function buildIndex(pieces: readonly string[]): PieceIndex {
  const index = new Map<number, string[]>();
  for (const piece of pieces) {
    if (piece === '' || piece.length >= MAX_PIECE || ![...piece].every((ch) => isHangulSyllable(ch))) {
      throw new RangeError(`particle pieces are 1–30 Hangul syllables: ${JSON.stringify(piece)}`);
    }
    const first = piece.charCodeAt(0);
    const list = index.get(first) ?? [];
    if (!list.includes(piece)) list.push(piece);
    index.set(first, list);
  }
  return index;
}

const PARTICLE_INDEX = buildIndex(PARTICLES);
const indexes = new WeakMap<readonly string[], PieceIndex>();

function indexFor(extra: readonly string[]): PieceIndex {
  if (extra.length === 0) return PARTICLE_INDEX;
  let index = indexes.get(extra);
  if (!index) {
    index = buildIndex([...extra, ...PARTICLES]);
    indexes.set(extra, index);
  }
  return index;
}

/**
 * Walks reachable offsets left to right from `from` and returns true when
 * `end` is reached, or with `end` = RUN_END, the end of the Hangul run.
 * Linear in the span, and it stops as soon as no piece can continue, so a
 * long Hangul run costs only its particle-like prefix. `mask` bit k: offset
 * p + k is reachable.
 */
const RUN_END = -1;

function chainReaches(text: string, from: number, index: PieceIndex, end: number): boolean {
  let mask = 1;
  for (let p = from; mask !== 0; p++, mask >>>= 1) {
    if ((mask & 1) === 0) continue;
    const code = text.charCodeAt(p); // NaN past the end
    if (end === RUN_END ? !(code >= 0xac00 && code <= 0xd7a3) : p === end) return true;
    const pieces = index.get(code);
    if (pieces === undefined) continue;
    for (const piece of pieces) {
      if (text.startsWith(piece, p)) mask |= 1 << piece.length;
    }
  }
  return false;
}

/** True when `tail` is a chain of particles (and allowed suffixes), e.g. 에서는, 로부터, 규모의. */
export function isParticleTail(tail: string, extra: readonly string[] = []): boolean {
  return chainReaches(tail, 0, indexFor(extra), tail.length);
}

/**
 * True when the word ends at `pos`: no Hangul follows, or only particles (and `extra` suffixes) do.
 * Pieces are all Hangul, so a chain never passes the end of the run; it has
 * covered the run exactly when it reaches a character that is not Hangul.
 */
export function wordEndsAt(text: string, pos: number, extra: readonly string[] = []): boolean {
  return chainReaches(text, pos, indexFor(extra), RUN_END);
}

/** True when nothing word-like (Hangul, Latin letter, digit) sits just before `pos`. */
export function wordStartsAt(text: string, pos: number): boolean {
  const prev = charAt(text, pos - 1);
  return !isHangulSyllable(prev) && !isAsciiLetter(prev) && !isDigit(prev);
}

/** Splits a word into its stem and the longest particle ending (엔비디아가 → 엔비디아 + 가). */
export function stripParticle(word: string): { stem: string; particle: string } {
  // Cheap exit: a particle ending needs a Hangul syllable after the first character.
  let hangul = false;
  for (let i = 1; i < word.length && !hangul; i++) hangul = isHangulUnit(word.charCodeAt(i));
  if (!hangul) return { stem: word, particle: '' };
  // ends[i] = 1: word[i..] is a chain of particles, filled from the end, so each offset is judged once.
  const n = word.length;
  if (chainEnds.length <= n) chainEnds = new Uint8Array(2 * (n + 1));
  const ends = chainEnds;
  ends.fill(0, 0, n);
  ends[n] = 1;
  for (let i = n - 1; i >= 1; i--) {
    for (const piece of PARTICLE_INDEX.get(word.charCodeAt(i)) ?? []) {
      if (ends[i + piece.length] === 1 && word.startsWith(piece, i)) {
        ends[i] = 1;
        break;
      }
    }
  }
  for (let i = 1; i < n; i++) {
    if (ends[i] === 1 && isHangulUnit(word.charCodeAt(i))) return { stem: word.slice(0, i), particle: word.slice(i) };
  }
  return { stem: word, particle: '' };
}

/** stripParticle's table, kept between calls (words are short; it grows for a long one). */
let chainEnds = new Uint8Array(64);
