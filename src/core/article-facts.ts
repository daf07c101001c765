/**
 * The facts of a matched article: its text is cleaned of boilerplate first
 * (bylines, copyright lines, "most read" blocks), so numbers in junk never
 * become facts; the headline loses tags such as [속보] and a Google News
 * " - 언론사" suffix.
 */
import { extractFacts } from './facts/extract.ts';
import type { Fact } from './facts/fact.ts';
import { cleanBoilerplate, stripTitlePrefix } from './text/clean-boilerplate.ts';

export interface ArticleFacts {
  /** Headline facts, best first (at most 3). */
  facts: Fact[];
  /** Keys of all facts found, for matching reports of the same story. */
  factKeys: string[];
  /** The headline without tags, as compared across outlets. */
  headline: string;
}

export function articleFacts(
  article: { title: string; summary: string; published: Date },
  timeZone: string,
  fullText?: string | undefined,
): ArticleFacts {
  const headline = stripTitlePrefix(article.title).title;
  const body = cleanBoilerplate(fullText ?? article.summary);
  const found = extractFacts({ headline, body, published: article.published, timeZone });
  return { facts: found.headlineFacts, factKeys: distinctKeys(found.facts), headline };
}

/** Each key once, in the order first found (an article has a few dozen facts at most, so a list search beats a set). */
function distinctKeys(facts: readonly Fact[]): string[] {
  if (facts.length > 64) return [...new Set(facts.map((f) => f.key))];
  const keys: string[] = [];
  for (const fact of facts) {
    const key = fact.key;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}
