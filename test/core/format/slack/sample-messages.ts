/** Messages for the Slack formatter tests: a Korean story with facts, sources and keywords. */
import type { Fact } from '../../../../src/core/facts/fact.ts';
import type { AlertMessage, DigestMessage, SourceRef, StoryView, UpdateMessage } from '../../../../src/core/message.ts';

const span = { start: 0, end: 1, where: 'headline' as const };

export const FACTS: Fact[] = [
  { ...span, key: 'quantity:260000:units', kind: 'quantity', text: '26만장', value: 260000, exact: '260000', unit: '장' },
  {
    ...span,
    key: 'money:KRW:14000000000000',
    kind: 'money',
    text: '약 14조원',
    value: 14e12,
    exact: '14000000000000',
    currency: 'KRW',
    approx: 'about',
  },
  { ...span, key: 'org:엔비디아', kind: 'org', text: 'NVIDIA', name: '엔비디아' },
  { ...span, key: 'person:젠슨 황', kind: 'person', text: '젠슨 황', name: '젠슨 황' },
];

export function story(over: Partial<StoryView> = {}): StoryView {
  return {
    id: 's1',
    title: '엔비디아, 한국에 GPU 26만장 공급…14조원 규모',
    url: 'https://news.example.kr/article/123?from=rss&utm=x',
    feed: '연합뉴스',
    published: new Date('2026-11-29T01:20:00Z'),
    topics: ['AI 반도체'],
    keywords: ['엔비디아', 'GPU'],
    facts: FACTS,
    otherSources: [],
    ...over,
  };
}

export function source(over: Partial<SourceRef> = {}): SourceRef {
  return {
    feed: '한국경제',
    title: '젠슨 황 "한국은 AI 파트너"…GPU 26만장',
    url: 'https://hankyung.example.kr/a/9',
    published: new Date('2026-11-29T01:45:00Z'),
    ...over,
  };
}

export const alert = (over: Partial<StoryView> = {}): AlertMessage => ({ kind: 'alert', story: story(over) });

export const update = (over: Partial<UpdateMessage> = {}): UpdateMessage => ({
  kind: 'update',
  story: story({ otherSources: [source()] }),
  source: source(),
  ...over,
});

/** `n` stories spread over `topics` sections, ids s1…sn in order. */
export function digest(n: number, topics = ['AI 반도체', '배터리'], over: Partial<DigestMessage> = {}): DigestMessage {
  const sections = topics.map((topic) => ({ topic, stories: [] as StoryView[] }));
  for (let i = 1; i <= n; i++) {
    const section = sections[Math.floor(((i - 1) * topics.length) / n)];
    section?.stories.push(
      story({
        id: `s${i}`,
        title: `기사 ${i}: 엔비디아 GPU 공급 확대 소식`,
        url: `https://news.example.kr/article/${i}`,
        topics: [section.topic],
        published: new Date(Date.UTC(2026, 10, 29, 0, i)),
      }),
    );
  }
  return {
    kind: 'digest',
    since: new Date('2026-11-28T12:00:00Z'),
    until: new Date('2026-11-29T00:00:00Z'),
    sections,
    more: 0,
    reason: 'schedule',
    ...over,
  };
}

/** Every mrkdwn text in a list of blocks, in order. */
export function mrkdwnTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(mrkdwnTexts);
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  if (o.type === 'mrkdwn' && typeof o.text === 'string') return [o.text];
  return Object.values(o).flatMap(mrkdwnTexts);
}

/** The `<…>` sequences of mrkdwn: links and mentions as Slack would read them. */
export function angleTokens(text: string): string[] {
  return text.match(/<[^<>]*>/g) ?? [];
}

/** True when a string holds half of a surrogate pair. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
