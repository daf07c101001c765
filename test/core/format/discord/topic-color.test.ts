import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOR, derivedTopicColor, topicColor } from '../../../../src/core/format/discord/topic-color.ts';

describe('topic colours', () => {
  it('uses the configured colour of the first topic', () => {
    expect(topicColor(['AI반도체', '부동산'], { AI반도체: 0x76b900 })).toBe(0x76b900);
    expect(topicColor(['부동산', 'AI반도체'], { AI반도체: 0x76b900 })).toBe(derivedTopicColor('부동산'));
  });

  it('derives a stable colour from the topic name', () => {
    expect(derivedTopicColor('부동산')).toBe(derivedTopicColor('부동산'));
    // Pinned: the colour must not change between releases or machines.
    expect(derivedTopicColor('부동산')).toBe(0x2d51d2);
    // NFD input (decomposed jamo) is the same topic.
    expect(derivedTopicColor('부동산'.normalize('NFD'))).toBe(derivedTopicColor('부동산'));
  });

  it('gives different topics visibly different colours', () => {
    const colors = ['AI반도체', '부동산', '경제', '정치', '반도체', '금리', '환율', 'AI'].map(derivedTopicColor);
    expect(new Set(colors).size).toBe(colors.length);
    for (const c of colors) {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(0xffffff);
    }
  });

  it('falls back to a default without topics', () => {
    expect(topicColor([])).toBe(DEFAULT_COLOR);
  });

  it('ignores inherited keys in the configured map', () => {
    expect(topicColor(['constructor'], {})).toBe(derivedTopicColor('constructor'));
  });
});
