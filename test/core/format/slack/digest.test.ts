import { describe, expect, it } from 'vitest';
import type { SlackMessage } from '../../../../src/core/format/slack/blocks.ts';
import { formatSlackDigest, slackDigestParts } from '../../../../src/core/format/slack/digest.ts';
import { angleTokens, digest, FACTS, LONE_SURROGATE, mrkdwnTexts, story } from './sample-messages.ts';

const ctx = { timeZone: 'Asia/Seoul' };
const headers = (msgs: SlackMessage[]) => msgs.map((m) => (m.blocks[0]?.type === 'header' ? m.blocks[0].text.text : ''));
/** Story ids in the order their links appear (urls end in /article/<n>). */
const storyOrder = (msgs: SlackMessage[]) =>
  mrkdwnTexts(msgs.flatMap((m) => m.blocks)).flatMap((t) => [...t.matchAll(/\/article\/(\d+)\|/g)].map((m) => `s${m[1]}`));

function expectWithinLimits(msgs: SlackMessage[]) {
  for (const msg of msgs) {
    expect(msg.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(msg).length).toBeLessThan(12_000);
    for (const block of msg.blocks) {
      if (block.type === 'section') expect(block.text.text.length).toBeLessThanOrEqual(3000);
      if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(150);
    }
  }
}

describe('Slack digest', () => {
  it('fits a short digest in one message: header with the period, topics, stories', () => {
    const msgs = formatSlackDigest(digest(3), ctx);
    expect(msgs).toHaveLength(1);
    const blocks = msgs[0]?.blocks ?? [];
    expect(headers(msgs)).toEqual(['뉴스 다이제스트 · 2026-11-29 09:00']);
    expect(mrkdwnTexts(blocks)).toEqual([
      '2026-11-28 21:00 ~ 2026-11-29 09:00 · 기사 3건',
      '*AI 반도체*',
      '*<https://news.example.kr/article/1|기사 1: 엔비디아 GPU 공급 확대 소식>*\n연합뉴스 · 2026-11-29 09:01\n' +
        '• 26만장 → 260,000장\n• 약 14조원 → 약 KRW 14,000,000,000,000\n• 엔비디아',
      expect.stringMatching(/^\*<https:\/\/news\.example\.kr\/article\/2\|/),
      '*배터리*',
      expect.stringMatching(/^\*<https:\/\/news\.example\.kr\/article\/3\|/),
    ]);
    expect(msgs[0]?.text).toBe('뉴스 다이제스트 · 2026-11-29 09:00 — 기사 3건');
  });

  it.each([
    [{ reason: 'quiet-hours' as const }, '2026-11-28 21:00 ~ 2026-11-29 09:00 · 기사 3건 · 방해 금지 시간 동안 모인 기사'],
    [{ reason: 'manual' as const, since: undefined }, '보관된 기사 전체 (~ 2026-11-29 09:00) · 기사 3건 · 요청한 다이제스트'],
  ])('says what period it covers and why (%j)', (over, summary) => {
    expect(mrkdwnTexts(formatSlackDigest(digest(3, ['AI'], over), ctx))[0]).toBe(summary);
  });

  it('shows how many outlets reported a story', () => {
    const d = digest(1, ['AI']);
    d.sections[0]?.stories.splice(0, 1, story({ otherSources: [{ feed: '한국경제', title: 't', url: undefined, published: new Date(0) }] }));
    expect(mrkdwnTexts(formatSlackDigest(d, ctx))[2]).toMatch(/\n연합뉴스 · 2026-11-29 10:20 · 2개 매체\n/);
  });

  it('ends with how many stories were left out', () => {
    const msgs = formatSlackDigest(digest(3, ['AI'], { more: 12 }), ctx);
    expect(msgs.at(-1)?.blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '그 밖에 12건은 생략했습니다.', verbatim: true }] });
  });

  it('says so when there is nothing to report, and skips empty topics', () => {
    const msgs = formatSlackDigest(digest(0, ['AI', '배터리']), ctx);
    expect(msgs).toHaveLength(1);
    expect(mrkdwnTexts(msgs)).toEqual(['2026-11-28 21:00 ~ 2026-11-29 09:00 · 기사 0건', '새로 전할 기사가 없습니다.']);
  });

  it('splits 60 stories into messages within Slack limits, in order, losing nothing', () => {
    const msgs = formatSlackDigest(digest(60, ['AI 반도체', '배터리', '로봇'], { more: 5 }), ctx);
    expect(msgs.length).toBeGreaterThan(1);
    expectWithinLimits(msgs);
    expect(storyOrder(msgs)).toEqual(Array.from({ length: 60 }, (_, i) => `s${i + 1}`));
    const n = msgs.length;
    expect(headers(msgs)).toEqual(msgs.map((_, i) => `뉴스 다이제스트 · 2026-11-29 09:00 (${i + 1}/${n})`));
    expect(msgs.map((m) => m.text)).toEqual(msgs.map((_, i) => `뉴스 다이제스트 · 2026-11-29 09:00 (${i + 1}/${n}) — 기사 60건`));
    const notes = mrkdwnTexts(msgs).filter((t) => t.startsWith('그 밖에'));
    expect(notes).toEqual(['그 밖에 5건은 생략했습니다.']);
    expect(mrkdwnTexts(msgs.at(-1)?.blocks).at(-1)).toBe('그 밖에 5건은 생략했습니다.');
  });

  it('names the stories each message shows, so a digest that fails part-way can keep only the rest', () => {
    const parts = slackDigestParts(digest(60, ['AI 반도체', '배터리', '로봇'], { more: 5 }), ctx);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((p) => p.payload)).toEqual(formatSlackDigest(digest(60, ['AI 반도체', '배터리', '로봇'], { more: 5 }), ctx));
    for (const part of parts) expect(part.stories).toEqual(storyOrder([part.payload]));
    expect(parts.flatMap((p) => p.stories)).toEqual(Array.from({ length: 60 }, (_, i) => `s${i + 1}`));
  });

  it('repeats a topic heading, marked as continued, where a topic runs into the next message', () => {
    const msgs = formatSlackDigest(digest(60, ['AI 반도체']), ctx);
    expect(msgs.length).toBeGreaterThan(1);
    for (const msg of msgs.slice(1)) expect(mrkdwnTexts(msg.blocks)[0]).toBe('*AI 반도체* (계속)');
  });

  it('never ends a message with a topic heading', () => {
    const msgs = formatSlackDigest(digest(60, Array.from({ length: 30 }, (_, i) => `주제${i}`)), ctx);
    for (const msg of msgs) {
      const last = msg.blocks.at(-1);
      expect(last?.type === 'section' && last.text.text.startsWith('*주제')).toBe(false);
    }
    expect(storyOrder(msgs)).toHaveLength(60);
  });

  it('splits on size as well as block count, with long titles and many facts', () => {
    const d = digest(40, ['AI']);
    for (const s of d.sections[0]?.stories ?? []) {
      s.title = `${s.title} ${'반도체 공급망 재편과 관세 협상이 맞물린 가운데 '.repeat(8)}😀`;
      s.facts = [...FACTS, ...FACTS];
    }
    const msgs = formatSlackDigest(d, ctx);
    expectWithinLimits(msgs);
    expect(Math.max(...msgs.map((m) => m.blocks.length))).toBeLessThan(50);
    expect(storyOrder(msgs)).toHaveLength(40);
    for (const text of mrkdwnTexts(msgs)) expect(text).not.toMatch(LONE_SURROGATE);
  });

  it('keeps a pathological story within one section', () => {
    const d = digest(1, ['AI']);
    const s = d.sections[0]?.stories[0];
    if (s) {
      s.url = `https://a.kr/?${'a=1&'.repeat(700)}`;
      s.title = '&<>'.repeat(500);
      s.feed = '&'.repeat(500);
      s.facts = Array.from({ length: 3 }, (_, i) => ({ ...FACTS[2]!, name: '&'.repeat(400 + i) }));
    }
    const msgs = formatSlackDigest(d, ctx);
    expectWithinLimits(msgs);
    for (const text of mrkdwnTexts(msgs)) expect(angleTokens(text).every((t) => t.startsWith('<https://a.kr/'))).toBe(true);
  });

  it('escapes feed text in topic names, titles and outlets', () => {
    const d = digest(1, ['<!channel>']);
    const s = d.sections[0]?.stories[0];
    if (s) Object.assign(s, { title: '<!channel> 긴급 | 속보 > 2', feed: '<@U123>' });
    const texts = mrkdwnTexts(formatSlackDigest(d, ctx));
    expect(texts[1]).toBe('*&lt;!channel&gt;*');
    expect(texts[2]).toMatch(/^\*<https:\/\/news\.example\.kr\/article\/1\|&lt;!channel› 긴급 ｜ 속보 › 2>\*\n&lt;@U123&gt; · /);
    expect(texts.flatMap(angleTokens)).toEqual(['<https://news.example.kr/article/1|&lt;!channel› 긴급 ｜ 속보 › 2>']);
  });
});
