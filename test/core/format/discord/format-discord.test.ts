import { describe, expect, it } from 'vitest';
import { formatDiscord } from '../../../../src/core/format/discord/format-discord.ts';
import type { DigestMessage, OutboundMessage } from '../../../../src/core/message.ts';
import { FACTS, story, TZ } from './stories.ts';
import { expectWithinDiscordLimits } from './within-limits.ts';

const ctx = { timeZone: TZ, topicColors: { AI반도체: 0x76b900 } };

describe('alert', () => {
  it('renders the linked headline, top facts, sources, keywords, outlet and local time', () => {
    const out = formatDiscord(
      {
        kind: 'alert',
        story: story({
          facts: FACTS, // four: only the best three are shown
          otherSources: [
            { feed: '한국경제', title: 't', url: 'https://hankyung.example/1', published: new Date('2026-11-29T02:00:00Z') },
            { feed: 'KBS', title: 't', url: undefined, published: new Date('2026-11-29T03:00:00Z') },
          ],
        }),
      },
      ctx,
    );
    expect(out).toEqual([
      {
        embeds: [
          {
            title: '엔비디아, 한국에 GPU 26만장 공급',
            url: 'https://news.example.kr/article/1',
            description: '• 26만장 → 260,000장\n• 약 14조원 → 약 KRW 14,000,000,000,000\n• “윈윈할 것” — 하정우',
            color: 0x76b900,
            fields: [
              { name: '출처', value: '연합뉴스\n함께 보도: [한국경제](https://hankyung.example/1), KBS' },
              { name: '키워드', value: '엔비디아, GPU\n주제: AI반도체' },
            ],
            footer: { text: '연합뉴스 · 2026-11-29 10:20' },
            timestamp: '2026-11-29T01:20:00.000Z',
          },
        ],
        allowed_mentions: { parse: [] },
      },
    ]);
  });

  it('leaves out what it does not have: link, facts, keywords', () => {
    const [msg] = formatDiscord({ kind: 'alert', story: story({ url: undefined, facts: [], keywords: [], topics: [] }) }, ctx);
    const embed = msg?.embeds[0];
    expect(embed?.url).toBeUndefined();
    expect(embed?.description).toBeUndefined();
    expect(embed?.fields).toEqual([{ name: '출처', value: '연합뉴스' }]);
  });

  it('truncates a long Korean headline to 256 characters without breaking a character', () => {
    const title = `${'가'.repeat(254)}😀 속보 이어짐`;
    const [msg] = formatDiscord({ kind: 'alert', story: story({ title }) }, ctx);
    const got = msg?.embeds[0]?.title ?? '';
    expect(got.length).toBeLessThanOrEqual(256);
    expect(got).toBe(`${'가'.repeat(254)}…`);
    expect(got).not.toMatch(/[\uD800-\uDFFF]/); // no half of the emoji's surrogate pair
  });

  it('never lets feed text ping: @everyone, @here, user and role mentions', () => {
    const sneaky = '@everyone @here <@123456789012345678> <@&987654321098765432> 긴급';
    const messages = formatDiscord(
      { kind: 'alert', story: story({ title: sneaky, feed: '@everyone', keywords: ['@here'], facts: [{ ...FACTS[3]!, kind: 'org', name: '<@1>' }] }) },
      ctx,
    );
    for (const m of messages) expect(m.allowed_mentions).toEqual({ parse: [] });
    // and in the description a user mention is escaped into plain text
    expect(messages[0]?.embeds[0]?.description).toBe('• \\<@1\\>');
  });

  it('stays within every Discord limit however long the feed text', () => {
    const long = 'x'.repeat(5000);
    const sources = Array.from({ length: 80 }, (_, i) => ({
      feed: `언론사${i}${'*'.repeat(50)}`,
      title: long,
      url: `https://outlet${i}.example/${'a'.repeat(500)}`,
      published: new Date('2026-11-29T02:00:00Z'),
    }));
    const messages = formatDiscord(
      {
        kind: 'alert',
        story: story({ title: long, feed: long, keywords: [long, long], topics: [long], facts: FACTS.map((f) => ({ ...f, text: long })), otherSources: sources }),
      },
      ctx,
    );
    expectWithinDiscordLimits(messages);
    expect(messages[0]?.embeds[0]?.fields?.[0]?.value).toMatch(/ 외 \d+곳$/);
  });
});

describe('update', () => {
  it('is one short line: the new outlet’s linked headline, outlet, time and how many outlets now', () => {
    const out = formatDiscord(
      {
        kind: 'update',
        story: story({ otherSources: [{ feed: 'KBS', title: 't', url: undefined, published: new Date('2026-11-29T01:50:00Z') }] }),
        source: { feed: '한국경제', title: '엔비디아 GPU 26만장 [종합]', url: 'https://hankyung.example/1', published: new Date('2026-11-29T02:05:00Z') },
      },
      ctx,
    );
    expect(out).toEqual([
      {
        embeds: [
          {
            description: '📰 [엔비디아 GPU 26만장 \\[종합\\]](https://hankyung.example/1) — 한국경제, 2026-11-29 11:05 · 지금까지 3곳 보도',
            color: 0x76b900,
            timestamp: '2026-11-29T02:05:00.000Z',
          },
        ],
        allowed_mentions: { parse: [] },
      },
    ]);
  });
});

describe('update through a webhook (no replies)', () => {
  it('adds a line linking the story it belongs to', () => {
    const out = formatDiscord(
      {
        kind: 'update',
        story: story(),
        source: { feed: '한국경제', title: '엔비디아 GPU 26만장 [종합]', url: 'https://hankyung.example/1', published: new Date('2026-11-29T02:05:00Z') },
      },
      { ...ctx, threaded: false },
    );
    expect(out[0]?.embeds[0]?.description).toBe(
      '📰 [엔비디아 GPU 26만장 \\[종합\\]](https://hankyung.example/1) — 한국경제, 2026-11-29 11:05 · 지금까지 2곳 보도\n관련 기사: [엔비디아, 한국에 GPU 26만장 공급](https://news.example.kr/article/1)',
    );
  });
});

describe('digest', () => {
  const digest = (over: Partial<DigestMessage>): OutboundMessage => ({
    kind: 'digest',
    since: new Date('2026-11-29T00:00:00Z'),
    until: new Date('2026-11-29T09:00:00Z'),
    sections: [],
    more: 0,
    reason: 'schedule',
    ...over,
  });

  it('renders one embed per topic with the period in the header', () => {
    const out = formatDiscord(
      digest({
        sections: [
          { topic: 'AI반도체', stories: [story({ facts: FACTS.slice(0, 1), otherSources: [{ feed: 'KBS', title: 't', url: undefined, published: new Date() }] })] },
          { topic: '부동산', stories: [story({ title: '집값 [속보]', url: undefined, feed: '한국경제' })] },
        ],
        more: 2,
      }),
      ctx,
    );
    expect(out).toHaveLength(1);
    expect(out[0]?.content).toBe('📋 **뉴스 요약** · 2026-11-29 09:00 ~ 18:00 · 2건\n+2건 더 있음');
    expect(out[0]?.embeds).toEqual([
      {
        title: 'AI반도체',
        description: '[엔비디아, 한국에 GPU 26만장 공급](https://news.example.kr/article/1)\n연합뉴스 · 2026-11-29 10:20 · 외 1곳\n• 26만장 → 260,000장',
        color: 0x76b900,
      },
      { title: '부동산', description: '집값 \\[속보\\]\n한국경제 · 2026-11-29 10:20', color: expect.any(Number) },
    ]);
    expect(out[0]?.allowed_mentions).toEqual({ parse: [] });
  });

  it('names quiet hours and a digest without a start or across days', () => {
    const quiet = formatDiscord(digest({ reason: 'quiet-hours', since: new Date('2026-11-28T14:00:00Z'), sections: [{ topic: 'AI', stories: [story()] }] }), ctx);
    expect(quiet[0]?.content).toBe('📋 **방해 금지 시간에 쌓인 뉴스** · 2026-11-28 23:00 ~ 2026-11-29 18:00 · 1건');
    const open = formatDiscord(digest({ since: undefined, sections: [{ topic: 'AI', stories: [story()] }] }), ctx);
    expect(open[0]?.content).toBe('📋 **뉴스 요약** · ~ 2026-11-29 18:00 · 1건');
  });

  it('still says something when there are no stories', () => {
    expect(formatDiscord(digest({}), ctx)).toEqual([
      { content: '📋 **뉴스 요약** · 2026-11-29 09:00 ~ 18:00 · 0건\n새 기사가 없습니다.', embeds: [], allowed_mentions: { parse: [] } },
    ]);
  });
});
