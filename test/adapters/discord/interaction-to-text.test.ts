import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/app/commands/parse-command.ts';
import { interactionToText, quoteWord, splitKeywords } from '../../../src/adapters/discord/interaction-to-text.ts';

const text = (sub: string, options: Record<string, string | number | undefined> = {}) => {
  const r = interactionToText(sub, options);
  if (!r.ok) throw new Error(r.error);
  return r.text;
};
const command = (sub: string, options: Record<string, string | number | undefined> = {}) => {
  const parsed = parseCommand(text(sub, options));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.command;
};

describe('Discord options as /news text', () => {
  it('splits the keywords option on commas and quotes keywords with spaces', () => {
    expect(text('keywords-add', { topic: 'physical-ai', keywords: '피지컬 AI, 물리AI' })).toBe('keywords add physical-ai "피지컬 AI" 물리AI');
    expect(command('keywords-add', { topic: 'physical-ai', keywords: '피지컬 AI，물리AI、 ,로봇 ' })).toEqual({
      name: 'keywords-add', topic: 'physical-ai', keywords: ['피지컬 AI', '물리AI', '로봇'],
    });
  });

  it('drops quotes users type around a keyword instead of keeping them as part of it', () => {
    expect(splitKeywords('"피지컬 AI", “물리 AI”, \'로봇\'')).toEqual(['피지컬 AI', '물리 AI', '로봇']);
  });

  it('keeps quote marks inside a value intact by quoting with another kind', () => {
    expect(quoteWord('say "hi"')).toBe('\'say "hi"\'');
    expect(command('keywords-remove', { topic: 'x', keyword: 'say "hi" now' })).toMatchObject({ keyword: 'say "hi" now' });
    expect(command('keywords-add', { topic: 'x', keywords: '"quoted" start' })).toMatchObject({ keywords: ['"quoted" start'] });
    expect(interactionToText('keywords-remove', { topic: 'x', keyword: `a "b' c”d’e` })).toMatchObject({ ok: false });
  });

  it('keeps a multi-word search query whole, so a word like 7d in it is not taken for the period', () => {
    expect(command('search', { query: '삼성 7d 반도체', period: '30d', page: 2 })).toEqual({
      name: 'search', query: '삼성 7d 반도체', sinceMs: 30 * 86_400_000, page: 2,
    });
    expect(command('search', { query: '엔비디아' })).toMatchObject({ query: '엔비디아', sinceMs: 7 * 86_400_000, page: 1 });
  });

  it('refuses a period or page the command definition would not offer', () => {
    expect(interactionToText('search', { query: 'x', period: '1w' })).toEqual({ ok: false, error: expect.stringContaining('period') });
    expect(interactionToText('search', { query: 'x', page: 0 })).toEqual({ ok: false, error: expect.stringContaining('page') });
  });

  it('builds the other subcommands', () => {
    expect(text('topics-add', { name: 'AI 반도체', keywords: 'HBM, 엔비디아' })).toBe('topics add "AI 반도체" HBM 엔비디아');
    expect(text('subscribe', { topic: 'nvidia', mode: 'digest' })).toBe('subscribe nvidia digest');
    expect(text('subscribe', { topic: 'nvidia' })).toBe('subscribe nvidia');
    expect(text('feeds-add', { url: 'https://example.com/rss', name: 'Example News' })).toBe('feeds add https://example.com/rss "Example News"');
    expect(command('feeds-remove', { feed: 'Example News' })).toEqual({ name: 'feeds-remove', feed: 'Example News' });
    expect(text('digest-now')).toBe('digest now');
  });

  it('leaves a missing value for the parser to report', () => {
    const parsed = parseCommand(text('keywords-add', { topic: 'nvidia', keywords: ' , ' }));
    expect(parsed).toMatchObject({ ok: false, error: 'give a topic and at least one keyword' });
  });

  it('reports a subcommand it does not know (commands registered by a newer version)', () => {
    expect(interactionToText('export', {})).toMatchObject({ ok: false, error: expect.stringContaining('export') });
  });
});
