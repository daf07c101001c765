/**
 * A feed's entries → what a cycle needs of them. Rules:
 * - each entry is normalised (toArticle) and matched against the topics;
 *   entries toArticle drops (nothing to show or match) are dropped here too;
 * - a matched article is kept in full with its hits, and with its facts
 *   when `facts` is set (a feed that reads article pages gets its facts
 *   later, from the page);
 * - an unmatched article is kept only as its identity keys: that is all the
 *   store keeps of it, and most entries of a Korean outlet match nothing.
 * Pure, so it can run in a parse worker next to parsing, and hand back a
 * few keys per entry instead of whole entries.
 */
import { articleFacts } from './article-facts.ts';
import { toArticle } from './article-from-entry.ts';
import type { FeedEntry, MatchedArticle } from './article.ts';
import type { Fact } from './facts/fact.ts';
import type { KeywordMatcher } from './match/keyword-matcher.ts';
import { matchTopics } from './match/match-topics.ts';

/** A new entry that matched no topic: only its identity is kept. */
export interface UnmatchedArticle {
  id: string;
  keys: string[];
  topics: readonly [];
}

/** A matched article, with its headline facts and fact keys once they are known. */
export interface ScreenedMatch extends MatchedArticle {
  facts?: Fact[] | undefined;
  factKeys?: string[] | undefined;
}

export type ScreenedArticle = UnmatchedArticle | ScreenedMatch;

export interface ScreenOptions {
  feed: { name: string; url: string };
  /** Fetch time: stands in for missing or untrustworthy dates. */
  now: Date;
  matcher: KeywordMatcher;
  /** For resolving relative dates in facts. */
  timeZone: string;
  /** Extract facts from the summary now (false: the caller reads them from the article page). */
  facts: boolean;
}

export const isMatched = (a: ScreenedArticle): a is ScreenedMatch => a.topics.length > 0;

/** The screened articles, in entry order. */
export function screenEntries(entries: readonly FeedEntry[], o: ScreenOptions): ScreenedArticle[] {
  const out: ScreenedArticle[] = [];
  for (const entry of entries) {
    const article = toArticle(entry, o.feed, o.now);
    if (!article) continue;
    const topics = matchTopics(o.matcher, article);
    if (topics.length === 0) {
      out.push({ id: article.id, keys: article.keys, topics: [] });
      continue;
    }
    const matched: ScreenedMatch = { ...article, topics: topics.map((t) => t.topic), hits: topics.flatMap((t) => t.hits) };
    if (o.facts) {
      const f = articleFacts(article, o.timeZone);
      matched.facts = f.facts;
      matched.factKeys = f.factKeys;
    }
    out.push(matched);
  }
  return out;
}
