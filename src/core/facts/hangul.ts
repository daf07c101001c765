/**
 * Small Hangul helpers shared by the fact extractors: character classes,
 * batchim, a length-preserving width fold, and the "particle tail" test that
 * decides whether a unit or name really ends a word (26만장을 yes, 3개월 no,
 * 엔비디아 is not 엔 + particles). notes/korean.md §3.
 */

export function isHangulSyllable(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '가' && ch <= '힣';
}

export function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z]$/.test(ch);
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
  while (isHangulSyllable(text[end])) end++;
  return text.slice(pos, end);
}

/** True when `tail` is a chain of particles (and allowed suffixes), e.g. 에서는, 로부터, 규모의. */
export function isParticleTail(tail: string, extra: readonly string[] = []): boolean {
  if (tail === '') return true;
  for (const piece of [...extra, ...PARTICLES]) {
    if (tail.startsWith(piece) && isParticleTail(tail.slice(piece.length), extra)) return true;
  }
  return false;
}

/** True when the word ends at `pos`: no Hangul follows, or only particles (and `extra` suffixes) do. */
export function wordEndsAt(text: string, pos: number, extra: readonly string[] = []): boolean {
  return isParticleTail(hangulRunAt(text, pos), extra);
}

/** True when nothing word-like (Hangul, Latin letter, digit) sits just before `pos`. */
export function wordStartsAt(text: string, pos: number): boolean {
  const prev = text[pos - 1];
  return !isHangulSyllable(prev) && !isAsciiLetter(prev) && !isDigit(prev);
}

/** Splits a word into its stem and the longest particle ending (엔비디아가 → 엔비디아 + 가). */
export function stripParticle(word: string): { stem: string; particle: string } {
  for (let i = 1; i < word.length; i++) {
    const tail = word.slice(i);
    if (isHangulSyllable(tail[0]) && isParticleTail(tail)) return { stem: word.slice(0, i), particle: tail };
  }
  return { stem: word, particle: '' };
}
