/** Store contract, part: feed state (see store-contract.ts). */
import { describe, expect, it } from 'vitest';
import type { FeedState } from '../../../src/app/ports.ts';
import type { CurrentStore } from './store-contract.ts';
import { at } from './store-fixtures.ts';

const FULL: FeedState = {
  url: 'https://www.hankyung.com/feed/it',
  name: '한국경제 IT',
  etag: 'W/"abc"',
  lastModified: 'Thu, 11 Jun 2026 13:02:17 GMT',
  lastFetchAt: at(10),
  lastSuccessAt: at(9),
  lastStatus: 'error',
  lastError: 'HTTP 503',
  consecutiveFailures: 2,
  nextPollAt: at(40),
  lastItemCount: 120,
};

export function describeFeedStateContract(store: CurrentStore): void {
  describe('feed state', () => {
    it('lists no feeds in a new store', async () => {
      expect(await store().listFeedStates()).toEqual([]);
    });

    it('round-trips every field, with dates back as equal Date objects', async () => {
      await store().saveFeedStates([FULL]);
      const [saved] = await store().listFeedStates();
      expect(saved).toEqual(FULL);
      expect(saved?.lastFetchAt).toBeInstanceOf(Date);
      expect(saved?.nextPollAt?.getTime()).toBe(at(40).getTime());
    });

    it('keeps fields that were never set undefined', async () => {
      await store().saveFeedStates([{ url: 'https://a.example/rss', name: 'A', consecutiveFailures: 0 }]);
      const [saved] = await store().listFeedStates();
      expect(saved).toMatchObject({ url: 'https://a.example/rss', name: 'A', consecutiveFailures: 0 });
      for (const field of [
        'etag',
        'lastModified',
        'lastFetchAt',
        'lastSuccessAt',
        'lastStatus',
        'lastError',
        'nextPollAt',
        'lastItemCount',
      ] as const) {
        expect(saved?.[field], field).toBeUndefined();
      }
    });

    it('replaces the state saved under the same URL, clearing fields now undefined', async () => {
      await store().saveFeedStates([FULL]);
      await store().saveFeedStates([{
        url: FULL.url,
        name: 'renamed',
        lastFetchAt: at(50),
        lastSuccessAt: at(50),
        lastStatus: 'ok',
        consecutiveFailures: 0,
        lastItemCount: 0,
      }]);
      const states = await store().listFeedStates();
      expect(states).toHaveLength(1);
      expect(states[0]).toMatchObject({ name: 'renamed', lastStatus: 'ok', consecutiveFailures: 0, lastItemCount: 0 });
      expect(states[0]?.lastSuccessAt).toEqual(at(50));
      expect(states[0]?.etag).toBeUndefined();
      expect(states[0]?.lastError).toBeUndefined();
      expect(states[0]?.nextPollAt).toBeUndefined();
    });

    it('keeps one state per URL', async () => {
      await store().saveFeedStates([{ url: 'https://a.example/rss', name: 'A', consecutiveFailures: 0 }]);
      await store().saveFeedStates([{ url: 'https://b.example/rss', name: 'B', consecutiveFailures: 1 }]);
      await store().saveFeedStates([{ url: 'https://a.example/rss', name: 'A', consecutiveFailures: 3 }]);
      const states = await store().listFeedStates();
      const byUrl = new Map(states.map((s) => [s.url, s.consecutiveFailures]));
      expect(byUrl).toEqual(
        new Map([
          ['https://a.example/rss', 3],
          ['https://b.example/rss', 1],
        ]),
      );
    });
  });
}
