/** Feed bytes → entries: decode (charset.ts) then parse (parse-feed.ts). The unit of work a parse worker runs. */
import { decodeFeedBytes } from './charset.ts';
import { parseFeedXml, type ParsedFeed } from './parse-feed.ts';

export interface ParseRequest {
  /** Handed over: a parser in another thread may take the buffer (the caller must not reuse it). */
  bytes: Uint8Array;
  contentType: string | null | undefined;
  url: string;
  timeZone: string;
  now: Date;
}

export type FeedParser = (req: ParseRequest) => Promise<ParsedFeed>;

export const parseInThread: FeedParser = async (req) =>
  parseFeedXml(decodeFeedBytes(req.bytes, req.contentType), { timeZone: req.timeZone, now: req.now, url: req.url });
