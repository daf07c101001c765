import { describe, expect, it } from 'vitest';
import { toArticle } from '../../src/core/article-from-entry.ts';
import { compileKeywords } from '../../src/core/match/keyword-matcher.ts';
import { itemKeysOf } from '../../src/core/item-memory.ts';
import { screenEntries } from '../../src/core/screen-entries.ts';

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
  it('keeps a matched article in full, with the topics and keywords that matched', () => {
    const { matched } = screenEntries(entries, { feed, now: NOW, matcher });
    expect(matched).toHaveLength(1);
    const [first] = matched;
    expect(first).toEqual({ ...toArticle(entries[0]!, feed, NOW), topics: ['nvidia', 'gpu'], hits: first?.hits });
    expect(first?.hits.map((h) => [h.keyword, h.field])).toEqual([
      ['엔비디아', 'title'],
      ['GPU', 'title'],
    ]);
  });

  it('keeps only the key hashes of an article that matched nothing, and drops empty entries', () => {
    const { unmatched } = screenEntries(entries, { feed, now: NOW, matcher });
    const { keys } = toArticle(entries[1]!, feed, NOW)!;
    expect(keys.length).toBeGreaterThan(1);
    expect(unmatched).toEqual(itemKeysOf([keys]));
  });
});
