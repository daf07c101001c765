import { describe, it, expect } from 'vitest';
import { FALLBACK_TITLE_CHARS, SUMMARY_MAX_CHARS, toArticle } from '../../src/core/article-from-entry.ts';
import type { FeedEntry } from '../../src/core/article.ts';

const FEED = { name: '연합뉴스', url: 'https://www.yna.co.kr/rss/news.xml' };
const NOW = new Date('2026-08-17T03:00:00Z');
const HOUR = 60 * 60 * 1000;

function article(entry: FeedEntry) {
  const result = toArticle(entry, FEED, NOW);
  if (result === undefined) throw new Error('expected an article');
  return result;
}

describe('toArticle', () => {
  it('normalises a complete entry', () => {
    const published = new Date('2026-08-17T01:02:17Z');
    expect(
      toArticle(
        {
          guid: 'AKR20260817000100003',
          title: '<b>[속보]</b> SK E&amp;S, 엔비디아&#xC640; 협력',
          link: 'https://www.yna.co.kr/view/AKR20260817000100003?utm_source=rss&input=1195m',
          summary: '<p>(서울=연합뉴스) 홍길동 기자 =</p><p>SK E&amp;amp;S는&nbsp;17일 발표했다.</p>',
          published,
          author: '  홍길동\n 기자 ',
        },
        FEED,
        NOW,
      ),
    ).toEqual({
      id: 'guid:www.yna.co.kr/AKR20260817000100003',
      keys: ['guid:www.yna.co.kr/AKR20260817000100003', 'url:https://www.yna.co.kr/view/AKR20260817000100003?input=1195m'],
      feed: '연합뉴스',
      feedUrl: 'https://www.yna.co.kr/rss/news.xml',
      title: '[속보] SK E&S, 엔비디아와 협력',
      url: 'https://www.yna.co.kr/view/AKR20260817000100003?input=1195m',
      summary: '(서울=연합뉴스) 홍길동 기자 =\nSK E&S는 17일 발표했다.',
      published,
      publishedFromFeed: true,
      author: '홍길동 기자',
    });
  });

  it('resolves a relative link against the feed URL', () => {
    expect(article({ title: '제목', link: '/view/AKR1' }).url).toBe('https://www.yna.co.kr/view/AKR1');
  });

  it('leaves url undefined for an unusable link and identifies the article by content', () => {
    const result = article({ title: '제목', link: 'javascript:void(0)' });
    expect(result.url).toBeUndefined();
    expect(result.id).toMatch(/^hash:/);
  });

  describe('published date', () => {
    it('uses now and publishedFromFeed false when the feed gave no date', () => {
      const result = article({ title: '한겨레 기사' });
      expect(result.published).toEqual(NOW);
      expect(result.publishedFromFeed).toBe(false);
    });

    it('treats an invalid date like a missing one', () => {
      const result = article({ title: '제목', published: new Date('27 09 2026') });
      expect(result.published).toEqual(NOW);
      expect(result.publishedFromFeed).toBe(false);
    });

    it('clamps a date more than a day in the future to now', () => {
      const result = article({ title: '제목', published: new Date(NOW.getTime() + 25 * HOUR) });
      expect(result.published).toEqual(NOW);
      expect(result.publishedFromFeed).toBe(false);
    });

    it('keeps a date slightly in the future (a KST/UTC slip of 9 hours)', () => {
      const ahead = new Date(NOW.getTime() + 9 * HOUR);
      const result = article({ title: '제목', published: ahead });
      expect(result.published).toEqual(ahead);
      expect(result.publishedFromFeed).toBe(true);
    });

    it('does not hand back the caller’s Date objects', () => {
      const published = new Date('2026-08-16T00:00:00Z');
      const result = article({ title: '제목', published });
      result.published.setTime(0);
      expect(published.toISOString()).toBe('2026-08-16T00:00:00.000Z');
      article({ title: '날짜 없음' }).published.setTime(0);
      expect(NOW.toISOString()).toBe('2026-08-17T03:00:00.000Z');
    });
  });

  describe('title', () => {
    it('is one line even when the feed put breaks in it', () => {
      expect(article({ title: '엔비디아<br>젠슨 황\n방한' }).title).toBe('엔비디아 젠슨 황 방한');
    });

    it('falls back to the start of the summary, cut on a word boundary', () => {
      const summary = '<p>엔비디아가 한국 정부와 기업에 최신 그래픽처리장치(GPU) 26만장을 공급한다고 밝혔다.</p><p>젠슨 황 최고경영자는 31일 경주에서 열린 행사에서 이같이 말했다.</p>';
      const { title } = article({ summary, link: 'https://a.example/1' });
      expect(title.length).toBeLessThanOrEqual(FALLBACK_TITLE_CHARS);
      expect(title).toMatch(/^엔비디아가 한국 정부와 .*[^ ]…$/);
      expect(title).not.toContain('\n');
      const withoutEllipsis = title.slice(0, -1);
      expect('엔비디아가 한국 정부와 기업에 최신 그래픽처리장치(GPU) 26만장을 공급한다고 밝혔다. 젠슨 황 최고경영자는 31일 경주에서 열린 행사에서 이같이 말했다.')
        .toMatch(new RegExp(`^${withoutEllipsis.replace(/[()]/g, '\\$&')} `));
    });

    it('uses a short summary whole', () => {
      expect(article({ summary: '짧은 요약', title: '  ' }).title).toBe('짧은 요약');
    });

    it('falls back to the link when there is neither title nor summary', () => {
      expect(article({ link: 'https://a.example/view?no=1&utm_source=x' }).title).toBe('https://a.example/view?no=1');
    });
  });

  describe('summary', () => {
    it('is capped on a word boundary with an ellipsis', () => {
      const sentence = '삼성전자는 17일 3분기 실적을 발표했다. ';
      const { summary } = article({ title: '제목', summary: sentence.repeat(200) });
      expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
      expect(summary.length).toBeGreaterThan(SUMMARY_MAX_CHARS * 0.9);
      expect(summary.endsWith('…')).toBe(true);
      expect(sentence.repeat(200).startsWith(`${summary.slice(0, -1)} `)).toBe(true);
    });

    it('is cut hard when there is no space, never splitting a surrogate pair', () => {
      const { summary } = article({ title: '제목', summary: '😀'.repeat(SUMMARY_MAX_CHARS) });
      expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
      expect(summary.endsWith('😀…')).toBe(true);
    });

    it('is kept whole when short', () => {
      expect(article({ title: '제목', summary: '요약' }).summary).toBe('요약');
    });
  });

  it('makes a blank author undefined', () => {
    expect(article({ title: '제목', author: ' \n ' }).author).toBeUndefined();
    expect(article({ title: '제목' }).author).toBeUndefined();
  });

  describe('entries with nothing to show', () => {
    it.each<[string, FeedEntry]>([
      ['an empty entry', {}],
      ['an entry with only a guid and a date', { guid: 'x', published: NOW }],
      ['an entry whose title and summary are markup only', { title: '<b></b>', summary: '<p><img src="a.jpg"></p>' }],
      ['an entry whose only link is unusable', { link: 'mailto:desk@yna.co.kr' }],
    ])('gives undefined for %s', (_name, entry) => {
      expect(toArticle(entry, FEED, NOW)).toBeUndefined();
    });
  });
});
