/**
 * When a feed's date for an entry can be believed. Feeds do lie: wrong zones,
 * scheduled posts, typos in the year. A date more than a day ahead of the
 * fetch time is not trusted (the first-seen time stands in, so such an
 * entry is not pinned as "newest" for days); a day of tolerance keeps small
 * clock and zone skews (KST vs UTC is 9 h) as they are. One rule for the
 * feed adapter (item-to-entry.ts) and the article model (article-from-entry.ts).
 */
export const FUTURE_TOLERANCE_MS = 24 * 3_600_000;

/** True for a valid instant no more than FUTURE_TOLERANCE_MS after `now`. */
export function isTrustedFeedDate(at: Date | undefined, now: Date): at is Date {
  const time = at?.getTime();
  return time !== undefined && !Number.isNaN(time) && time - now.getTime() <= FUTURE_TOLERANCE_MS;
}
