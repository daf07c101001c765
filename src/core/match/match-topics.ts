/**
 * Decides which topics an article matches, and why. A topic matches when one
 * of its keywords occurs in the title or summary and none of its exclusions
 * occurs in either.
 */
import type { KeywordHit, TopicMatch } from '../article.ts';
import type { KeywordMatcher } from './keyword-matcher.ts';

export function matchTopics(matcher: KeywordMatcher, article: { title: string; summary: string }): TopicMatch[] {
  const hits = new Map<string, KeywordHit[]>();
  const excluded = new Set<string>();
  const fields = [
    ['title', article.title],
    ['summary', article.summary],
  ] as const;

  for (const [field, text] of fields) {
    for (const o of matcher.find(text)) {
      if (o.exclude) {
        excluded.add(o.topic);
        continue;
      }
      const list = hits.get(o.topic) ?? [];
      list.push({ topic: o.topic, keyword: o.keyword, text: o.text, field, start: o.start, end: o.end });
      hits.set(o.topic, list);
    }
  }

  // Spec order when the matcher knows it; otherwise the order topics were first hit in.
  const order = [...(matcher.topics ?? []), ...hits.keys()];
  const result: TopicMatch[] = [];
  for (const topic of new Set(order)) {
    const topicHits = hits.get(topic);
    if (topicHits !== undefined && !excluded.has(topic)) result.push({ topic, hits: topicHits });
  }
  return result;
}
