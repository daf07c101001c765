import { describe, expect, it } from 'vitest';
import { anchoredMatches } from '../../../src/core/facts/anchored-matches.ts';

const DAY = /(?:(지난달|이번 달|다음 달|지난|오는) )?(?<![\d.,])(\d{1,2})일/g;
const pattern = {
  sticky: new RegExp(DAY.source, 'y'),
  anchor: '일',
  reach: 7,
  canStart: (code: number) => (code >= 0x30 && code <= 0x39) || [...'지이다오'].some((c) => c.charCodeAt(0) === code),
};
const shape = (ms: readonly RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);

describe('anchoredMatches', () => {
  it('finds what a global scan finds, in order', () => {
    let seed = 17;
    const r = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const parts = ['1', '12', '123', '일', ' ', '지난달 ', '이번 달 ', '다음 달 ', '지난 ', '오는 ', '.', ',', '가', '일일'];
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let i = 0, n = Math.floor(r() * 14); i < n; i++) text += parts[Math.floor(r() * parts.length)];
      expect(shape(anchoredMatches(pattern, text)), text).toEqual(shape([...text.matchAll(DAY)]));
    }
  });

  it('reads a prefix word and its digits as one match', () => {
    expect(shape(anchoredMatches(pattern, '그는 지난달 31일과 5일에'))).toEqual([
      [3, '지난달 31일', '지난달', '31'],
      [12, '5일', undefined, '5'],
    ]);
  });
});
