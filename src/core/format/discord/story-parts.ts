/**
 * Pieces of a story shared by alerts, updates and digests, each escaped and
 * capped so that every part stays far inside its Discord limit (limits.ts)
 * whatever a feed sends.
 */
import type { SourceRef, StoryView } from '../../message.ts';
import { formatLocal } from '../../time/format.ts';
import { describeFact } from '../fact-text.ts';
import { DISCORD_LIMITS } from './limits.ts';
import { maskedLink, mdText, plainText } from './text.ts';

/** Headline facts shown (StoryView.facts is best first). */
export const MAX_FACTS = 3;
/** Our caps per item (not Discord's): a fact line, an outlet name. */
export const MAX_FACT_CHARS = 300;
export const MAX_OUTLET_CHARS = 100;

/** `• fact` lines of the top facts, escaped; empty when there are none. */
export function factLines(story: StoryView): string[] {
  return story.facts.slice(0, MAX_FACTS).map((f) => `• ${mdText(describeFact(f), MAX_FACT_CHARS)}`);
}

/** The `[title](url)` of a story or source, for descriptions and field values (where links render). */
export function storyLink(title: string, url: string | undefined): string {
  return maskedLink(title.trim() || '(제목 없음)', url, DISCORD_LIMITS.title);
}

/** "연합뉴스 · 2026-11-29 10:20" for footers, which show no markdown (so nothing is escaped). */
export function outletAndTime(feed: string, published: Date, timeZone: string): string {
  return `${plainText(feed, MAX_OUTLET_CHARS)} · ${formatLocal(published, timeZone)}`;
}

/** The same, escaped, for descriptions and field values. */
export function outletAndTimeMd(feed: string, published: Date, timeZone: string): string {
  return `${mdText(feed, MAX_OUTLET_CHARS)} · ${formatLocal(published, timeZone)}`;
}

/**
 * "함께 보도: [A](url), [B](url) 외 N곳": as many linked outlets as fit in
 * `budget` characters, the rest counted.
 */
export function otherSourcesLine(sources: readonly SourceRef[], budget: number): string {
  const prefix = '함께 보도: ';
  const parts: string[] = [];
  let used = prefix.length;
  for (const [i, s] of sources.entries()) {
    const part = maskedLink(s.feed, s.url, MAX_OUTLET_CHARS);
    const sep = parts.length ? 2 : 0;
    const rest = sources.length - i - 1;
    // Room for this part, its separator, and the "외 N곳" tail should more follow.
    const tail = rest > 0 ? ` 외 ${rest}곳`.length : 0;
    if (used + sep + part.length + tail > budget) {
      return parts.length ? `${prefix}${parts.join(', ')} 외 ${sources.length - i}곳` : `${prefix}${sources.length}곳`;
    }
    parts.push(part);
    used += sep + part.length;
  }
  return `${prefix}${parts.join(', ')}`;
}

/** How many distinct outlets have reported the story, `extra` included. */
export function outletCount(story: StoryView, extra?: SourceRef): number {
  const feeds = new Set([story.feed, ...story.otherSources.map((s) => s.feed)]);
  if (extra) feeds.add(extra.feed);
  return feeds.size;
}
