import { describe, expect, it } from 'vitest';
import {
  countNewItems,
  isRemembered,
  ITEM_MEMORY_MIN,
  itemKeysOf,
  keyHash,
  listedHashes,
  rememberItems,
  sameMemory,
} from '../../src/core/item-memory.ts';

const urlKey = (i: number) => `url:https://www.yna.co.kr/view/AKR20261129${String(i).padStart(6, '0')}`;

describe('keyHash', () => {
  it('gives the same 53-bit integer for the same key, in any process', () => {
    const h = keyHash('guid:AKR20261129000100');
    expect(Number.isSafeInteger(h) && h >= 0).toBe(true);
    expect(keyHash('guid:AKR20261129000100')).toBe(h);
  });

  it('never changes: memories saved by one version are read by the next', () => {
    expect(keyHash('url:https://www.etnews.com/20261129000001')).toBe(4328721373635878);
    expect(keyHash('')).toBe(134232825112440);
  });

  it('tells apart keys that differ in one character, in case, or in Hangul', () => {
    const keys = ['url:a', 'url:b', 'url:A', '엔비디아', '엔비디아 ', '엔비디야', 'ab', 'ba', ''];
    expect(new Set(keys.map(keyHash)).size).toBe(keys.length);
  });

  it('gives 200,000 similar URLs 200,000 different hashes that use the high bits too', () => {
    const hashes = Array.from({ length: 200_000 }, (_, i) => keyHash(urlKey(i)));
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(hashes.some((h) => h >= 2 ** 52)).toBe(true);
    expect(hashes.every((h) => Number.isSafeInteger(h))).toBe(true);
  });
});

describe('itemKeysOf', () => {
  it('lists each entry\'s key hashes in order, ends marking where each entry stops', () => {
    const items = itemKeysOf([['a', 'url:a'], ['b'], []]);
    expect([...items.hashes]).toEqual([keyHash('a'), keyHash('url:a'), keyHash('b')]);
    expect([...items.ends]).toEqual([2, 3, 3]);
  });
});

describe('listedHashes', () => {
  it('lists the unmatched entries\' hashes, then the matched entries\' keys hashed', () => {
    const listed = listedHashes(itemKeysOf([['a', 'url:a']]), [['m', 'url:m']]);
    expect([...listed]).toEqual(['a', 'url:a', 'm', 'url:m'].map(keyHash));
  });
});

describe('isRemembered and countNewItems', () => {
  const memory = new Set([keyHash('url:a'), keyHash('b')]);

  it('remember an entry when any one of its keys is in the memory', () => {
    expect(isRemembered(memory, ['a', 'url:a'])).toBe(true);
    expect(isRemembered(memory, ['c', 'url:c'])).toBe(false);
    expect(isRemembered(new Set(), ['a'])).toBe(false);
  });

  it('count the entries none of whose keys is remembered', () => {
    const items = itemKeysOf([['a', 'url:a'], ['b'], ['c', 'url:c'], ['d']]);
    expect(countNewItems(memory, items)).toBe(2);
    expect(countNewItems(new Set(), items)).toBe(4);
  });
});

describe('rememberItems', () => {
  it('keeps this poll\'s hashes first, then the earlier ones it no longer lists, each once', () => {
    const next = rememberItems(Float64Array.from([5, 4, 3]), Float64Array.from([1, 2, 3, 1]));
    expect([...next]).toEqual([1, 2, 3, 5, 4]);
  });

  it('starts from nothing on a feed\'s first poll', () => {
    expect([...rememberItems(undefined, Float64Array.from([7, 8]))]).toEqual([7, 8]);
  });

  it(`keeps at most ${ITEM_MEMORY_MIN} hashes, or twice what the feed lists, dropping the oldest`, () => {
    const previous = Float64Array.from({ length: ITEM_MEMORY_MIN }, (_, i) => 10_000 + i);
    const small = rememberItems(previous, Float64Array.from([1, 2]));
    expect(small).toHaveLength(ITEM_MEMORY_MIN);
    expect([...small.slice(0, 3)]).toEqual([1, 2, 10_000]);
    expect(small.at(-1)).toBe(10_000 + ITEM_MEMORY_MIN - 3);

    const listed = Float64Array.from({ length: ITEM_MEMORY_MIN }, (_, i) => i);
    const large = rememberItems(previous, listed);
    expect(large).toHaveLength(2 * ITEM_MEMORY_MIN);
    expect(large.at(-1)).toBe(10_000 + ITEM_MEMORY_MIN - 1);
  });
});

describe('sameMemory', () => {
  it('is true only for the same hashes in the same order', () => {
    expect(sameMemory(Float64Array.from([1, 2]), Float64Array.from([1, 2]))).toBe(true);
    expect(sameMemory(Float64Array.from([2, 1]), Float64Array.from([1, 2]))).toBe(false);
    expect(sameMemory(Float64Array.from([1]), Float64Array.from([1, 2]))).toBe(false);
    expect(sameMemory(undefined, Float64Array.from([]))).toBe(false);
  });
});
