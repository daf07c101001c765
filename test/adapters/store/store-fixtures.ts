/** Builders for the Store contract tests: fixed instants and complete articles. */
import type { NewDelivery, Store, StoredArticle } from '../../../src/app/ports.ts';

const BASE = Date.UTC(2026, 5, 11, 0, 0, 0);

/** A fixed instant `minutes` after 2026-06-11T00:00Z. */
export function at(minutes: number): Date {
  return new Date(BASE + minutes * 60_000);
}

export function article(id: string, overrides: Partial<StoredArticle> = {}): StoredArticle {
  return {
    id,
    keys: [id],
    feed: '연합뉴스',
    feedUrl: 'https://www.yna.co.kr/rss/news.xml',
    title: `title of ${id}`,
    url: `https://www.yna.co.kr/view/${id}`,
    summary: `summary of ${id}`,
    published: at(0),
    publishedFromFeed: true,
    author: '홍길동 기자',
    topics: ['ai'],
    hits: [{ topic: 'ai', keyword: 'AI', text: 'AI', field: 'title', start: 0, end: 2 }],
    firstSeenAt: at(1),
    // What the store reads back for an article recorded without one: its own story.
    storyId: id,
    ...overrides,
  };
}

export function delivery(articleId: string, channel: string, notBefore: Date = at(0)): NewDelivery {
  return { articleId, channel, platform: channel.startsWith('discord') ? 'discord' : 'slack', notBefore };
}

/** Every article stored in full (those with topics), newest published first: search with no words since the epoch. */
export async function allArticles(store: Store): Promise<StoredArticle[]> {
  return store.searchArticles({ text: '', since: new Date(0), limit: 1000 });
}

/** Total number of deliveries in the store, whatever their status. */
export async function deliveryTotal(store: Store): Promise<number> {
  const counts = await store.deliveryCounts();
  return counts.reduce((sum, c) => sum + c.count, 0);
}
