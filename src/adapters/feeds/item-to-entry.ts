/**
 * One rss-parser item → FeedEntry. rss-parser's own date fields are not used:
 * `isoDate` reads zone-less dates in the server's local time, so the raw
 * strings go through parseFeedDate with the configured zone instead.
 */
import type { FeedEntry } from '../../core/article.ts';
import { isTrustedFeedDate } from '../../core/time/feed-date-trust.ts';
import { parseFeedDate } from '../../core/time/parse-feed-date.ts';

/** Keys under which parse-feed.ts asks rss-parser to keep the raw Atom dates. */
export const RAW_ATOM_PUBLISHED = 'rawAtomPublished';
export const RAW_ATOM_UPDATED = 'rawAtomUpdated';


export interface EntryContext {
  format: 'rss' | 'atom' | 'rdf';
  timeZone: string;
  now: Date;
}

type Item = Record<string, unknown>;

/**
 * A copy of `s` that does not share memory with the feed document. The
 * parser's strings are V8 "sliced strings" that keep the whole document
 * alive as long as any of them is referenced; identity keys and summaries
 * kept for the rest of the cycle would otherwise pin every feed's full text
 * (measured: ~70 KB per feed held until the cycle ended).
 */
function detach(s: string): string {
  return (' ' + s).slice(1);
}

function text(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t === '' ? undefined : detach(t);
}

/** A link element as a string, or `<link href="…"/>` that slipped into an RSS item. */
function linkText(v: unknown): string | undefined {
  if (typeof v === 'string') return text(v);
  if (v && typeof v === 'object' && '$' in v) {
    const attrs = (v as { $?: Record<string, unknown> }).$;
    return text(attrs?.href);
  }
  return undefined;
}

function published(item: Item, ctx: EntryContext): Date | undefined {
  // pubDate ?? dc:date ?? published ?? updated: the first one that parses wins.
  const candidates = [item.pubDate, item['dc:date'], item[RAW_ATOM_PUBLISHED], item[RAW_ATOM_UPDATED]];
  for (const raw of candidates) {
    const d = parseFeedDate(text(raw), ctx.timeZone);
    if (d === undefined) continue;
    return isTrustedFeedDate(d, ctx.now) ? d : undefined;
  }
  return undefined;
}

function summary(item: Item, format: EntryContext['format']): string | undefined {
  // rss-parser puts RSS <description> and Atom <content> both in `content`.
  // Prefer the short text (description / Atom summary); full-text
  // content:encoded only when there is nothing else. HTML is left in.
  if (format === 'atom') return text(item.summary) ?? text(item.content) ?? text(item['content:encoded']);
  return text(item.content) ?? text(item.summary) ?? text(item['content:encoded']);
}

/** Undefined for an item with nothing to identify or show. */
export function itemToEntry(item: Item, ctx: EntryContext): FeedEntry | undefined {
  const guid = text(item.guid) ?? text(item.id);
  const title = text(item.title);
  // No <link>: an http(s) guid stands in (RSS 2.0 guids are permalinks by
  // default; rss-parser drops the isPermaLink attribute, so it cannot be checked).
  const link = linkText(item.link) ?? (guid && /^https?:\/\//i.test(guid) ? guid : undefined);
  const body = summary(item, ctx.format);
  if (!guid && !title && !link && !body) return undefined;
  return {
    guid,
    title,
    link,
    summary: body,
    published: published(item, ctx),
    author: text(item['dc:creator']) ?? text(item.author) ?? text(item.creator),
  };
}
