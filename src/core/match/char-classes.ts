/**
 * Character classes the matcher's boundary rules are written in. They look at
 * single UTF-16 code units of the normalised text (after NFKC every Hangul
 * syllable, ASCII letter and digit is one BMP unit); -1 stands for "no
 * character" (before the start or past the end).
 */

/** A precomposed Hangul syllable (가–힣). Jamo on their own are not syllables. */
export function isHangulSyllable(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}

const LATIN_RE = /^\p{Script=Latin}/u;
/**
 * Memo of LATIN_RE per non-ASCII BMP unit (0 = not yet tested, 1 = no,
 * 2 = yes), so the runtime's own Unicode data decides, tested once per unit.
 */
const latinMemo = new Uint8Array(0x10000);

/** A Latin letter (any case, accented too) or an ASCII digit: what a Latin word boundary must not touch. */
export function isLatinOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0xac00 && c <= 0xd7a3) return false; // the common non-ASCII case in Korean text
  let known = latinMemo[c] ?? 0;
  if (known === 0) {
    known = LATIN_RE.test(String.fromCharCode(c)) ? 2 : 1;
    latinMemo[c] = known;
  }
  return known === 2;
}

/**
 * Word separators ignored when comparing, so 피지컬 AI = 피지컬AI = 피지컬·AI
 * = 피지컬-AI: whitespace (JavaScript's \s), the middle dot (interpuncts are
 * mapped to it first), hyphen-minus, underscore and the typographic hyphens
 * U+2010/U+2011.
 */
export function isSeparator(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return c === 0x2d || c === 0x5f; // - _
  return (
    c === 0xa0 ||
    c === 0xb7 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2010 ||
    c === 0x2011 ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
