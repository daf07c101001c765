import { describe, expect, it } from 'vitest';
import { cutTrailerBlocks } from '../../../../src/core/text/boilerplate/trailer-blocks.ts';

const P1 = '정부는 오늘 새로운 청년 지원 정책을 발표했다고 관계 부처가 전했으며 시행은 내년부터다.';
const P2 = '이번 정책은 청년 주거 안정과 취업 지원을 핵심으로 하며 예산은 3조원 규모라고 밝혔다.';

describe('cutTrailerBlocks', () => {
  it('cuts a marker after the article and everything below it', () => {
    expect(cutTrailerBlocks([P1, P2, '관련기사', '다른 기사 제목', '또 다른 제목'])).toEqual([P1, P2]);
  });

  it('skips only the block of a marker inside the article', () => {
    expect(cutTrailerBlocks([P1, '관련 기사', '다른 기사 제목', P2])).toEqual([P1, P2]);
  });

  it('drops a lone marker line when no article paragraph stands anywhere', () => {
    expect(cutTrailerBlocks(['관련기사', '짧은 줄'])).toEqual(['짧은 줄']);
  });

  it('returns the lines unchanged, as a new array, when there is no marker', () => {
    const lines = [P1, '짧은 줄', P2];
    const out = cutTrailerBlocks(lines);
    expect(out).toEqual(lines);
    expect(out).not.toBe(lines);
  });

  it('reads thousands of marker blocks in one pass (each line judged once)', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => (i % 2 === 0 ? '관련기사' : '짧은 줄'));
    expect(cutTrailerBlocks(lines)).toEqual(Array.from({ length: 1500 }, () => '짧은 줄'));
    expect(cutTrailerBlocks([P1, ...lines])).toEqual([P1]);
  });
});
