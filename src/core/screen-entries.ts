/**
 * A feed's entries → what a cycle needs of them. Rules:
 * - each entry is normalised (toArticle) and matched against the topics;
 *   entries toArticle drops (nothing to show or match) are dropped here too;
 * - a matched article is kept in full with its hits;
 * - of an entry that matched nothing only the hashes of its identity keys
 *   are kept: all the feed's item memory needs (item-memory.ts), and most
 *   entries of a Korean outlet match nothing.
 * Facts are not extracted here: the cycle extracts them for the matched
 * articles that turn out to be new (a feed repeats its entries every poll).
 * Pure, so it can run in a parse worker next to parsing, and hand back one
 * array of hashes instead of an object per unmatched entry.
 */
import { toArticle } from './article-from-entry.ts';
import type { FeedEntry, MatchedArticle } from './article.ts';
import { itemKeysOf, type ItemKeys } from './item-memory.ts';
import type { KeywordMatcher } from './match/keyword-matcher.ts';
import { matchTopics } from './match/match-topics.ts';

export interface ScreenedFeed {
  /** The entries that matched a topic, in entry order. */
  matched: MatchedArticle[];
  /** The identity of those that matched nothing, in entry order. */
  unmatched: ItemKeys;
}

export interface ScreenOptions {
  feed: { name: string; url: string };
  /** Fetch time: stands in for missing or untrustworthy dates. */
  now: Date;
  matcher: KeywordMatcher;
}

export function screenEntries(entries: readonly FeedEntry[], o: ScreenOptions): ScreenedFeed {
  const matched: MatchedArticle[] = [];
  const unmatched: string[][] = [];
  for (const entry of entries) {
    const article = toArticle(entry, o.feed, o.now);
    if (!article) continue;
    const topics = matchTopics(o.matcher, article);
    if (topics.length === 0) unmatched.push(article.keys);
    else matched.push({ ...article, topics: topics.map((t) => t.topic), hits: topics.flatMap((t) => t.hits) });
  }
  return { matched, unmatched: itemKeysOf(unmatched) };
}
