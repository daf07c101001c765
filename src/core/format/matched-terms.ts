import type { KeywordHit } from '../article.ts';

/** Distinct matched terms as written in the article, in order of first appearance. */
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
