/**
 * Where the article body sits on known Korean news sites: host suffix → CSS
 * selectors, tried in order before the generic extractor (Readability).
 *
 * Every entry is a BEST-KNOWN GUESS taken from public scrapers and
 * notes/korean.md §5; none could be checked against a live page from here.
 * A selector that no longer matches costs nothing (the next one, then
 * Readability, is tried), so a stale entry degrades to the generic path.
 */

export interface ArticleSelectorRule {
  /** Host suffix (`yna.co.kr` matches `www.yna.co.kr`); '*' for any host. */
  host: string;
  selectors: readonly string[];
}

export const ARTICLE_SELECTOR_RULES: readonly ArticleSelectorRule[] = [
  { host: 'yna.co.kr', selectors: ['.story-news.article', 'article.story-news'] },
  { host: 'asiae.co.kr', selectors: ['#txt_area', '.article'] },
  { host: 'etnews.com', selectors: ['#articleBody', '.article_body'] },
  { host: 'hankyung.com', selectors: ['#articletxt', '.article-body'] },
  { host: 'zdnet.co.kr', selectors: ['#articleBody', '.view_cont'] },
  { host: 'mk.co.kr', selectors: ['.news_cnt_detail_wrap'] },
  // 뉴시스: a <br>-only body (notes/korean.md §5).
  { host: 'newsis.com', selectors: ['.viewer article'] },
  // ND Soft CMS, used by many smaller outlets on their own domains (디일렉,
  // AI타임스, 블로터…): the id is fixed by the CMS, so it is tried on any host.
  { host: '*', selectors: ['#article-view-content-div'] },
];

function hostMatches(host: string, suffix: string): boolean {
  return suffix === '*' || host === suffix || host.endsWith(`.${suffix}`);
}

/**
 * Selectors to try for a page URL: the host's own first, then the any-host
 * ones. An unparsable URL gets only the any-host selectors.
 */
export function articleSelectorsFor(url: string, rules: readonly ArticleSelectorRule[] = ARTICLE_SELECTOR_RULES): string[] {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    // not a URL: fall through with no host
  }
  const own = host === '' ? [] : rules.filter((r) => r.host !== '*' && hostMatches(host, r.host));
  const any = rules.filter((r) => r.host === '*');
  return [...own, ...any].flatMap((r) => r.selectors);
}
