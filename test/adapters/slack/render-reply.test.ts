import { describe, expect, it } from 'vitest';
import { packLines, renderSlackReply, storyText } from '../../../src/adapters/slack/render-reply.ts';
import { USAGE_LINES } from '../../../src/app/commands/command.ts';
import type { Reply } from '../../../src/app/commands/reply.ts';
import type { SlackBlock } from '../../../src/core/format/slack/blocks.ts';
import { BLOCKS_JSON_BUDGET, MAX_BLOCKS, SECTION_TEXT_MAX } from '../../../src/core/format/slack/limits.ts';
import type { StoryView } from '../../../src/core/message.ts';

const ctx = { timeZone: 'Asia/Seoul', command: '/news' };

const story = (over: Partial<StoryView> = {}): StoryView => ({
  id: 's1',
  title: '엔비디아, 한국에 GPU 26만장 공급',
  url: 'https://news.test/a',
  feed: '전자신문',
  published: new Date('2026-11-29T01:20:00Z'),
  topics: ['nvidia'],
  keywords: ['엔비디아'],
  facts: [{ kind: 'quantity', text: 'GPU 26만장', exact: '260000', unit: '장' } as StoryView['facts'][number]],
  otherSources: [],
  ...over,
});

const sectionTexts = (blocks: SlackBlock[]) => blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : []));
const allTexts = (blocks: SlackBlock[]) =>
  blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : b.type === 'context' ? b.elements.map((e) => e.text) : []));

function expectWithinLimits(blocks: SlackBlock[]) {
  expect(blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
  expect(JSON.stringify(blocks).length).toBeLessThanOrEqual(BLOCKS_JSON_BUDGET);
  for (const t of sectionTexts(blocks)) expect(t.length).toBeLessThanOrEqual(SECTION_TEXT_MAX);
}

describe('rendering /news replies as Block Kit', () => {
  it('lists the help lines with the configured command, angle brackets escaped', () => {
    const m = renderSlackReply({ kind: 'help', command: '/뉴스', lines: USAGE_LINES }, ctx);
    const text = allTexts(m.blocks).join('\n');
    expect(text).toContain('• /뉴스 search &lt;검색어&gt; [7d] [p2]');
    expect(text).not.toMatch(/<검색어>/);
    expect(m.text).toContain('/뉴스 사용법');
  });

  it('marks changes, failures and refusals, escaping what the user or the settings said', () => {
    const changed = renderSlackReply({ kind: 'changed', summary: 'added "<!channel>" to nvidia' }, ctx);
    expect(sectionTexts(changed.blocks)).toEqual(['✅ added "&lt;!channel&gt;" to nvidia']);
    const failed = renderSlackReply({ kind: 'failed', reason: 'no topic "a&b"' }, ctx);
    expect(sectionTexts(failed.blocks)).toEqual(['⚠️ no topic "a&amp;b"']);
    const denied = renderSlackReply({ kind: 'denied', action: 'topics remove <@U1>' }, ctx);
    expect(sectionTexts(denied.blocks)[0]).toMatch(/^🚫 .*topics remove &lt;@U1&gt;.*관리자만/);
  });

  it('gives usage errors the usage line and a pointer to help', () => {
    const m = renderSlackReply({ kind: 'usage', error: 'which topic?', usage: 'keywords <주제>', command: '/news' }, ctx);
    expect(allTexts(m.blocks)).toEqual(['⚠️ which topic?\n사용법: `/news keywords &lt;주제&gt;`', '전체 사용법: /news help']);
  });

  it('shows the empty text of an empty list', () => {
    const m = renderSlackReply({ kind: 'list', title: '피드', items: [], empty: '피드가 없습니다.' }, ctx);
    expect(sectionTexts(m.blocks)).toEqual(['피드가 없습니다.']);
  });

  it('keeps a huge list within Block Kit limits and says how many items were left out', () => {
    const items = Array.from({ length: 400 }, (_, i) => `topic-${i}: ${'&'.repeat(40)} <b>`);
    const m = renderSlackReply({ kind: 'list', title: '주제', items, empty: '' }, ctx);
    expectWithinLimits(m.blocks);
    const shown = sectionTexts(m.blocks).slice(1).join('\n').split('\n').length;
    expect(shown).toBeGreaterThan(20);
    const note = m.blocks.at(-1);
    expect(note?.type === 'context' && note.elements[0]?.text).toBe(`외 ${400 - shown}개는 생략했습니다.`);
  });

  it('packs lines into sections of at most 3,000 characters, keeping their order', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `${i}`.repeat(700));
    const { blocks, left } = packLines(lines, 100_000, 50);
    expect(left).toBe(0);
    expect(blocks).toHaveLength(3);
    expect(sectionTexts(blocks).join('\n').split('\n')).toEqual(lines);
    expect(packLines(lines, 100_000, 2)).toMatchObject({ left: 2 });
  });
});

describe('rendering search results', () => {
  const stories = (r: Partial<Extract<Reply, { kind: 'stories' }>>): Reply => ({ kind: 'stories', query: '엔비디아', sinceMs: 7 * 86_400_000, page: 1, pages: 1, total: 1, stories: [story()], ...r });

  it('shows each story: linked title, outlet and others, local time, top facts', () => {
    const s = story({ otherSources: [{ feed: '연합뉴스', title: 't', url: undefined, published: new Date() }] });
    expect(storyText(s, 'Asia/Seoul')).toBe(
      '*<https://news.test/a|엔비디아, 한국에 GPU 26만장 공급>*\n전자신문 외 1곳 · 2026-11-29 10:20\n• GPU 26만장 → 260,000장',
    );
  });

  it('escapes titles and outlets so they can neither ping nor link', () => {
    const m = renderSlackReply(stories({ stories: [story({ title: '<!channel> | 속보 > 단독', feed: '<@U1>', url: 'https://x.test/a|b' })] }), ctx);
    const text = allTexts(m.blocks).join('\n');
    expect(text).not.toMatch(/<!channel>|<@U1>/);
    expect(text).toContain('<https://x.test/a%7Cb|&lt;!channel› ｜ 속보 › 단독>');
    expect(text).toContain('&lt;@U1&gt;');
  });

  it('shows the page and the command for the next page', () => {
    const m = renderSlackReply(stories({ page: 2, pages: 3, total: 12, query: 'a<b' }), ctx);
    const text = allTexts(m.blocks).join('\n');
    expect(text).toContain('*"a&lt;b" 검색 결과 12건* (2/3쪽)');
    expect(text).toContain('다음 쪽: `/news search a&lt;b 7d p3`');
    const last = renderSlackReply(stories({ page: 3, pages: 3, total: 12 }), ctx);
    expect(allTexts(last.blocks).join('\n')).not.toContain('다음 쪽');
  });

  it('says so when nothing matched, or the page is past the last one', () => {
    expect(sectionTexts(renderSlackReply(stories({ total: 0, stories: [] }), ctx).blocks)[0]).toContain('최근 기사가 없습니다');
    expect(allTexts(renderSlackReply(stories({ page: 5, pages: 2, total: 7, stories: [] }), ctx).blocks)).toContain(
      '5쪽에는 결과가 없습니다. 마지막 쪽은 2쪽입니다.',
    );
  });

  it('stays within limits when the stories are enormous, and counts the ones left out', () => {
    const huge = Array.from({ length: 5 }, (_, i) =>
      story({ id: `s${i}`, title: '&'.repeat(1000), url: `https://x.test/${'a'.repeat(2000)}`, facts: Array.from({ length: 3 }, () => ({ kind: 'org', name: '&'.repeat(300) }) as StoryView['facts'][number]) }),
    );
    const m = renderSlackReply(stories({ stories: huge, total: 5 }), ctx);
    expectWithinLimits(m.blocks);
    expect(allTexts(m.blocks).some((t) => /기사 \d건은 메시지 크기 제한으로 생략/.test(t))).toBe(true);
  });
});
