/**
 * Code-unit tests for hand-written scanners that replace regex loops on hot
 * paths; each matches the regex class it stands for exactly.
 */

/** The code units of JavaScript's `\s` (ECMA-262 WhiteSpace and LineTerminator). */
export function isSpaceUnit(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `[가-힣]`: a precomposed Hangul syllable. */
export function isHangulUnit(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

/** `[A-Za-z0-9]`. */
export function isAsciiAlnumUnit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** `[0-9]`. */
export function isDigitUnit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * `text[i]`, or undefined outside the string. Reading a string at a negative
 * or past-the-end index takes V8's generic property lookup, several times
 * slower than an in-range read, and rule code reads neighbours often.
 */
export function charAt(text: string, i: number): string | undefined {
  return i >= 0 && i < text.length ? text[i] : undefined;
}

/**
 * `text.replace(/\s+/g, ' ').trim()`, without building a new string when
 * the text already has only single spaces between words.
 */
export function collapseSpaces(text: string): string {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (!isSpaceUnit(code)) continue;
    if (code !== 0x20 || i === 0 || i === n - 1 || isSpaceUnit(text.charCodeAt(i + 1))) return text.replace(/\s+/g, ' ').trim();
  }
  return text;
}
