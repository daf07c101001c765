import { describe, it, expect } from 'vitest';
import { isHangulSyllable, isLatinOrDigit, isSeparator } from '../../../src/core/match/char-classes.ts';

const EXTRA_SEPARATORS = new Set([0x00b7, 0x2d, 0x5f, 0x2010, 0x2011]);

describe('character classes over code units', () => {
  it('treats "no character" (-1) as none of the classes', () => {
    expect([isHangulSyllable(-1), isLatinOrDigit(-1), isSeparator(-1)]).toEqual([false, false, false]);
  });

  it('counts as separators exactly JavaScript whitespace plus · - _ and the two typographic hyphens', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const expected = /^\s$/.test(String.fromCharCode(c)) || EXTRA_SEPARATORS.has(c);
      if (isSeparator(c) !== expected) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('counts as Latin exactly the units of Script=Latin plus the ASCII digits', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const expected = /^[\p{Script=Latin}0-9]/u.test(String.fromCharCode(c));
      if (isLatinOrDigit(c) !== expected) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(isLatinOrDigit('é'.charCodeAt(0))).toBe(true); // asked again: served from the memo, same answer
  });

  it('counts as syllables only 가 to 힣, not conjoining or compatibility jamo', () => {
    expect(['가', '힣', 'ᄀ', 'ㄱ', 'ㅏ', 'A'].map((ch) => isHangulSyllable(ch.charCodeAt(0)))).toEqual([
      true, true, false, false, false, false,
    ]);
  });
});
