import { describe, it, expect } from 'vitest';
import { articleKeys, canonicalUrl } from '../../src/core/identity.ts';

const FEED = 'https://www.thelec.kr/rss/allArticle.xml';

describe('canonicalUrl', () => {
  it.each([
    ['removes utm parameters but keeps the zdnet article id', 'https://zdnet.co.kr/view/?no=20260817123456&utm_source=rss&utm_medium=feed', 'https://zdnet.co.kr/view/?no=20260817123456'],
    ['keeps the ND Soft idxno', 'https://www.thelec.kr/news/articleView.html?idxno=34567&utm_campaign=rss', 'https://www.thelec.kr/news/articleView.html?idxno=34567'],
    ['lower-cases scheme and host, drops the default port and the fragment (hankyung)', 'HTTPS://WWW.Hankyung.COM:443/article/2026081712345#comments', 'https://www.hankyung.com/article/2026081712345'],
    ['keeps an etnews id query', 'http://www.etnews.com/news/article.html?id=20260817000123&fbclid=IwAR0x', 'http://www.etnews.com/news/article.html?id=20260817000123'],
    ['keeps a Naver section parameter', 'https://n.news.naver.com/mnews/article/001/0015012345?sid=101', 'https://n.news.naver.com/mnews/article/001/0015012345?sid=101'],
    ['leaves a Google News article link as it is', 'https://news.google.com/rss/articles/CBMiWkFVX3lxTE5xZ2hQZ0RkZk9_a-b?oc=5', 'https://news.google.com/rss/articles/CBMiWkFVX3lxTE5xZ2hQZ0RkZk9_a-b?oc=5'],
    ['sorts the remaining parameters by name', 'https://a.example/view?sc=2&no=7&aid=1', 'https://a.example/view?aid=1&no=7&sc=2'],
    ['keeps repeated names in their original order', 'https://a.example/x?b=1&a=2&a=1', 'https://a.example/x?a=2&a=1&b=1'],
    ['matches tracking names case-insensitively', 'https://a.example/x?id=3&UTM_Source=rss&GCLID=9', 'https://a.example/x?id=3'],
    ['drops the ? when only tracking parameters were there', 'https://a.example/x?utm_source=rss&fbclid=1', 'https://a.example/x'],
    ['drops an empty trailing ?', 'https://a.example/x?', 'https://a.example/x'],
    ['keeps generic parameters that may identify content', 'https://a.example/x?from=rss&ref=main&spm=1&cmpid=4', 'https://a.example/x?cmpid=4&from=rss&ref=main&spm=1'],
    ['keeps a #! route, which names content', 'https://a.example/#!/article/123', 'https://a.example/#!/article/123'],
    ['upper-cases percent escapes', 'https://a.example/%ea%b0%80?q=%ec%97%94', 'https://a.example/%EA%B0%80?q=%EC%97%94'],
    ['encodes a Hangul path the same way as its escaped form', 'https://a.example/뉴스?q=엔비디아', 'https://a.example/%EB%89%B4%EC%8A%A4?q=%EC%97%94%EB%B9%84%EB%94%94%EC%95%84'],
    ['trims surrounding whitespace from CDATA links', '\n  https://www.mk.co.kr/news/economy/11234567  \n', 'https://www.mk.co.kr/news/economy/11234567'],
  ])('%s', (_name, raw, expected) => {
    expect(canonicalUrl(raw)).toBe(expected);
  });

  it.each([
    ['a path', '/news/articleView.html?idxno=1', 'https://www.thelec.kr/news/articleView.html?idxno=1'],
    ['a sibling file', 'articleView.html?idxno=2', 'https://www.thelec.kr/rss/articleView.html?idxno=2'],
    ['a protocol-relative link', '//cdn.thelec.kr/a.html', 'https://cdn.thelec.kr/a.html'],
  ])('resolves %s against the feed URL', (_name, raw, expected) => {
    expect(canonicalUrl(raw, FEED)).toBe(expected);
  });

  it('resolves each relative link against its own feed URL when feeds alternate', () => {
    const other = 'https://www.etnews.com/rss/section.xml';
    expect(canonicalUrl('a.html', FEED)).toBe('https://www.thelec.kr/rss/a.html');
    expect(canonicalUrl('a.html', other)).toBe('https://www.etnews.com/rss/a.html');
    expect(canonicalUrl('a.html', 'not a url')).toBeUndefined();
    expect(canonicalUrl('a.html', FEED)).toBe('https://www.thelec.kr/rss/a.html');
  });

  it.each([
    ['an escaped tracking name', 'https://a.example/x?utm%5Fsource=rss&id=1', 'https://a.example/x?id=1'],
    ['a tracking name with a + that decodes to a space is kept', 'https://a.example/x?utm+=1', 'https://a.example/x?utm+=1'],
    ['a ? inside a #! route when there is no query', 'https://a.example/#!/view?id=3', 'https://a.example/#!/view?id=3'],
    ['a query before a #! route', 'https://a.example/p?utm_source=x&b=2#!/r?q=1', 'https://a.example/p?b=2#!/r?q=1'],
    ['lower-case escapes inside a #! route', 'https://a.example/#!/%ea%b0%80', 'https://a.example/#!/%EA%B0%80'],
    ['an empty query before a dropped fragment', 'https://a.example/x?#top', 'https://a.example/x'],
    ['an empty fragment', 'https://a.example/x?b=1&a=2#', 'https://a.example/x?a=2&b=1'],
    ['an absolute link whatever the base', 'https://a.example/x?id=1', 'https://a.example/x?id=1'],
  ])('canonicalises %s', (_name, raw, expected) => {
    expect(canonicalUrl(raw, FEED)).toBe(expected);
  });

  it('still accepts an absolute link when the base is unusable', () => {
    expect(canonicalUrl('https://a.example/x', 'not a url')).toBe('https://a.example/x');
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['mailto:', 'mailto:desk@yna.co.kr'],
    ['ftp:', 'ftp://a.example/file'],
    ['data:', 'data:text/html,<p>x</p>'],
    ['plain words', '기사 링크 없음'],
    ['an empty string', '   '],
    ['a relative link without a base', '/news/1'],
  ])('rejects %s', (_name, raw) => {
    expect(canonicalUrl(raw)).toBeUndefined();
  });

  it('is idempotent', () => {
    const once = canonicalUrl('HTTP://A.example:80/p?z=1&utm_source=x&a=%e2#f');
    expect(once).toBe('http://a.example/p?a=%E2&z=1');
    expect(canonicalUrl(once ?? '')).toBe(once);
  });
});

describe('articleKeys', () => {
  it('gives the guid key first and then the url key when both exist', () => {
    expect(articleKeys({ guid: 'AKR20260817000100003', link: 'https://www.yna.co.kr/view/AKR20260817000100003?input=1195m' }, 'https://www.yna.co.kr/rss/news.xml'))
      .toEqual(['guid:www.yna.co.kr/AKR20260817000100003', 'url:https://www.yna.co.kr/view/AKR20260817000100003?input=1195m']);
  });

  it('canonicalises a guid that is an http(s) URL and does not scope it', () => {
    expect(articleKeys({ guid: 'HTTPS://Zdnet.co.kr/view/?utm_source=rss&no=2026#top' }, FEED)).toEqual(['guid:https://zdnet.co.kr/view/?no=2026']);
  });

  it('gives a guid that equals the link the same canonical URL in both keys', () => {
    const link = ' https://www.yna.co.kr/view/AKR1?utm_source=rss#top ';
    expect(articleKeys({ guid: link, link }, 'https://www.yna.co.kr/rss/news.xml'))
      .toEqual(['guid:https://www.yna.co.kr/view/AKR1', 'url:https://www.yna.co.kr/view/AKR1']);
  });

  it('scopes a relative guid that equals a relative link to the feed host instead of resolving it', () => {
    expect(articleKeys({ guid: '/view/1', link: '/view/1' }, FEED)).toEqual(['guid:www.thelec.kr//view/1', 'url:https://www.thelec.kr/view/1']);
  });

  it('scopes a guid that is not a URL to the feed host, so equal short guids of two outlets differ', () => {
    const a = articleKeys({ guid: '12345' }, 'https://www.outlet-a.example/rss');
    const b = articleKeys({ guid: '12345' }, 'https://www.outlet-b.example/rss');
    expect(a).toEqual(['guid:www.outlet-a.example/12345']);
    expect(a[0]).not.toBe(b[0]);
  });

  it('gives one guid key for two section feeds of the same host', () => {
    const all = articleKeys({ guid: '12345' }, 'https://www.yna.co.kr/rss/news.xml');
    const economy = articleKeys({ guid: '12345' }, 'https://www.yna.co.kr/rss/economy.xml');
    expect(all).toEqual(economy);
  });

  it('leaves a non-URL guid unscoped when no feed URL is given', () => {
    expect(articleKeys({ guid: ' tag:a.example,2026:1 ' })).toEqual(['guid:tag:a.example,2026:1']);
  });

  it('gives only a url key for a link without guid, resolving it against the feed URL', () => {
    expect(articleKeys({ link: '/news/articleView.html?idxno=9', title: '제목' }, FEED)).toEqual(['url:https://www.thelec.kr/news/articleView.html?idxno=9']);
  });

  it('gives the same url key to a link with and without tracking parameters', () => {
    const clean = articleKeys({ link: 'https://zdnet.co.kr/view/?no=2026081700001' });
    const tracked = articleKeys({ link: 'https://zdnet.co.kr/view/?utm_source=naver&no=2026081700001&utm_medium=referral#x' });
    expect(tracked).toEqual(clean);
  });

  it('lets the same story under its guid in one feed and a tracking link in another share a key', () => {
    const viaGuidFeed = articleKeys({ guid: 'zd-2026081700001', link: 'https://zdnet.co.kr/view/?no=2026081700001' }, 'https://feeds.feedburner.com/zdkorea');
    const viaOtherFeed = articleKeys({ link: 'https://zdnet.co.kr/view/?no=2026081700001&utm_source=google' }, 'https://news.google.com/rss/search?q=x');
    expect(viaGuidFeed.filter((key) => viaOtherFeed.includes(key))).toEqual(['url:https://zdnet.co.kr/view/?no=2026081700001']);
  });

  it('keeps different article ids in the query apart', () => {
    expect(articleKeys({ link: 'https://zdnet.co.kr/view/?no=1' })).not.toEqual(articleKeys({ link: 'https://zdnet.co.kr/view/?no=2' }));
  });

  describe('content hash (neither guid nor link)', () => {
    it('is a stable, pinned value: changing it would re-alert stored articles', () => {
      expect(articleKeys({ title: '제목', summary: '<p>요약</p>' })).toEqual(['hash:ec92744b33225f1156372db079bb3ad9']);
    });

    it('ignores markup, entities, case and whitespace', () => {
      const plain = articleKeys({ title: 'SK E&S 실적', summary: '영업이익 증가' });
      const marked = articleKeys({ title: '<b>sk</b>  E&amp;amp;S 실적', summary: '<p>영업이익\n증가</p>' });
      expect(marked).toEqual(plain);
    });

    it('differs when the text differs, and keeps title and summary apart', () => {
      expect(articleKeys({ title: '가', summary: '나' })).not.toEqual(articleKeys({ title: '가', summary: '다' }));
      expect(articleKeys({ title: '가' })).not.toEqual(articleKeys({ summary: '가' }));
    });

    it('is used when the link is unusable and there is no guid', () => {
      expect(articleKeys({ link: 'javascript:void(0)', title: '제목' })[0]).toMatch(/^hash:[0-9a-f]{32}$/);
    });

    it('is not added when a guid or link exists', () => {
      expect(articleKeys({ guid: 'g1', title: '제목' }).some((key) => key.startsWith('hash:'))).toBe(false);
    });
  });

  it('gives no keys for an entry with nothing in it', () => {
    expect(articleKeys({ guid: '  ', title: '<p></p>' })).toEqual([]);
  });
});
