import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/app/commands/parse-command.ts';

describe('parsing /news commands', () => {
  it.each([
    ['', { name: 'help' }],
    ['help', { name: 'help' }],
    ['search 엔비디아 GPU', { name: 'search', query: '엔비디아 GPU', sinceMs: 7 * 86_400_000, page: 1 }],
    ['search 엔비디아 3d p2', { name: 'search', query: '엔비디아', sinceMs: 3 * 86_400_000, page: 2 }],
    ['topics', { name: 'topics' }],
    ['topics add hbm HBM "고대역폭 메모리"', { name: 'topics-add', topic: 'hbm', keywords: ['HBM', '고대역폭 메모리'] }],
    ['topics remove hbm', { name: 'topics-remove', topic: 'hbm' }],
    ['keywords nvidia', { name: 'keywords', topic: 'nvidia' }],
    ['keywords add physical-ai “피지컬 AI” 물리AI', { name: 'keywords-add', topic: 'physical-ai', keywords: ['피지컬 AI', '물리AI'] }],
    ['keywords remove physical-ai 피지컬 AI', { name: 'keywords-remove', topic: 'physical-ai', keyword: '피지컬 AI' }],
    ['subscribe nvidia', { name: 'subscribe', topic: 'nvidia', mode: undefined }],
    ['subscribe nvidia digest', { name: 'subscribe', topic: 'nvidia', mode: 'digest' }],
    ['unsubscribe nvidia', { name: 'unsubscribe', topic: 'nvidia' }],
    ['feeds', { name: 'feeds' }],
    ['feeds add https://rss.etnews.com/Section901.xml 전자신문 속보', { name: 'feeds-add', url: 'https://rss.etnews.com/Section901.xml', feedName: '전자신문 속보' }],
    ['feeds remove 전자신문 속보', { name: 'feeds-remove', feed: '전자신문 속보' }],
    ['digest now', { name: 'digest-now' }],
    ['STATUS', { name: 'status' }],
  ])('%j', (text, command) => {
    expect(parseCommand(text)).toEqual({ ok: true, command });
  });

  it.each([
    ['frobnicate', /unknown command "frobnicate"/],
    ['search', /what should I search for/],
    ['keywords add nvidia', /at least one keyword/],
    ['keywords add nvidia "unclosed', /unclosed quote/],
    ['subscribe nvidia hourly', /mode must be instant or digest/],
    ['feeds add ftp://x', /feed URL/],
    ['digest later', /digest now/],
    ['topics remove a b', /one topic/],
  ])('%j gets a short usage error, never a crash', (text, message) => {
    const r = parseCommand(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(message);
      expect(r.usage.length).toBeGreaterThan(0);
    }
  });
});
