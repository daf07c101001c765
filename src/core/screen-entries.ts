/**
 * A feed's entries → what a cycle needs of them. Rules:
 * - each entry is normalised (toArticle) and matched against the topics;
 *   entries toArticle drops (nothing to show or match) are dropped here too;
 * - a matched article is kept in full with its hits;
 * - an unmatched article is kept only as its identity keys: that is all the
 *   store keeps of it, and most entries of a Korean outlet match nothing.
 * Facts are not extracted here: the cycle extracts them for the matched
 * articles that turn out to be new (a feed repeats its entries every poll).
 * Pure, so it can run in a parse worker next to parsing, and hand back a
 * few keys per entry instead of whole entries.
 */
import { toArticle } from './article-from-entry.ts';
import type { FeedEntry, MatchedArticle } from './article.ts';
import type { KeywordMatcher } from './match/keyword-matcher.ts';
import { matchTopics } from './match/match-topics.ts';

/** A new entry that matched no topic: only its identity is kept. */
export interface UnmatchedArticle {
  id: string;
  keys: string[];
  topics: readonly [];
}

export type ScreenedArticle = UnmatchedArticle | MatchedArticle;

export interface ScreenOptions {
  feed: { name: string; url: string };
  /** Fetch time: stands in for missing or untrustworthy dates. */
  now: Date;
  matcher: KeywordMatcher;
}

/** Shared by every unmatched article: one array instead of one each (a worker sends tens of thousands a cycle). */
const NO_TOPICS: readonly [] = Object.freeze([]) as readonly [];

export const isMatched = (a: ScreenedArticle): a is MatchedArticle => a.topics.length > 0;

/** The screened articles, in entry order. */
export function screenEntries(entries: readonly FeedEntry[], o: ScreenOptions): ScreenedArticle[] {
  const out: ScreenedArticle[] = [];
  for (const entry of entries) {
    const article = toArticle(entry, o.feed, o.now);
    if (!article) continue;
    const topics = matchTopics(o.matcher, article);
    if (topics.length === 0) {
      out.push({ id: article.id, keys: article.keys, topics: NO_TOPICS });
      continue;
    }
    out.push({ ...article, topics: topics.map((t) => t.topic), hits: topics.flatMap((t) => t.hits) });
  }
  return out;
}
