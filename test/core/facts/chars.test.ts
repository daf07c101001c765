import { describe, expect, it } from 'vitest';
import { charAt, collapseSpaces, isAsciiAlnumUnit, isDigitUnit, isHangulUnit, isSpaceUnit } from '../../../src/core/facts/chars.ts';

const units = Array.from({ length: 0x10000 }, (_, code) => code);

describe('code-unit classes', () => {
  it.each([
    ['isSpaceUnit', isSpaceUnit, /\s/],
    ['isHangulUnit', isHangulUnit, /[가-힣]/],
    ['isAsciiAlnumUnit', isAsciiAlnumUnit, /[A-Za-z0-9]/],
    ['isDigitUnit', isDigitUnit, /[0-9]/],
  ] as const)('%s agrees with its regex class on every code unit', (_, test, re) => {
    const disagree = units.filter((code) => test(code) !== re.test(String.fromCharCode(code)));
    expect(disagree).toEqual([]);
  });

  it('treats the NaN of a read past either end as no class', () => {
    expect([isSpaceUnit, isHangulUnit, isAsciiAlnumUnit, isDigitUnit].map((test) => test('가'.charCodeAt(5)))).toEqual([false, false, false, false]);
  });
});

describe('charAt', () => {
  it('reads inside the string and gives undefined outside it', () => {
    expect([charAt('가나', -1), charAt('가나', 0), charAt('가나', 1), charAt('가나', 2)]).toEqual([undefined, '가', '나', undefined]);
  });
});

describe('collapseSpaces', () => {
  it('gives what replacing \\s+ by one space and trimming gives', () => {
    const pieces = ['가', 'a', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u2009', '.'];
    let seed = 3;
    const r = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let i = 0, n = Math.floor(r() * 8); i < n; i++) text += pieces[Math.floor(r() * pieces.length)];
      expect(collapseSpaces(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' ').trim());
    }
  });
});
