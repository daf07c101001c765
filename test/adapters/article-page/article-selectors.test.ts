// Tests src/core/text/article-selectors.ts. Kept beside the adapter tests
// because checking that every selector parses needs linkedom.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ARTICLE_SELECTOR_RULES, articleSelectorsFor } from '../../../src/core/text/article-selectors.ts';

describe('articleSelectorsFor', () => {
  it("puts the host's own selectors before the any-host ones", () => {
    expect(articleSelectorsFor('https://www.yna.co.kr/view/AKR1')).toEqual(['.story-news.article', 'article.story-news', '#article-view-content-div']);
  });

  it('matches a host suffix on a label boundary only', () => {
    expect(articleSelectorsFor('https://m.hankyung.com/article/1')).toContain('#articletxt');
    expect(articleSelectorsFor('https://hankyung.com/article/1')).toContain('#articletxt');
    expect(articleSelectorsFor('https://nothankyung.com/article/1')).not.toContain('#articletxt');
  });

  it('gives an unknown host, or a string that is not a URL, only the any-host selectors', () => {
    expect(articleSelectorsFor('https://www.thelec.kr/news/articleView.html?idxno=1')).toEqual(['#article-view-content-div']);
    expect(articleSelectorsFor('not a url')).toEqual(['#article-view-content-div']);
  });

  it('holds only selectors that linkedom can run', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><body><p>x</p></body></html>');
    for (const rule of ARTICLE_SELECTOR_RULES) {
      for (const selector of rule.selectors) expect(() => document.querySelector(selector), selector).not.toThrow();
    }
  });
});
