/**
 * A feed's item memory: which entries a feed has listed lately, as hashes of
 * their identity keys. It answers "was this entry in this feed before?" for
 * the entries that matched no topic, which are most of them and of which
 * nothing else is kept (Huginn's RssAgent and Zapier keep IDs per source the
 * same way: see ../shared/notes/anchors.md).
 *
 * Rules:
 * - An entry is remembered when any of its keys' hashes is in the memory.
 * - The new memory is this poll's entries first, then the previous memory's
 *   hashes that are not among them, up to a cap: an entry is remembered as
 *   long as the feed lists it, and for some polls after it drops out (feeds
 *   such as Google News reorder and re-list items).
 * - Hashes are 53-bit, so they stay exact in a double. Two keys sharing a
 *   hash would make an entry look remembered; with a memory of a thousand
 *   hashes the odds per entry are about 1 in 10^13.
 *
 * Why it matters: when a topic is added, the entries a feed already listed
 * must not alert as if they were new.
 */

/** Identity of a list of entries: entry i's key hashes are hashes[ends[i - 1] ?? 0 .. ends[i]). */
export interface ItemKeys {
  hashes: Float64Array;
  ends: Uint32Array;
}

/** Hashes kept per feed at least; a feed listing more entries keeps twice as many as it lists. */
export const ITEM_MEMORY_MIN = 1024;

/**
 * A 53-bit hash of a key: two 32-bit multiply–xorshift lanes over the UTF-16
 * code units, mixed into each other at the end (murmur3's finaliser).
 */
export function keyHash(key: string): number {
  let a = 0x9e3779b9 ^ key.length;
  let b = 0x7f4a7c15 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x5bd1e995);
    a ^= a >>> 15;
    b = Math.imul(b ^ c, 0x27d4eb2d);
    b ^= b >>> 13;
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ b;
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35) ^ a;
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35);
  return (b >>> 11) * 0x1_0000_0000 + (a >>> 0);
}

/** The key hashes of each entry, in order. */
export function itemKeysOf(keyLists: readonly (readonly string[])[]): ItemKeys {
  let total = 0;
  for (const keys of keyLists) total += keys.length;
  const hashes = new Float64Array(total);
  const ends = new Uint32Array(keyLists.length);
  let n = 0;
  for (let i = 0; i < keyLists.length; i++) {
    const keys = keyLists[i]!;
    for (let k = 0; k < keys.length; k++) hashes[n++] = keyHash(keys[k]!);
    ends[i] = n;
  }
  return { hashes, ends };
}

/**
 * The hashes of every entry a poll listed: those that matched nothing (hashed
 * where they were screened) and the matched ones. Matched entries are
 * remembered too: one that matches only since a topic was added must stay
 * remembered, and skipped, for as long as the feed lists it.
 */
export function listedHashes(unmatched: ItemKeys, matchedKeys: readonly (readonly string[])[]): Float64Array {
  const matched = itemKeysOf(matchedKeys).hashes;
  const all = new Float64Array(unmatched.hashes.length + matched.length);
  all.set(unmatched.hashes);
  all.set(matched, unmatched.hashes.length);
  return all;
}

/** Whether any of these keys is remembered. */
export function isRemembered(remembered: ReadonlySet<number>, keys: readonly string[]): boolean {
  if (remembered.size === 0) return false;
  for (const key of keys) if (remembered.has(keyHash(key))) return true;
  return false;
}

/** How many of the entries are not remembered (none of their hashes is). */
export function countNewItems(remembered: ReadonlySet<number>, items: ItemKeys): number {
  if (remembered.size === 0) return items.ends.length;
  let fresh = 0;
  let start = 0;
  for (let i = 0; i < items.ends.length; i++) {
    const end = items.ends[i]!;
    let known = false;
    for (let h = start; h < end && !known; h++) known = remembered.has(items.hashes[h]!);
    if (!known) fresh++;
    start = end;
  }
  return fresh;
}

/** The memory after a poll that listed `current` (hashes of all its entries' keys). */
export function rememberItems(previous: Float64Array | undefined, current: Float64Array): Float64Array {
  const cap = Math.max(ITEM_MEMORY_MIN, 2 * current.length);
  const next: number[] = [];
  const kept = new Set<number>();
  const keep = (h: number) => {
    if (next.length < cap && !kept.has(h)) {
      kept.add(h);
      next.push(h);
    }
  };
  for (const h of current) keep(h);
  if (previous) for (const h of previous) keep(h);
  return Float64Array.from(next);
}

/** Same hashes in the same order: nothing to write. */
export function sameMemory(a: Float64Array | undefined, b: Float64Array): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
