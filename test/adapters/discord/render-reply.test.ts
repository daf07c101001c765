import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/app/commands/reply.ts';
import { renderDiscordReply } from '../../../src/adapters/discord/render-reply.ts';
import { FACTS, manyStories, story, TZ } from '../../core/format/discord/stories.ts';
import { expectWithinDiscordLimits } from '../../core/format/discord/within-limits.ts';

const ctx = { timeZone: TZ };
const render = (r: Reply) => renderDiscordReply(r, ctx);
const description = (r: Reply) => render(r).embeds.map((e) => e.description ?? '').join('\n');

describe('rendering /news replies for Discord', () => {
  it('escapes what users and feeds wrote and never lets it ping', () => {
    const sneaky = '@everyone **굵게** [링크](https://evil.example) <@123>';
    for (const r of [
      { kind: 'changed', summary: `added "${sneaky}" to nvidia` },
      { kind: 'failed', reason: sneaky },
      { kind: 'denied', action: `keywords add nvidia ${sneaky}` },
      { kind: 'list', title: sneaky, items: [sneaky], empty: '' },
    ] satisfies Reply[]) {
      const m = render(r);
      expect(m.allowed_mentions).toEqual({ parse: [] });
      // Descriptions render links and mentions; titles only inline styling (core/format/discord/text.ts).
      const text = m.embeds.map((e) => `${e.title ?? ''}\n${e.description ?? ''}`).join('\n');
      expect(text).toContain('\\*\\*굵게\\*\\*');
      expect(m.embeds.map((e) => e.description).join('\n')).not.toMatch(/(?<!\\)\[링크|(?<!\\)<@123/); // unescaped: a link or a mention
    }
  });

  it('says a refused change needs Manage Server or an admin role', () => {
    expect(description({ kind: 'denied', action: 'topics remove nvidia' })).toMatch(/권한이 없습니다.*topics remove nvidia[\s\S]*서버 관리 권한이나 관리자 역할/);
  });

  it('keeps feed URLs in lists clickable while escaping the text around them', () => {
    const d = description({ kind: 'list', title: '피드', items: ['my_feed (꺼짐) — https://rss.example.com/my_feed-1.xml'], empty: '' });
    expect(d).toBe('• my\\_feed \\(꺼짐\\) — https://rss.example.com/my_feed-1.xml');
  });

  it('cuts a long list to one description and counts what was left out', () => {
    const items = Array.from({ length: 400 }, (_, i) => `feed ${i} — https://example.com/feeds/${i}/rss.xml`);
    const m = render({ kind: 'list', title: '피드', items, empty: '' });
    expectWithinDiscordLimits([m]);
    const shown = (m.embeds[0]?.description ?? '').split('\n');
    expect(shown.at(-1)).toBe(`… 외 ${400 - (shown.length - 1)}개`);
    expect(shown.length).toBeGreaterThan(50);
  });

  it('shows the empty text of an empty list', () => {
    expect(description({ kind: 'list', title: '피드', items: [], empty: '피드가 없습니다.' })).toBe('피드가 없습니다.');
  });

  it('shows each story as a title link with outlet, other outlets, local time and top facts, and the page', () => {
    const s = story({ facts: FACTS, otherSources: manyStories(1)[0]?.otherSources ?? [] });
    const m = render({ kind: 'stories', query: '엔비디아', sinceMs: 86_400_000, page: 1, pages: 3, total: 11, stories: [s] });
    expectWithinDiscordLimits([m]);
    const [e] = m.embeds;
    expect(e?.title).toBe('🔎 "엔비디아" 검색 결과 11건');
    expect(e?.description).toContain('[엔비디아, 한국에 GPU 26만장 공급](https://news.example.kr/article/1)');
    expect(e?.description).toContain('연합뉴스 · 2026-11-29 10:20 · 외 1곳');
    expect(e?.description?.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(3);
    expect(e?.footer?.text).toBe('기간 1d · 1/3쪽 · 다음 쪽: period:1d page:2');
  });

  it('keeps a page of very long stories within Discord limits, noting any left out', () => {
    const long = manyStories(5, { title: '가'.repeat(1000), facts: FACTS.map((f) => ({ ...f, text: '나'.repeat(1000) })) });
    const m = render({ kind: 'stories', query: 'x', sinceMs: 7 * 86_400_000, page: 2, pages: 2, total: 10, stories: long });
    expectWithinDiscordLimits([m]);
    expect(m.embeds[0]?.title).toContain('검색 결과 10건');
    expect(m.embeds.at(-1)?.footer?.text).toMatch(/^기간 7d · 2\/2쪽 · [1-4]건은 길어서 생략$/);
  });

  it('says when a search found nothing', () => {
    expect(description({ kind: 'stories', query: '없는말', sinceMs: 7 * 86_400_000, page: 1, pages: 1, total: 0, stories: [] })).toBe('"없는말"에 해당하는 최근 기사가 없습니다.');
  });

  it('lists the Discord subcommands with their options in help, under the configured name', () => {
    const m = render({ kind: 'help', command: '/alerts', lines: [] });
    expect(m.embeds[0]?.title).toBe('/alerts 사용법');
    expect(m.embeds[0]?.description).toContain('`/alerts keywords-add topic keywords` — 주제에 키워드 추가 (관리자)');
    expect(m.embeds[0]?.description).toContain('`/alerts search query [period] [page]`');
  });

  it('points a usage error to help', () => {
    expect(description({ kind: 'usage', error: 'give a topic and at least one keyword', usage: 'keywords add', command: '/news' })).toBe(
      '⚠️ give a topic and at least one keyword\n`/news help`로 사용법을 볼 수 있습니다.',
    );
  });
});
