/** Store contract, part: recording articles and queueing deliveries (see store-contract.ts). */
import { describe, expect, it } from 'vitest';
import type { CurrentStore } from './store-contract.ts';
import { allArticles, article, at, delivery, deliveryTotal } from './store-fixtures.ts';

export function describeArticleContract(store: CurrentStore): void {
  describe('recordArticles and findKnownKeys', () => {
    it('knows no keys in a new store, and answers an empty question with an empty set', async () => {
      expect(await store().findKnownKeys(['guid-1'])).toEqual(new Set());
      expect(await store().findKnownKeys([])).toEqual(new Set());
    });

    it('inserts new articles, queues their deliveries and returns both', async () => {
      const result = await store().recordArticles(
        [article('a'), article('b')],
        [delivery('a', 'slack-news'), delivery('a', 'discord-news'), delivery('b', 'slack-news')],
      );
      expect(result).toEqual({ inserted: ['a', 'b'], queued: 3 });
      expect(await deliveryTotal(store())).toBe(3);
    });

    it('stores every article field, including undefined ones, hits and Korean text', async () => {
      const full = article('guid-1', {
        keys: ['guid-1', 'url:https://www.yna.co.kr/view/AKR1'],
        title: '엔비디아, 새 AI 칩 공개',
        summary: '(서울=연합뉴스) 홍길동 기자 = 엔비디아가 …',
        published: at(-30),
        publishedFromFeed: false,
        topics: ['ai', 'semis'],
        hits: [
          { topic: 'ai', keyword: 'AI', text: 'AI', field: 'title', start: 9, end: 11 },
          { topic: 'semis', keyword: '엔비디아', text: '엔비디아', field: 'summary', start: 18, end: 22 },
        ],
      });
      const bare = article('guid-2', { url: undefined, author: undefined, topics: ['ai'], hits: [] });
      await store().recordArticles([full, bare], []);
      const stored = await allArticles(store());
      expect(stored).toEqual([bare, full]); // newest published first
      expect(stored[0]?.url).toBeUndefined();
      expect(stored[0]?.author).toBeUndefined();
      expect(stored[1]?.published).toBeInstanceOf(Date);
    });

    it('knows every key of a recorded article, and only those', async () => {
      await store().recordArticles([article('guid-1', { keys: ['guid-1', 'url:x', 'hash:y'] })], []);
      expect(await store().findKnownKeys(['url:x', 'guid-1', 'guid-2', 'hash:y'])).toEqual(
        new Set(['guid-1', 'url:x', 'hash:y']),
      );
    });

    it('knows an article by its id even when its keys leave the id out, and drops repeated keys', async () => {
      const result = await store().recordArticles([article('a', { keys: ['url:a', 'url:a'] })], []);
      expect(result.inserted).toEqual(['a']);
      expect(await store().findKnownKeys(['a', 'url:a'])).toEqual(new Set(['a', 'url:a']));
      expect((await allArticles(store()))[0]?.keys).toEqual(['a', 'url:a']);
    });

    it('skips an article whose guid is already known, and drops its deliveries', async () => {
      await store().recordArticles([article('guid-1')], [delivery('guid-1', 'slack-news')]);
      const again = await store().recordArticles(
        [article('guid-1', { title: 'updated title' })],
        [delivery('guid-1', 'discord-news')],
      );
      expect(again).toEqual({ inserted: [], queued: 0 });
      expect((await allArticles(store())).map((a) => a.title)).toEqual(['title of guid-1']);
      expect(await deliveryTotal(store())).toBe(1);
    });

    it('skips an article known under another of its keys (same canonical URL, new guid)', async () => {
      await store().recordArticles([article('guid-a', { keys: ['guid-a', 'url:https://x.example/1'] })], []);
      const result = await store().recordArticles(
        [article('guid-b', { keys: ['guid-b', 'url:https://x.example/1'] })],
        [delivery('guid-b', 'slack-news')],
      );
      expect(result).toEqual({ inserted: [], queued: 0 });
      // The skipped article's own keys are not learnt.
      expect(await store().findKnownKeys(['guid-b'])).toEqual(new Set());
      expect((await allArticles(store())).map((a) => a.id)).toEqual(['guid-a']);
    });

    it('lets a later article in the batch have the keys of an earlier one that was skipped', async () => {
      await store().recordArticles([article('known')], []);
      const result = await store().recordArticles(
        [article('guid-a', { keys: ['guid-a', 'url:shared', 'known'] }), article('guid-b', { keys: ['guid-b', 'url:shared'] })],
        [delivery('guid-a', 'slack-news'), delivery('guid-b', 'slack-news')],
      );
      expect(result).toEqual({ inserted: ['guid-b'], queued: 1 });
      expect(await store().findKnownKeys(['guid-a', 'url:shared', 'guid-b'])).toEqual(new Set(['url:shared', 'guid-b']));
    });

    it('keeps the first of two articles sharing a key within one batch', async () => {
      const result = await store().recordArticles(
        [
          article('guid-a', { keys: ['guid-a', 'url:same'] }),
          article('guid-b', { keys: ['guid-b', 'url:same'] }),
          article('guid-c'),
        ],
        [delivery('guid-a', 'slack-news'), delivery('guid-b', 'slack-news'), delivery('guid-c', 'slack-news')],
      );
      expect(result).toEqual({ inserted: ['guid-a', 'guid-c'], queued: 2 });
      expect(await store().findKnownKeys(['guid-b'])).toEqual(new Set());
    });

    it('treats the same article twice in one batch as one', async () => {
      const result = await store().recordArticles([article('a'), article('a')], [delivery('a', 'slack-news')]);
      expect(result).toEqual({ inserted: ['a'], queued: 1 });
    });

    it('queues no delivery for an article that is not among those inserted', async () => {
      await store().recordArticles([article('old')], []);
      const result = await store().recordArticles(
        [article('new')],
        [delivery('old', 'slack-news'), delivery('elsewhere', 'slack-news'), delivery('new', 'slack-news')],
      );
      expect(result).toEqual({ inserted: ['new'], queued: 1 });
      const claimed = await store().claimDueDeliveries(at(100), 10);
      expect(claimed.map((d) => d.articleId)).toEqual(['new']);
    });

    it('queues a delivery at most once per article and channel', async () => {
      const result = await store().recordArticles(
        [article('a')],
        [delivery('a', 'slack-news'), delivery('a', 'slack-news', at(5)), delivery('a', 'discord-news')],
      );
      expect(result.queued).toBe(2);
      // Recording the same article and deliveries again changes nothing.
      expect(await store().recordArticles([article('a')], [delivery('a', 'slack-news')])).toEqual({
        inserted: [],
        queued: 0,
      });
      expect(await deliveryTotal(store())).toBe(2);
    });

    it('accepts an empty batch', async () => {
      expect(await store().recordArticles([], [])).toEqual({ inserted: [], queued: 0 });
    });
  });
}
