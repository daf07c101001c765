import { describe, expect, it } from 'vitest';
import { discordDigestParts, formatDiscord, type DiscordMessage } from '../../../../src/core/format/discord/format-discord.ts';
import type { DigestSection, OutboundMessage } from '../../../../src/core/message.ts';
import { manyStories, story, TZ } from './stories.ts';
import { expectWithinDiscordLimits } from './within-limits.ts';

const ctx = { timeZone: TZ };

function digest(sections: DigestSection[], more = 0): OutboundMessage {
  return { kind: 'digest', since: new Date('2026-11-29T00:00:00Z'), until: new Date('2026-11-29T09:00:00Z'), sections, more, reason: 'schedule' };
}

/** Story ids in the order the messages show them (each story's link carries its number). */
function shownArticleNumbers(messages: DiscordMessage[]): number[] {
  const text = messages.flatMap((m) => m.embeds.map((e) => e.description ?? '')).join('\n');
  return [...text.matchAll(/\]\(https:\/\/news\.example\.kr\/article\/(\d+)\?/g)].map((m) => Number(m[1]));
}

describe('digest within Discord limits', () => {
  it('splits a 60-story digest into several messages, in order, losing nothing', () => {
    const stories = manyStories(60);
    const sections = [
      { topic: 'AI반도체', stories: stories.slice(0, 35) },
      { topic: '부동산', stories: stories.slice(35, 50) },
      { topic: '금리', stories: stories.slice(50) },
    ];
    const messages = formatDiscord(digest(sections, 7), ctx);

    expect(messages.length).toBeGreaterThan(1);
    expectWithinDiscordLimits(messages);
    expect(shownArticleNumbers(messages)).toEqual(stories.map((_, i) => i + 1));
    // Sections in order; a section carried into another embed says so.
    const titles = messages.flatMap((m) => m.embeds.map((e) => e.title));
    expect(titles[0]).toBe('AI반도체');
    expect(titles).toContain('AI반도체 (계속)');
    const sectionRuns = titles.map((t) => t?.replace(' (계속)', '')).filter((t, i, all) => t !== all[i - 1]);
    expect(sectionRuns).toEqual(['AI반도체', '부동산', '금리']);
    // Header on every message with a counter; "+N more" once, at the end.
    messages.forEach((m, i) => expect(m.content).toContain(`· 60건 (${i + 1}/${messages.length})`));
    expect(messages.at(-1)?.content?.endsWith('\n+7건 더 있음')).toBe(true);
    expect(messages.filter((m) => m.content?.includes('더 있음'))).toHaveLength(1);
  });

  it('names the stories each message shows, so a digest that fails part-way can keep only the rest', () => {
    const stories = manyStories(60);
    const message = digest([
      { topic: 'AI반도체', stories: stories.slice(0, 35) },
      { topic: '금리', stories: stories.slice(35) },
    ]);
    if (message.kind !== 'digest') throw new Error('a digest');
    const parts = discordDigestParts(message, ctx);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((p) => p.payload)).toEqual(formatDiscord(message, ctx));
    for (const part of parts) expect(part.stories).toEqual(shownArticleNumbers([part.payload]).map((n) => `s${n - 1}`));
    expect(parts.flatMap((p) => p.stories)).toEqual(stories.map((s) => s.id));
  });

  it('puts at most 10 embeds in a message when there are many small topics', () => {
    const sections = Array.from({ length: 23 }, (_, i) => ({ topic: `주제${i}`, stories: [story({ id: `t${i}`, url: `https://news.example.kr/article/${i + 1}?x=1` })] }));
    const messages = formatDiscord(digest(sections), ctx);
    expect(messages.map((m) => m.embeds.length)).toEqual([10, 10, 3]);
    expectWithinDiscordLimits(messages);
    expect(shownArticleNumbers(messages)).toEqual(sections.map((_, i) => i + 1));
  });

  it('keeps the 6,000-character total with stories at their longest', () => {
    const long = '가'.repeat(400);
    const stories = manyStories(12, {}).map((s, i) => ({
      ...s,
      title: `${i + 1} ${long}`,
      feed: long,
      url: `https://news.example.kr/article/${i + 1}?${'q'.repeat(900)}`,
      facts: s.facts.map((f) => ({ ...f, text: long })),
    }));
    const messages = formatDiscord(digest([{ topic: '가'.repeat(300), stories }]), ctx);
    expectWithinDiscordLimits(messages);
    expect(shownArticleNumbers(messages)).toEqual(stories.map((_, i) => i + 1));
  });
});
