/**
 * An independent check of Discord's message limits (resources/message.mdx,
 * "Embed Limits"), written from the documentation rather than reusing the
 * code under test. Lengths in code points, as Discord counts.
 */
import { expect } from 'vitest';
import type { DiscordMessage } from '../../../../src/core/format/discord/format-discord.ts';

const chars = (s: string | undefined) => (s === undefined ? 0 : [...s].length);

export function expectWithinDiscordLimits(messages: readonly DiscordMessage[]): void {
  for (const m of messages) {
    expect(chars(m.content)).toBeLessThanOrEqual(2000);
    expect(m.embeds.length).toBeLessThanOrEqual(10);
    expect(m.content !== undefined || m.embeds.length > 0).toBe(true);
    expect(m.allowed_mentions).toEqual({ parse: [] });
    let total = 0;
    for (const e of m.embeds) {
      expect(chars(e.title)).toBeLessThanOrEqual(256);
      expect(chars(e.description)).toBeLessThanOrEqual(4096);
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(25);
      for (const f of e.fields ?? []) {
        expect(chars(f.name)).toBeGreaterThan(0);
        expect(chars(f.name)).toBeLessThanOrEqual(256);
        expect(chars(f.value)).toBeGreaterThan(0);
        expect(chars(f.value)).toBeLessThanOrEqual(1024);
      }
      expect(chars(e.footer?.text)).toBeLessThanOrEqual(2048);
      if (e.title !== undefined) expect(chars(e.title)).toBeGreaterThan(0);
      if (e.url !== undefined) expect(() => new URL(e.url as string)).not.toThrow();
      total += chars(e.title) + chars(e.description) + chars(e.footer?.text) + chars(e.author?.name);
      total += (e.fields ?? []).reduce((n, f) => n + chars(f.name) + chars(f.value), 0);
    }
    expect(total).toBeLessThanOrEqual(6000);
  }
}
