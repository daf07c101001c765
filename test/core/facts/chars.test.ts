import { describe, expect, it } from 'vitest';
import { charAt, isAsciiAlnumUnit, isDigitUnit, isHangulUnit, isSpaceUnit } from '../../../src/core/facts/chars.ts';

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
