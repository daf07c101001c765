/**
 * Feed bytes → entries: decode (charset.ts) then parse (parse-feed.ts), and
 * screen them (core/screen-entries.ts) when asked. The unit of work a parse
 * worker runs: everything a feed costs in CPU before the cycle's own state
 * (known keys, stories, the store) is involved.
 */
import type { FeedEntry } from '../../core/article.ts';
import type { KeywordMatcher } from '../../core/match/keyword-matcher.ts';
import { screenEntries, type ScreenedFeed } from '../../core/screen-entries.ts';
import { decodeFeedBytes } from './charset.ts';
import { parseFeedXml } from './parse-feed.ts';

export interface ParseRequest {
  /** Handed over: a parser in another thread may take the buffer (the caller must not reuse it). */
  bytes: Uint8Array;
  contentType: string | null | undefined;
  url: string;
  timeZone: string;
  now: Date;
  screen?: { feed: { name: string; url: string }; matcher: KeywordMatcher } | undefined;
}

export type ParseResult =
  | { kind: 'entries'; title?: string | undefined; entries: FeedEntry[] }
  | { kind: 'screened'; title?: string | undefined; items: number; screened: ScreenedFeed };

export type FeedParser = (req: ParseRequest) => Promise<ParseResult>;

/**
 * Compiled matchers a parse worker keeps (topics change rarely). The pool
 * counts the same way, so it knows when a worker has dropped one and the
 * keywords must be sent again.
 */
export const WORKER_MATCHERS_KEPT = 4;

export const parseInThread: FeedParser = async (req) => {
  const parsed = await parseFeedXml(decodeFeedBytes(req.bytes, req.contentType), { timeZone: req.timeZone, now: req.now, url: req.url });
  if (!req.screen) return { kind: 'entries', title: parsed.title, entries: parsed.entries };
  const screened = screenEntries(parsed.entries, { ...req.screen, now: req.now });
  return { kind: 'screened', title: parsed.title, items: parsed.entries.length, screened };
};
