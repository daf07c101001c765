/**
 * Character classes the matcher's boundary rules are written in. They look at
 * single UTF-16 units of the normalised text (after NFKC every Hangul
 * syllable, ASCII letter and digit is one BMP unit).
 */

/** A precomposed Hangul syllable (가–힣). Jamo on their own are not syllables. */
export function isHangulSyllable(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c >= 0xac00 && c <= 0xd7a3;
}

const LATIN_OR_DIGIT_RE = /^[\p{Script=Latin}0-9]/u;

/** A Latin letter (any case, accented too) or an ASCII digit: what a Latin word boundary must not touch. */
export function isLatinOrDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LATIN_OR_DIGIT_RE.test(ch);
}

/**
 * Word separators ignored when comparing, so 피지컬 AI = 피지컬AI = 피지컬·AI
 * = 피지컬-AI: whitespace, the middle dot (interpuncts are mapped to it
 * first), hyphen-minus, underscore and the typographic hyphens U+2010/U+2011.
 */
export function isSeparator(ch: string): boolean {
  return ch === '\u00B7' || ch === '-' || ch === '_' || ch === '\u2010' || ch === '\u2011' || /^\s$/.test(ch);
}
