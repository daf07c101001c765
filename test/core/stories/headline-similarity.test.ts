import { describe, expect, it } from 'vitest';
import { headlineSimilarity, signatureSimilarity } from '../../../src/core/stories/headline-similarity.ts';

describe('headlineSimilarity', () => {
  it('is 1 for the same headline told with different tags and spacing', () => {
    expect(headlineSimilarity('[속보] 한은 기준금리 동결', '한은, 기준금리 동결 - 연합뉴스')).toMatchObject({ jaccard: 1, overlap: 1 });
  });

  it('is 0 for headlines with no bigram in common', () => {
    expect(headlineSimilarity('코스피 급등', '北 미사일 발사')).toMatchObject({ jaccard: 0, overlap: 0 });
  });

  it('gives overlap 1 when the shorter headline is wholly inside the longer one', () => {
    const sim = headlineSimilarity('삼성전자 3분기 영업이익 12조', '삼성전자 3분기 영업이익 12조…반도체 부활에 HBM 날개');
    expect(sim.overlap).toBe(1);
    expect(sim.jaccard).toBeLessThan(0.6);
    expect(sim.smaller).toBe(13);
  });

  it('is symmetric', () => {
    const a = '엔비디아, 한국에 GPU 26만장 공급';
    const b = '엔비디아 GPU 26만장 공급에 "윈윈할 것"';
    expect(headlineSimilarity(a, b)).toEqual(headlineSimilarity(b, a));
  });

  it('counts shared over union and over the smaller set', () => {
    expect(signatureSimilarity([1, 2, 3], [2, 3, 4, 5])).toEqual({
      jaccard: 2 / 5,
      overlap: 2 / 3,
      smaller: 3,
    });
  });

  it('is 0, not NaN, for empty signatures', () => {
    expect(signatureSimilarity([], [])).toEqual({ jaccard: 0, overlap: 0, smaller: 0 });
  });
});
