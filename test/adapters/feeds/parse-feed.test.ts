import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../../src/adapters/feeds/charset.ts';
import { escapeBareAmpersands, parseFeedXml } from '../../../src/adapters/feeds/parse-feed.ts';
import { FeedError } from '../../../src/core/errors.ts';

const NOW = new Date('2026-10-01T00:00:00Z');
const opts = { timeZone: 'Asia/Seoul', now: NOW, url: 'https://feeds.example/test.xml' };
const fixtureText = (name: string, contentType = 'application/xml') =>
  decodeFeedBytes(readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url)), contentType);
const parseFixture = (name: string, contentType?: string) => parseFeedXml(fixtureText(name, contentType), opts);
const rejection = async (p: Promise<unknown>): Promise<FeedError> => {
  const err = await p.then(() => undefined, (e: unknown) => e);
  if (!(err instanceof FeedError)) throw new Error(`expected a FeedError, got ${String(err)}`);
  return err;
};

describe('parseFeedXml on the fixtures', () => {
  it('parses the EUC-KR RSS feed with exact Korean strings', async () => {
    const feed = await parseFixture('euc-kr.xml');
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('보안뉴스 테스트 피드');
    expect(feed.entries).toEqual([
      {
        guid: 'example-1001',
        title: '엔비디아, 차세대 GPU 공개… 똠방각하도 뷁',
        link: 'https://www.example.co.kr/news/view.asp?idx=1001&kind=1',
        summary: '<p>엔비디아가 <b>새 GPU</b>를 공개했다.</p>',
        published: new Date('2026-06-11T04:02:17Z'),
        author: '홍길동 기자',
      },
      {
        guid: 'example-1002',
        title: '똠양꿍 가격 인상에 소비자 "뷁"',
        link: 'https://www.example.co.kr/news/view.asp?idx=1002',
        summary: '물가 상승 여파',
        published: new Date('2026-06-11T05:00:00Z'),
        author: undefined,
      },
    ]);
  });

  it('parses Atom: id, alternate link, summary before content, author name, published before updated', async () => {
    const feed = await parseFixture('atom.xml');
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('반도체 테크 블로그');
    expect(feed.entries).toEqual([
      {
        guid: 'tag:blog.example.kr,2026:hbm4',
        title: 'SK하이닉스, HBM4 양산 돌입',
        link: 'https://blog.example.kr/2026/09/hbm4',
        summary: '<p>SK하이닉스가 <b>HBM4</b> 양산을 시작했다.</p>',
        published: new Date('2026-08-31T23:30:00Z'),
        author: '김반도 기자',
      },
      {
        guid: 'tag:blog.example.kr,2026:2nm',
        title: '삼성전자 파운드리 2나노 수율 개선',
        link: 'https://blog.example.kr/2026/08/2nm',
        summary: '<p>요약이 없는 글은 본문을 쓴다.</p>',
        published: new Date('2026-08-31T23:15:00Z'),
        author: undefined,
      },
    ]);
  });

  it('reads zone-less and KST dates as Korean time', async () => {
    const feed = await parseFixture('zoneless-dates.xml');
    expect(feed.entries.map((e) => [e.title, e.published?.toISOString()])).toEqual([
      ['엔비디아 시가총액 5조달러 돌파', '2026-08-17T13:01:14.000Z'],
      ['코스피 3000 회복', '2026-08-18T03:00:00.000Z'],
      ['원·달러 환율 하락', '2026-09-27T00:30:00.000Z'],
    ]);
  });

  it('reads the same zone-less dates in another configured zone', async () => {
    const feed = await parseFeedXml(fixtureText('zoneless-dates.xml'), { ...opts, timeZone: 'UTC' });
    expect(feed.entries[0]?.published?.toISOString()).toBe('2026-08-17T22:01:14.000Z');
  });

  it('uses dc:date when there is no pubDate, and dc:creator as the author', async () => {
    const feed = await parseFixture('dc-date.xml');
    expect(feed.entries.map((e) => [e.title, e.author, e.published?.toISOString(), e.summary])).toEqual([
      ['정부, AI 반도체 지원책 발표', '이정부 기자', '2026-09-27T01:15:00.000Z', '정부가 27일 <a href="https://www.example.kr/x">AI 반도체</a> 지원책을 내놨다.'],
      ['국회 예산안 처리', '박국회 기자', '2026-09-27T02:20:00.000Z', '여야 합의'],
    ]);
  });

  it('leaves published undefined when an item has no date, and uses an http guid as the link', async () => {
    const feed = await parseFixture('no-dates.xml');
    expect(feed.entries).toEqual([
      { guid: undefined, title: '기후위기 대응 예산 늘린다', link: 'https://www.example.org/society/1001.html', summary: '탄소중립 예산 확대', published: undefined, author: undefined },
      {
        guid: 'https://www.example.org/economy/1002.html',
        title: '링크 없이 guid만 있는 기사',
        link: 'https://www.example.org/economy/1002.html',
        summary: '<p>설명 대신 본문만 있다.</p>',
        published: undefined,
        author: undefined,
      },
    ]);
  });

  it('recovers from a bare & in a title without touching real entities or CDATA', async () => {
    const feed = await parseFixture('bare-ampersand.xml');
    expect(feed.entries.map((e) => [e.title, e.link, e.summary])).toEqual([
      ['삼성 & LG, R&D 투자 확대', 'https://www.example.net/news?id=7&cat=2', '<p>AT&T와 협력 &amp; 제휴</p>'],
      ['반도체 수출 <역대 최대>', 'https://www.example.net/news?id=8', '9월 수출 통계'],
    ]);
  });

  it('rejects an HTML page as not-a-feed, saying it looks like an HTML page', async () => {
    const err = await rejection(parseFixture('html-page.html'));
    expect(err.reason).toBe('not-a-feed');
    expect(err.url).toBe(opts.url);
    expect(err.message).toContain('https://feeds.example/test.xml');
    expect(err.message).toMatch(/looks like an HTML page/);
  });

  it('keeps UTF-8 text intact when the feed declares ISO-8859-1', async () => {
    const feed = await parseFixture('utf8-declares-latin1.xml', 'application/rss+xml; charset=ISO-8859-1');
    expect(feed.entries[0]?.title).toBe('네이버클라우드, 하이퍼클로바X 공개 — café 메뉴 추천도');
  });

  it('survives an Atom <published> that is not a date (rss-parser would throw RangeError)', async () => {
    const feed = await parseFixture('bad-atom-date.xml');
    expect(feed.entries.map((e) => [e.title, e.published?.toISOString()])).toEqual([
      ['날짜를 읽을 수 없는 글', undefined],
      ['정상 날짜의 글', '2026-09-03T03:00:00.000Z'],
    ]);
  });
});

describe('parseFeedXml on inline documents', () => {
  const rss = (items: string, extra = '') => `<?xml version="1.0"?><rss version="2.0"${extra}><channel><title>T</title>${items}</channel></rss>`;

  it('falls back to non-strict parsing for HTML entities such as &nbsp;', async () => {
    const feed = await parseFeedXml(rss('<item><title>삼성&nbsp;전자</title><link>https://a.example/1</link></item>'), opts);
    expect(feed.entries[0]?.title).toBe('삼성\u00a0전자');
  });

  it('parses RSS 1.0 (rdf:RDF) with dc:date, also in non-strict mode', async () => {
    const doc = (title: string) =>
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
      `<channel><title>R</title></channel><item rdf:about="https://a.example/1"><title>${title}</title><link>https://a.example/1</link>` +
      `<dc:date>2026-09-01T10:00:00+09:00</dc:date></item></rdf:RDF>`;
    for (const title of ['기사', '기사&nbsp;']) {
      const feed = await parseFeedXml(doc(title), opts);
      expect(feed.format).toBe('rdf');
      expect(feed.entries[0]?.link).toBe('https://a.example/1');
      expect(feed.entries[0]?.published?.toISOString()).toBe('2026-09-01T01:00:00.000Z');
    }
  });

  it('reads Atom links and authors in non-strict mode (attribute names lower-cased back)', async () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title>E&nbsp;1</title>` +
      `<link rel="alternate" href="https://a.example/e1"/><id>e1</id><published>bogus</published>` +
      `<updated>2026-09-01T00:00:00Z</updated><author><name>N</name></author></entry></feed>`;
    const feed = await parseFeedXml(xml, opts);
    expect(feed.entries[0]).toMatchObject({ guid: 'e1', link: 'https://a.example/e1', author: 'N', published: new Date('2026-09-01T00:00:00Z') });
  });

  it('takes the first date candidate that parses (bad pubDate, good dc:date)', async () => {
    const xml = rss('<item><title>A</title><pubDate>어제</pubDate><dc:date>2026-09-01</dc:date></item>', ' xmlns:dc="http://purl.org/dc/elements/1.1/"');
    expect((await parseFeedXml(xml, opts)).entries[0]?.published?.toISOString()).toBe('2026-08-31T15:00:00.000Z');
  });

  it('drops a date more than a day after the fetch time', async () => {
    const xml = rss('<item><title>A</title><pubDate>2030-01-01 00:00</pubDate></item><item><title>B</title><pubDate>2026-10-01 08:59</pubDate></item>');
    const feed = await parseFeedXml(xml, opts);
    expect(feed.entries.map((e) => e.published?.toISOString())).toEqual([undefined, '2026-09-30T23:59:00.000Z']);
  });

  it('prefers the description to content:encoded', async () => {
    const xml = rss(
      '<item><title>A</title><description>짧은 요약</description><content:encoded><![CDATA[<p>긴 본문</p>]]></content:encoded></item>',
      ' xmlns:content="http://purl.org/rss/1.0/modules/content/"',
    );
    expect((await parseFeedXml(xml, opts)).entries[0]?.summary).toBe('짧은 요약');
  });

  it('skips items with nothing in them', async () => {
    const feed = await parseFeedXml(rss('<item></item><item><title>A</title></item>'), opts);
    expect(feed.entries.map((e) => e.title)).toEqual(['A']);
  });

  it('does not expand external entities', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&xxe;</title><item><title>a</title></item></channel></rss>`;
    const feed = await parseFeedXml(xml, opts);
    expect(feed.title).toBe('&xxe;');
  });

  it.each([
    ['', /empty/],
    ['{"version":"https://jsonfeed.org/version/1.1","items":[]}', /looks like JSON/],
    ['<?xml version="1.0"?><urlset><url/></urlset>', /root element is <urlset>/],
    ['just some text', /does not look like XML/],
    ['<html><body>moved</body></html>', /looks like an HTML page/],
  ])('rejects %j as not-a-feed', async (xml, message) => {
    const err = await rejection(parseFeedXml(xml, opts));
    expect(err.reason).toBe('not-a-feed');
    expect(err.message).toMatch(message);
  });

  it('rejects a truncated feed as a parse error naming the URL', async () => {
    const err = await rejection(parseFeedXml('<rss version="2.0"><channel><title>T</title><item><title>A</title></channel>', opts));
    expect(err.reason).toBe('parse');
    expect(err.message).toMatch(/^https:\/\/feeds\.example\/test\.xml could not be parsed as RSS: /);
  });
});

describe('escapeBareAmpersands', () => {
  it('escapes only ampersands that start no entity, and none inside CDATA', () => {
    expect(escapeBareAmpersands('<t>R&D &amp; &#38; &#x26; &nbsp; AT&T</t><![CDATA[A&B]]>&')).toBe(
      '<t>R&amp;D &amp; &#38; &#x26; &nbsp; AT&amp;T</t><![CDATA[A&B]]>&amp;',
    );
  });
});
