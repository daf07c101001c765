/**
 * Plain-text alerts for the `console` platform: readable in a terminal and in
 * `docker logs`. Title, source, local time, matched keywords, link.
 */
import type { KeywordHit } from '../article.ts';
import { formatLocal } from '../time/format.ts';

export interface ConsoleAlertInput {
  title: string;
  feed: string;
  url: string | undefined;
  published: Date;
  topics: readonly string[];
  hits: readonly KeywordHit[];
}

/** Distinct matched keywords, as written in the article, in order of first appearance. */
export function matchedTerms(hits: readonly KeywordHit[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const h of hits) {
    const key = h.text.normalize('NFKC').toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(h.text);
    }
  }
  return out;
}

export function formatConsoleAlert(a: ConsoleAlertInput, timeZone: string): string {
  const terms = matchedTerms(a.hits);
  const lines = [
    `● ${a.title}`,
    `  ${a.feed} · ${formatLocal(a.published, timeZone)} · ${a.topics.join(', ')}${terms.length ? ` — 키워드: ${terms.join(', ')}` : ''}`,
  ];
  if (a.url) lines.push(`  ${a.url}`);
  return lines.join('\n');
}
