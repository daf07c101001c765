import { describe, it, expect } from 'vitest';
import { compileKeywords } from '../../../src/core/match/keyword-matcher.ts';
import type { KeywordMatcher, KeywordOccurrence } from '../../../src/core/match/keyword-matcher.ts';
import { matchTopics } from '../../../src/core/match/match-topics.ts';

const matcher = compileKeywords([
  { topic: 'nvidia', keyword: '엔비디아' },
  { topic: 'nvidia', keyword: 'GPU' },
  { topic: 'nvidia', keyword: '엔비디아코리아', exclude: true },
  { topic: 'robots', keyword: '피지컬 AI' },
  { topic: 'robots', keyword: '로봇' },
  { topic: 'yuan', keyword: '위안' },
  { topic: 'yuan', keyword: '위안부', exclude: true },
  { topic: 'excluded-only', keyword: '엔비디아', exclude: true },
]);

const topicsOf = (title: string, summary: string): string[] =>
  matchTopics(matcher, { title, summary }).map((m) => m.topic);

describe('matchTopics', () => {
  it.each([
    ['a keyword in the title', '엔비디아, 신형 칩 공개', '', ['nvidia']],
    ['a keyword in the summary only', '신형 칩 공개', 'GPU 공급 확대', ['nvidia']],
    ['no keyword', '날씨 맑음', '전국 맑음', []],
    ['an exclusion in the title vetoes a summary hit', '엔비디아코리아 채용', 'GPU 공급', []],
    ['an exclusion in the summary vetoes a title hit', '엔비디아 GPU', '엔비디아코리아 관계자는', []],
    ['an exclusion only vetoes its own topic', '엔비디아코리아, 피지컬 AI 로봇', '', ['robots']],
    ['위안 matches the currency', '위안화 약세… 1달러=7위안', '', ['yuan']],
    ['위안부 vetoes the currency topic', '위안부 피해자 기림의 날', '7위안', []],
    ['several topics at once, in spec order', '피지컬AI 로봇에 엔비디아 GPU', '', ['nvidia', 'robots']],
  ])('%s', (_name, title, summary, expected) => {
    expect(topicsOf(title, summary)).toEqual(expected);
  });

  it('never matches a topic that has only exclusions', () => {
    expect(topicsOf('엔비디아', '')).not.toContain('excluded-only');
  });

  it('reports the non-excluded hits with their field and offsets into that field', () => {
    const title = '[속보] 엔비디아, ＧＰＵ 공급';
    const summary = '젠슨 황은 GPUs 26만장을 엔비디아와의 계약으로';
    const [nvidia] = matchTopics(matcher, { title, summary });
    expect(nvidia?.topic).toBe('nvidia');
    expect(nvidia?.hits).toEqual([
      { topic: 'nvidia', keyword: '엔비디아', text: '엔비디아', field: 'title', start: 5, end: 9 },
      { topic: 'nvidia', keyword: 'GPU', text: 'ＧＰＵ', field: 'title', start: 11, end: 14 },
      { topic: 'nvidia', keyword: 'GPU', text: 'GPU', field: 'summary', start: 6, end: 9 },
      { topic: 'nvidia', keyword: '엔비디아', text: '엔비디아', field: 'summary', start: 17, end: 21 },
    ]);
  });

  it('orders topics by first hit when the matcher does not list its topics', () => {
    const occurrence = (topic: string, start: number): KeywordOccurrence => ({
      topic,
      keyword: topic,
      exclude: false,
      text: topic,
      start,
      end: start + topic.length,
    });
    const fake: KeywordMatcher = { find: (text) => (text === 'T' ? [occurrence('b', 0)] : [occurrence('a', 0)]) };
    expect(matchTopics(fake, { title: 'T', summary: 'S' }).map((m) => m.topic)).toEqual(['b', 'a']);
  });

  it('puts topics the matcher does not list after the listed ones, in first-hit order', () => {
    const occurrence = (topic: string): KeywordOccurrence => ({ topic, keyword: topic, exclude: false, text: topic, start: 0, end: 1 });
    const fake: KeywordMatcher = {
      topics: ['a'],
      find: (text) => (text === 'T' ? [occurrence('c')] : [occurrence('b'), occurrence('a')]),
    };
    expect(matchTopics(fake, { title: 'T', summary: 'S' }).map((m) => m.topic)).toEqual(['a', 'c', 'b']);
  });
});
