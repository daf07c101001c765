import { describe, expect, it } from 'vitest';
import { articleFacts } from '../../src/core/article-facts.ts';
import { toArticle } from '../../src/core/article-from-entry.ts';
import { compileKeywords } from '../../src/core/match/keyword-matcher.ts';
import { isMatched, screenEntries } from '../../src/core/screen-entries.ts';

const NOW = new Date('2026-11-29T01:00:00Z');
const feed = { name: '연합뉴스', url: 'https://www.yna.co.kr/rss/economy.xml' };
const matcher = compileKeywords([
  { topic: 'nvidia', keyword: '엔비디아' },
  { topic: 'gpu', keyword: 'GPU' },
]);
const entries = [
  { guid: 'a1', title: '엔비디아, 한국에 GPU 26만장 공급', summary: '젠슨 황 CEO는 “윈윈할 것”이라고 말했다.', published: new Date('2026-11-28T23:00:00Z') },
  { guid: 'a2', title: '한국은행, 기준금리 연 2.5% 동결', link: 'https://www.yna.co.kr/view/AKR1?utm_source=rss' },
  { summary: '' }, // nothing to show or match: dropped
];

describe('screenEntries', () => {
  it('keeps a matched article in full, with its hits and facts', () => {
    const [first] = screenEntries(entries, { feed, now: NOW, matcher, timeZone: 'Asia/Seoul', facts: true });
    expect(first && isMatched(first)).toBe(true);
    if (!first || !isMatched(first)) return;
    expect(first).toMatchObject({ ...toArticle(entries[0]!, feed, NOW), topics: ['nvidia', 'gpu'] });
    expect(first.hits.map((h) => h.keyword)).toEqual(['엔비디아', 'GPU']);
    const facts = articleFacts(toArticle(entries[0]!, feed, NOW)!, 'Asia/Seoul');
    expect(first.factKeys).toEqual(facts.factKeys);
    expect(first.factKeys).toContain('quantity:260000:units');
    expect(first.facts).toEqual(facts.facts);
  });

  it('keeps only the identity of an article that matched nothing, and drops empty entries', () => {
    const screened = screenEntries(entries, { feed, now: NOW, matcher, timeZone: 'Asia/Seoul', facts: true });
    expect(screened).toHaveLength(2);
    const { id, keys } = toArticle(entries[1]!, feed, NOW)!;
    expect(screened[1]).toEqual({ id, keys, topics: [] });
  });

  it('leaves facts for later when the feed reads them from the article page', () => {
    const [first] = screenEntries(entries, { feed, now: NOW, matcher, timeZone: 'Asia/Seoul', facts: false });
    expect(first && isMatched(first) && first.factKeys).toBeUndefined();
  });
});
