/** Story views for the Discord formatter tests. */
import type { Fact } from '../../../../src/core/facts/fact.ts';
import type { StoryView } from '../../../../src/core/message.ts';

export const TZ = 'Asia/Seoul';

const base = { key: 'k', start: 0, end: 1, where: 'headline' as const };
export const FACTS: Fact[] = [
  { ...base, kind: 'quantity', text: '26만장', value: 260000, exact: '260000', unit: '장' },
  { ...base, kind: 'money', text: '약 14조원', value: 14e12, exact: '14000000000000', currency: 'KRW', approx: 'about' },
  { ...base, kind: 'quote', text: '"윈윈할 것"', speaker: '하정우' },
  { ...base, kind: 'org', text: 'NVIDIA', name: '엔비디아' },
];

export function story(over: Partial<StoryView> = {}): StoryView {
  return {
    id: 'a1',
    title: '엔비디아, 한국에 GPU 26만장 공급',
    url: 'https://news.example.kr/article/1',
    feed: '연합뉴스',
    published: new Date('2026-11-29T01:20:00Z'),
    topics: ['AI반도체'],
    keywords: ['엔비디아', 'GPU'],
    facts: [],
    otherSources: [],
    ...over,
  };
}

/** n distinct stories whose titles say their number, for order checks. */
export function manyStories(n: number, over: Partial<StoryView> = {}): StoryView[] {
  return Array.from({ length: n }, (_, i) =>
    story({
      id: `s${i}`,
      title: `기사 ${i + 1}번: 반도체 수출 ${i + 1}개월 연속 증가, 정부 "추가 지원" 검토`,
      url: `https://news.example.kr/article/${i + 1}?from=rss&section=economy`,
      published: new Date(Date.UTC(2026, 10, 29, 0, i)),
      facts: FACTS.slice(0, 3),
      otherSources: [{ feed: '한국경제', title: 't', url: 'https://hankyung.example/1', published: new Date('2026-11-29T02:00:00Z') }],
      ...over,
    }),
  );
}
