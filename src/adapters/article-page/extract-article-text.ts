/**
 * An article page's HTML → its main text, one paragraph per line.
 *
 * 1. Parse with linkedom; remove junk (page-junk.ts) from the whole page.
 * 2. Try the per-domain body selectors (core/text/article-selectors.ts), in order.
 * 3. Else run @mozilla/readability on the same document (readability-fallback.ts,
 *    which refuses pages too large or too deeply nested for it).
 * The chosen element becomes text through htmlToText, which ends a line at
 * every block element and `<br>`, so paragraphs never glue (`했다.젠슨`, the
 * textContent problem in notes/korean.md §5); then cleanBoilerplate removes
 * wire headers, signatures, captions and copyright tails.
 * A candidate with under MIN_ARTICLE_CHARS of text is no article. Any
 * parser or Readability crash means "no article" too: undefined, not a throw.
 */
import { parseHTML } from 'linkedom';
import { articleSelectorsFor } from '../../core/text/article-selectors.ts';
import { cleanBoilerplate } from '../../core/text/clean-boilerplate.ts';
import { htmlToText } from '../../core/text/html-to-text.ts';
import { removeJunk } from './page-junk.ts';
import { readabilityBody } from './readability-fallback.ts';

export { MAX_READABILITY_DEPTH, MAX_READABILITY_ELEMENTS } from './readability-fallback.ts';

export interface ArticleText {
  /** Plain text, one paragraph per line, boilerplate removed. */
  text: string;
  via: 'selector' | 'readability';
  title?: string;
}

/** Shorter than this after cleaning is a stub, a paywall teaser or navigation, not an article. */
export const MIN_ARTICLE_CHARS = 100;

/**
 * Longest HTML parsed. The fetcher's byte cap already bounds it; this guards
 * direct callers, since linkedom and Readability are not linear on every input.
 */
export const MAX_HTML_CHARS = 3_000_000;

type PageDocument = ReturnType<typeof parseHTML>['document'];

/** The element surface used here. */
interface BodyElement {
  innerHTML: string;
  querySelectorAll(selector: string): Iterable<{ remove(): void }>;
}

export function extractArticleText(html: string, url: string): ArticleText | undefined {
  try {
    const document = parseDocument(html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html);
    const title = pageTitle(document);
    removeJunk(document);
    for (const selector of articleSelectorsFor(url)) {
      const text = elementText(document.querySelector(selector));
      if (text !== undefined) return withTitle({ text, via: 'selector' }, title);
    }
    const found = readabilityBody<BodyElement>(document);
    const text = elementText(found?.element);
    return text === undefined ? undefined : withTitle({ text, via: 'readability' }, found?.title ?? title);
  } catch {
    // linkedom or Readability failed on this markup: treat it as a page without an article.
    return undefined;
  }
}

/**
 * linkedom builds a broken tree from markup without an <html> element (the
 * body ends up inside the first tag), so a fragment is wrapped first.
 */
function parseDocument(html: string): PageDocument {
  const wrapped = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(wrapped).document;
}

function elementText(element: BodyElement | null | undefined): string | undefined {
  if (!element) return undefined;
  removeJunk(element);
  const text = cleanBoilerplate(htmlToText(element.innerHTML));
  return text.length >= MIN_ARTICLE_CHARS ? text : undefined;
}

/** og:title, else <title>: the page's own headline, before junk removal. */
function pageTitle(document: PageDocument): string | undefined {
  const og = document.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const title = (og ?? document.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return title === '' ? undefined : title;
}

function withTitle(article: ArticleText, title: string | undefined): ArticleText {
  return title === undefined ? article : { ...article, title };
}
