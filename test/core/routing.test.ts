import { describe, expect, it } from 'vitest';
import type { MatchedArticle } from '../../src/core/article.ts';
import { routeArticles } from '../../src/core/routing.ts';

const now = new Date('2026-11-29T10:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);

function article(id: string, feedUrl: string, topics: string[], published: Date): MatchedArticle {
  return {
    id,
    keys: [id],
    feed: feedUrl,
    feedUrl,
    title: id,
    url: undefined,
    summary: '',
    published,
    publishedFromFeed: true,
    author: undefined,
    topics,
    hits: [],
  };
}

const channels = [
  { name: 'ai', platform: 'console', topics: ['nvidia', 'physical-ai'] },
  { name: 'gpu', platform: 'console', topics: ['gpu'] },
];
const backfill = { maxItems: 2, maxAgeMs: 24 * 3600_000 };

describe('routing new articles to channels', () => {
  it('sends each article to every channel that follows one of its topics, once per channel', () => {
    const a = article('a', 'f', ['nvidia', 'gpu', 'physical-ai'], hoursAgo(1));
    const plan = routeArticles([a], channels, new Set(), backfill, now);
    expect(plan.deliveries).toEqual([
      { articleId: 'a', channel: 'ai', platform: 'console' },
      { articleId: 'a', channel: 'gpu', platform: 'console' },
    ]);
    expect(plan.heldBack).toEqual([]);
  });

  it('ignores articles no channel follows', () => {
    const plan = routeArticles([article('x', 'f', ['other'], hoursAgo(1))], channels, new Set(), backfill, now);
    expect(plan).toEqual({ deliveries: [], heldBack: [] });
  });

  it('on a feed\'s first poll delivers only the newest maxItems per channel and nothing older than maxAge', () => {
    const arts = [
      article('old', 'new-feed', ['nvidia'], hoursAgo(30)),
      article('h3', 'new-feed', ['nvidia'], hoursAgo(3)),
      article('h2', 'new-feed', ['nvidia'], hoursAgo(2)),
      article('h1', 'new-feed', ['nvidia'], hoursAgo(1)),
    ];
    const plan = routeArticles(arts, channels, new Set(['new-feed']), backfill, now);
    expect(plan.deliveries.map((d) => d.articleId)).toEqual(['h2', 'h1']);
    expect(plan.heldBack.map((d) => d.articleId)).toEqual(['old', 'h3']);
  });

  it('applies no limit to feeds that were polled before, even in the same cycle', () => {
    const arts = [1, 2, 3, 4].map((i) => article(`s${i}`, 'steady', ['nvidia'], hoursAgo(40)));
    const plan = routeArticles([...arts, article('n1', 'new-feed', ['nvidia'], hoursAgo(1))], channels, new Set(['new-feed']), backfill, now);
    expect(plan.deliveries.map((d) => d.articleId)).toEqual(['s1', 's2', 's3', 's4', 'n1']);
  });

  it('counts the backfill limit per channel', () => {
    const arts = [
      article('a', 'nf', ['nvidia'], hoursAgo(1)),
      article('b', 'nf', ['nvidia'], hoursAgo(2)),
      article('c', 'nf', ['nvidia', 'gpu'], hoursAgo(3)),
    ];
    const plan = routeArticles(arts, channels, new Set(['nf']), backfill, now);
    expect(plan.deliveries.filter((d) => d.channel === 'ai').map((d) => d.articleId)).toEqual(['a', 'b']);
    expect(plan.deliveries.filter((d) => d.channel === 'gpu').map((d) => d.articleId)).toEqual(['c']);
  });

  it('holds everything back when maxItems is 0', () => {
    const plan = routeArticles([article('a', 'nf', ['nvidia'], hoursAgo(1))], channels, new Set(['nf']), { ...backfill, maxItems: 0 }, now);
    expect(plan.deliveries).toEqual([]);
    expect(plan.heldBack).toHaveLength(1);
  });
});
