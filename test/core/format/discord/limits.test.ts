import { embedLength as discordJsEmbedLength } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { embedLength, embedsLength } from '../../../../src/core/format/discord/limits.ts';

describe('counting embed characters', () => {
  const embed = {
    title: '제목 😀',
    description: '본문\n둘째 줄',
    url: 'https://not.counted.example/',
    fields: [
      { name: '출처', value: '연합뉴스' },
      { name: '키워드', value: 'GPU' },
    ],
    footer: { text: '연합뉴스 · 2026-11-29 10:20' },
    author: { name: '봇' },
    timestamp: '2026-11-29T01:20:00.000Z',
  };

  it('counts title, description, field names and values, footer and author, as discord.js does', () => {
    expect(embedLength(embed)).toBe(discordJsEmbedLength(embed));
    // title 5 (the emoji is 2 UTF-16 units), description 7, fields 2+4+3+3, footer 23, author 1; url and timestamp do not count.
    expect(embedLength(embed)).toBe(5 + 7 + 2 + 4 + 3 + 3 + 23 + 1);
  });

  it('sums over the embeds of a message', () => {
    expect(embedsLength([embed, { description: 'abc' }, {}])).toBe(embedLength(embed) + 3);
  });
});
