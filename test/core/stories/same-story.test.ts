import { describe, expect, it } from 'vitest';
import { isSameStory } from '../../../src/core/stories/same-story.ts';
import type { StoryCandidate } from '../../../src/core/stories/story-candidate.ts';
import {
  DIFFERENT_STORY_PAIRS,
  OUTSIDE_WINDOW_PAIRS,
  SAME_STORY_PAIRS,
  type LabelledPair,
} from '../../fixtures/stories/headlines.ts';

const mustMerge = SAME_STORY_PAIRS.filter((p) => p.knownMiss === undefined);
const label = (pairs: readonly LabelledPair[]) => pairs.map((p) => [p.note, p] as const);

describe('isSameStory on labelled headline pairs', () => {
  it('has enough labelled pairs to mean something', () => {
    expect(mustMerge.length).toBeGreaterThanOrEqual(15);
    expect(DIFFERENT_STORY_PAIRS.length).toBeGreaterThanOrEqual(15);
  });

  it.each(label(mustMerge))('merges %s', (_note, { a, b }) => {
    expect(isSameStory(a, b)).toBe(true);
    expect(isSameStory(b, a)).toBe(true);
  });

  it.each(label(DIFFERENT_STORY_PAIRS))('keeps apart %s', (_note, { a, b }) => {
    expect(isSameStory(a, b)).toBe(false);
  });

  it.each(label(OUTSIDE_WINDOW_PAIRS))('keeps apart, being outside the window, %s', (_note, { a, b }) => {
    expect(isSameStory(a, b)).toBe(false);
    expect(isSameStory(a, { ...b, published: a.published })).toBe(true);
  });

  it('measures precision 1 and recall at least 0.7 over all labelled pairs', () => {
    const merged = SAME_STORY_PAIRS.filter((p) => isSameStory(p.a, p.b)).length;
    const falseMerges = [...DIFFERENT_STORY_PAIRS, ...OUTSIDE_WINDOW_PAIRS].filter((p) => isSameStory(p.a, p.b)).length;
    expect(falseMerges).toBe(0);
    expect(merged / SAME_STORY_PAIRS.length).toBeGreaterThanOrEqual(0.7);
  });
});

const at = (iso: string) => new Date(iso);
const story = (title: string, published: Date, ...factKeys: string[]): StoryCandidate => ({ title, published, factKeys });

describe('isSameStory rules', () => {
  const base = at('2025-10-31T12:00:00+09:00');
  const gpu = story('엔비디아, 한국에 GPU 26만장 공급', base, 'quantity:260000:units');

  it('merges up to exactly the window and not a millisecond beyond', () => {
    const twin = (ms: number) => story(gpu.title, new Date(base.getTime() + ms), ...gpu.factKeys);
    expect(isSameStory(gpu, twin(48 * 3_600_000))).toBe(true);
    expect(isSameStory(gpu, twin(48 * 3_600_000 + 1))).toBe(false);
    expect(isSameStory(gpu, twin(-48 * 3_600_000 - 1))).toBe(false);
  });

  it('takes a window from the options', () => {
    const later = story(gpu.title, at('2025-11-03T12:00:00+09:00'));
    expect(isSameStory(gpu, later)).toBe(false);
    expect(isSameStory(gpu, later, { windowHours: 72 })).toBe(true);
  });

  it('never merges an article with an invalid date', () => {
    expect(isSameStory(gpu, story(gpu.title, new Date(Number.NaN)))).toBe(false);
  });

  it('merges grey-zone wording on a shared numeric fact but not on a shared organisation', () => {
    const a = story('한은, 기준금리 연 2.50%로 동결…3연속 동결', base, 'org:한국은행', 'percent:2.5:%');
    const b = story('[1보] 한국은행 기준금리 2.5% 동결', base, 'org:한국은행', 'percent:2.5:%');
    expect(isSameStory(a, b)).toBe(true);
    expect(isSameStory(a, { ...b, factKeys: ['org:한국은행'] })).toBe(false);
  });

  it('does not trust the overlap of a very short headline', () => {
    const short = story('삼성전자 실적', base);
    const long = story('삼성전자 실적 발표 앞두고 외국인 순매수', base);
    expect(isSameStory(short, long)).toBe(false);
    expect(isSameStory(short, long, { overlapMinBigrams: 0 })).toBe(true);
  });

  it('follows thresholds given in the options', () => {
    const a = story('카카오, 오픈AI와 전략적 제휴…챗GPT 카톡에 탑재', base);
    const b = story('카카오톡에 챗GPT 들어온다…카카오·오픈AI 협력', base);
    expect(isSameStory(a, b)).toBe(false);
    expect(isSameStory(a, b, { jaccardHigh: 0.3 })).toBe(true);
  });
});
