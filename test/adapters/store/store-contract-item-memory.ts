/**
 * Store contract, part: feeds' item memories (see store-contract.ts and
 * src/core/item-memory.ts). A memory is saved with the feed states, in their
 * transaction, and read back per feed, hash for hash.
 */
import { describe, expect, it } from 'vitest';
import type { FeedState } from '../../../src/app/ports.ts';
import type { CurrentStore } from './store-contract.ts';
import { at } from './store-fixtures.ts';

const A = 'https://www.yna.co.kr/rss/economy.xml';
const B = 'https://rss.etnews.com/Section901.xml';
const state = (url: string, lastFetchAt = at(1)): FeedState => ({ url, name: url, consecutiveFailures: 0, lastFetchAt });
const hashes = (...values: number[]) => Float64Array.from(values);

export function describeItemMemoryContract(store: CurrentStore): void {
  describe('item memory', () => {
    it('has none for a feed whose memory was never saved', async () => {
      await store().saveFeedStates([state(A)]);
      expect(await store().loadItemMemory(A)).toBeUndefined();
    });

    it('gives back every hash exactly and in order, the largest 53-bit ones included', async () => {
      const memory = hashes(2 ** 53 - 1, 0, 1, 4_503_599_627_370_497, 123_456_789);
      await store().saveFeedStates([state(A)], [{ feedUrl: A, hashes: memory }]);
      const loaded = await store().loadItemMemory(A);
      expect(loaded).toBeInstanceOf(Float64Array);
      expect([...(loaded ?? [])]).toEqual([...memory]);
    });

    it('keeps each feed its own memory, and a later save replaces it', async () => {
      await store().saveFeedStates([state(A), state(B)], [
        { feedUrl: A, hashes: hashes(1, 2) },
        { feedUrl: B, hashes: hashes(3) },
      ]);
      await store().saveFeedStates([state(A, at(2))], [{ feedUrl: A, hashes: hashes(4) }]);
      expect([...((await store().loadItemMemory(A)) ?? [])]).toEqual([4]);
      expect([...((await store().loadItemMemory(B)) ?? [])]).toEqual([3]);
    });

    it('tells an empty memory from none', async () => {
      await store().saveFeedStates([state(A)], [{ feedUrl: A, hashes: hashes() }]);
      expect([...((await store().loadItemMemory(A)) ?? [9])]).toEqual([]);
    });

    it('saves memories and states together or not at all', async () => {
      const broken = state(B, new Date(Number.NaN));
      await expect(store().saveFeedStates([state(A), broken], [{ feedUrl: A, hashes: hashes(1) }])).rejects.toThrow();
      expect(await store().loadItemMemory(A)).toBeUndefined();
      expect(await store().listFeedStates()).toEqual([]);
    });
  });
}
