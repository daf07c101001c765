/**
 * Decides which topics an article matches, and why. A topic matches when one
 * of its keywords occurs in the title or summary and none of its exclusions
 * occurs in either.
 */
import type { KeywordHit, TopicMatch } from '../article.ts';
import type { KeywordMatcher, KeywordOccurrence } from './keyword-matcher.ts';

interface Tally {
  hits: Map<string, KeywordHit[]>;
  excluded: Set<string>;
}

function tally(into: Tally, field: KeywordHit['field'], occurrences: KeywordOccurrence[]): void {
  for (const o of occurrences) {
    if (o.exclude) {
      into.excluded.add(o.topic);
      continue;
    }
    const hit: KeywordHit = { topic: o.topic, keyword: o.keyword, text: o.text, field, start: o.start, end: o.end };
    const list = into.hits.get(o.topic);
    if (list === undefined) into.hits.set(o.topic, [hit]);
    else list.push(hit);
  }
}

export function matchTopics(matcher: KeywordMatcher, article: { title: string; summary: string }): TopicMatch[] {
  const inTitle = matcher.find(article.title);
  const inSummary = matcher.find(article.summary);
  if (inTitle.length === 0 && inSummary.length === 0) return [];
  const t: Tally = { hits: new Map(), excluded: new Set() };
  tally(t, 'title', inTitle);
  tally(t, 'summary', inSummary);

  const result: TopicMatch[] = [];
  for (const [topic, hits] of t.hits) if (!t.excluded.has(topic)) result.push({ topic, hits });
  // Spec order when the matcher knows it; topics it does not list keep the order they were first hit in, after the rest.
  const order = matcher.topics;
  if (order !== undefined && result.length > 1) {
    const rank = (m: TopicMatch): number => {
      const i = order.indexOf(m.topic);
      return i === -1 ? order.length : i;
    };
    result.sort((a, b) => rank(a) - rank(b)); // stable, so equal ranks keep first-hit order
  }
  return result;
}
