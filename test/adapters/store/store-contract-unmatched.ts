/**
 * Store contract, part: articles that matched no topic (see store-contract.ts).
 * Most articles match nothing; the store keeps only their identity keys, so
 * they are still recognised as seen but are never searched or delivered.
 */
import { describe, expect, it } from 'vitest';
import type { CurrentStore } from './store-contract.ts';
import { allArticles, article, at, delivery, deliveryTotal } from './store-fixtures.ts';

const unmatched = (id: string, keys: string[] = [id]) => article(id, { keys, topics: [], hits: [] });

export function describeUnmatchedContract(store: CurrentStore): void {
  describe('recordArticles with articles that matched no topic', () => {
    it('counts them as inserted and knows all their keys', async () => {
      const result = await store().recordArticles([unmatched('u', ['u', 'url:u']), article('m')], []);
      expect(result).toEqual({ inserted: ['u', 'm'], queued: 0 });
      expect(await store().findKnownKeys(['u', 'url:u', 'm', 'other'])).toEqual(new Set(['u', 'url:u', 'm']));
    });

    it('does not store them for search', async () => {
      await store().recordArticles([{ ...unmatched('u'), title: '엔비디아 실적' }, article('m')], []);
      expect((await allArticles(store())).map((a) => a.id)).toEqual(['m']);
      expect(await store().searchArticles({ text: '엔비디아', since: new Date(0), limit: 10 })).toEqual([]);
    });

    it('skips a later article known by one of their keys, even one that now matches', async () => {
      await store().recordArticles([unmatched('u', ['u', 'url:same'])], []);
      const result = await store().recordArticles(
        [article('m', { keys: ['m', 'url:same'] }), unmatched('u')],
        [delivery('m', 'slack-news')],
      );
      expect(result).toEqual({ inserted: [], queued: 0 });
      expect(await store().findKnownKeys(['m'])).toEqual(new Set());
      expect(await allArticles(store())).toEqual([]);
    });

    it('queues no delivery for them', async () => {
      const result = await store().recordArticles(
        [unmatched('u'), article('m')],
        [delivery('u', 'slack-news'), delivery('m', 'slack-news')],
      );
      expect(result).toEqual({ inserted: ['u', 'm'], queued: 1 });
      expect(await deliveryTotal(store())).toBe(1);
    });

    it('keeps the first of a matched and an unmatched article sharing a key in one batch', async () => {
      const result = await store().recordArticles(
        [unmatched('u', ['u', 'url:same']), article('m', { keys: ['m', 'url:same'] })],
        [delivery('m', 'slack-news')],
      );
      expect(result).toEqual({ inserted: ['u'], queued: 0 });
      expect(await allArticles(store())).toEqual([]);
    });
  });

  describe('pruneSeen', () => {
    const seen = (id: string, firstSeenAt: Date) => article(id, { keys: [id, `url:${id}`], topics: [], hits: [], firstSeenAt });

    it('forgets the keys of unmatched articles first seen before the time, and only those', async () => {
      await store().recordArticles([seen('old', at(1)), seen('new', at(10)), article('stored', { firstSeenAt: at(1) })], []);
      expect(await store().pruneSeen(at(10))).toBe(2);
      expect(await store().findKnownKeys(['old', 'url:old', 'new', 'url:new', 'stored'])).toEqual(new Set(['new', 'url:new', 'stored']));
      expect(await store().pruneSeen(at(10))).toBe(0);
      // Forgotten, so new again; the stored article is still known.
      expect(await store().recordArticles([seen('old', at(20)), article('stored')], [])).toEqual({ inserted: ['old'], queued: 0 });
      expect((await allArticles(store())).map((a) => a.id)).toEqual(['stored']);
    });

    it('goes through a table of many keys, old and new mixed in key order', async () => {
      const articles = Array.from({ length: 6000 }, (_, i) => seen(`k${String(i).padStart(5, '0')}`, at(i % 3 === 0 ? 1 : 10)));
      await store().recordArticles(articles, []);
      expect(await store().pruneSeen(at(5))).toBe(2 * 2000);
      const known = await store().findKnownKeys(articles.flatMap((a) => a.keys));
      expect(known.size).toBe(2 * 4000);
      expect(known.has('k00000') || known.has('url:k05997')).toBe(false);
      expect(known.has('k00001') && known.has('url:k05999')).toBe(true);
    });
  });
}
