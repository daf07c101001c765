import { describe, it, expect } from 'vitest';
import { FoldBuffer, foldForMatch, mapInterpuncts, normalizeForMatch, normalizeText, unitsToString } from '../../../src/core/text/normalize.ts';

const NFD = (s: string): string => s.normalize('NFD');

describe('normalizeText', () => {
  it.each([
    ['composes decomposed Hangul', NFD('엔비디아가'), '엔비디아가'],
    ['maps every interpunct look-alike to a middle dot', '현금ㆍ현물・A‧B∙C•D･E', '현금·현물·A·B·C·D·E'],
    ['keeps compatibility characters as written (NFC, not NFKC)', '㈜ＧＰＵ', '㈜ＧＰＵ'],
    ['leaves plain text alone', 'Nvidia 엔비디아 100%', 'Nvidia 엔비디아 100%'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('maps ㆍ before composition so it never becomes the conjoining vowel U+119E', () => {
    expect(normalizeText('현금ㆍ현물')).not.toContain('\u119E');
    expect(mapInterpuncts('ㆍ')).toBe('\u00B7');
  });
});

describe('normalizeForMatch', () => {
  it.each([
    ['folds full-width Latin and lower-cases', 'ＧＰＵ', 'gpu'],
    ['lower-cases ASCII', 'NVIDIA Nvidia', 'nvidia nvidia'],
    ['applies NFKC to enclosed and full-width forms', '㈜１조２천억％', '(주)1조2천억%'],
    ['maps ㆍ to a middle dot, not to U+119E', '현금ㆍ현물', '현금·현물'],
    ['composes NFD Hangul', NFD('삼성전자'), '삼성전자'],
    ['composes compatibility jamo sequences the way NFKC does', 'ㄱㅏ', '가'],
    ['turns a no-break space into a space', 'A\u00A0B', 'a b'],
    ['drops zero-width and soft-hyphen characters', '삼성\u200B전자\u00ADX', '삼성전자x'],
    ['composes a Latin letter with a combining accent', 'Cafe\u0301', 'café'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeForMatch(input).text).toBe(expected);
  });

  it('gives each output unit a span of the original', () => {
    const input = '㈜엔비디아';
    const n = normalizeForMatch(input);
    expect(n.text).toBe('(주)엔비디아');
    expect(n.start).toEqual([0, 0, 0, 1, 2, 3, 4]);
    expect(n.end).toEqual([1, 1, 1, 2, 3, 4, 5]);
  });

  it('maps a syllable composed from NFD jamo back to all of its jamo', () => {
    const input = NFD('각A');
    expect(input.length).toBe(4);
    const n = normalizeForMatch(input);
    expect(n.text).toBe('각a');
    expect([n.start[0], n.end[0]]).toEqual([0, 3]);
    expect([n.start[1], n.end[1]]).toEqual([3, 4]);
  });

  it('keeps a surrogate pair together with one span', () => {
    const n = normalizeForMatch('😀x');
    expect(n.text).toBe('😀x');
    expect(n.start).toEqual([0, 0, 2]);
    expect(n.end).toEqual([2, 2, 3]);
  });

  it('agrees with whole-string NFKC on mixed Korean news text', () => {
    const input = `(서울=연합뉴스) ${NFD('엔비디아')}가 ＧＰＵ 26만장을… ㈜삼성전자ㆍSK하이닉스\u00A0공급`;
    const expected = input.replace(/ㆍ/g, '·').normalize('NFKC').toLowerCase();
    expect(normalizeForMatch(input).text).toBe(expected);
  });

  it('maps every output unit to a span inside the original, in order', () => {
    const input = `A ${NFD('한국')}㈜ ＧＰＵ ㄱㅏ 😀 e\u0301`;
    const n = normalizeForMatch(input);
    expect(n.start).toHaveLength(n.text.length);
    expect(n.end).toHaveLength(n.text.length);
    for (let i = 0; i < n.text.length; i++) {
      const s = n.start[i] as number;
      const e = n.end[i] as number;
      expect(s).toBeLessThan(e);
      expect(e).toBeLessThanOrEqual(input.length);
      if (i > 0) expect(s).toBeGreaterThanOrEqual(n.start[i - 1] as number);
    }
  });

  it('folds punctuation, symbols and full-width forms after letters the way whole-string NFKC does', () => {
    // These blocks take the fast path that folds each code point on its own.
    const blocks: [number, number][] = [[0x2000, 0x2800], [0x3000, 0x3300], [0xff00, 0xfff0]];
    const ignorable = /[\u00AD\u200B-\u200F\u2060\uFEFF]/g;
    const wrong: string[] = [];
    for (const [from, to] of blocks) {
      for (let c = from; c < to; c++) {
        for (const before of ['a', 'e', 'カ', 'ᄀ', '가', 'ㄱ']) {
          const input = before + String.fromCharCode(c);
          const expected = mapInterpuncts(input).normalize('NFKC').toLowerCase().replace(ignorable, '');
          if (normalizeForMatch(input).text !== expected) wrong.push(c.toString(16));
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('foldForMatch', () => {
  it('fills a reused buffer with the same units and spans as normalizeForMatch, growing it as needed', () => {
    const buffer = new FoldBuffer();
    for (const input of ['\uFDFA'.repeat(40), `㈜ＧＰＵ ${NFD('한국')} 😀 e\u0301`, '']) {
      foldForMatch(input, buffer);
      const n = normalizeForMatch(input);
      expect(unitsToString(buffer.units, buffer.length)).toBe(n.text);
      expect(Array.from(buffer.start.subarray(0, buffer.length))).toEqual(n.start);
      expect(Array.from(buffer.end.subarray(0, buffer.length))).toEqual(n.end);
    }
    expect(buffer.units.length).toBeGreaterThanOrEqual(720); // U+FDFA is 18 units after NFKC: 720 in all
  });

  it('turns long unit buffers back into strings', () => {
    const text = '가a'.repeat(10_000);
    const units = Uint16Array.from(text, (ch) => ch.charCodeAt(0));
    expect(unitsToString(units, units.length)).toBe(text);
    expect(unitsToString(units, 3)).toBe('가a가');
  });
});
