/**
 * A raw FeedEntry → the normalised Article every later stage reads.
 *
 * Rules:
 * - Title and summary are plain text (htmlToText); a title is one line.
 *   An entry without a title is named by the start of its summary, else by
 *   its link. An entry with no title, no summary and no usable link is
 *   dropped (undefined): there is nothing to show or match.
 * - The summary is capped at SUMMARY_MAX_CHARS on a word boundary. Feeds
 *   carry a lead, not the body (notes/korean.md §1), and every chat platform
 *   truncates further (Discord field 1024, Slack section 3000).
 * - `published` is the feed's date when it is usable. A missing or invalid
 *   date, or one too far ahead of `now` (isTrustedFeedDate), is replaced by
 *   `now` with `publishedFromFeed: false`, the same as a feed that gave no
 *   date, because such a date cannot be trusted for ordering or backfill
 *   windows.
 */
import type { Article, FeedEntry } from './article.ts';
import { articleIdentity } from './identity.ts';
import { isTrustedFeedDate } from './time/feed-date-trust.ts';
import { htmlToText } from './text/html-to-text.ts';

export const SUMMARY_MAX_CHARS = 2000;
/** Length of a title made from the summary when the entry has none. */
export const FALLBACK_TITLE_CHARS = 80;

const ELLIPSIS = '…';

export function toArticle(entry: FeedEntry, feed: { name: string; url: string }, now: Date): Article | undefined {
  const { url, keys } = articleIdentity(entry, feed.url);
  const fullSummary = htmlToText(entry.summary ?? '');
  const title =
    oneLine(htmlToText(entry.title ?? '')) || truncateAtWord(oneLine(fullSummary), FALLBACK_TITLE_CHARS) || url;
  if (!title) return undefined;

  const id = keys[0];
  if (id === undefined) return undefined;

  const published = isTrustedFeedDate(entry.published, now) ? entry.published : undefined;
  return {
    id,
    keys,
    feed: feed.name,
    feedUrl: feed.url,
    title,
    url,
    summary: truncateAtWord(fullSummary, SUMMARY_MAX_CHARS),
    published: new Date((published ?? now).getTime()),
    publishedFromFeed: published !== undefined,
    author: entry.author === undefined ? undefined : oneSpaced(entry.author) || undefined,
  };
}

function oneLine(text: string): string {
  return text.includes('\n') ? text.replace(/\n+/g, ' ') : text;
}

/** White space runs as one space, trimmed; the replace only runs when it would change something. */
function oneSpaced(text: string): string {
  return (UNTIDY_WHITE_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** True exactly when `/\s+/g → ' '` changes the text: white space other than a space, or two spaces. */
const UNTIDY_WHITE_SPACE = /[^\S ]| {2}/;

/**
 * At most `max` characters, ending with `…` when cut. Cuts at the last space
 * when it falls in the final 40%; otherwise (a long URL, unspaced text) cuts
 * hard, never between the halves of a surrogate pair.
 */
function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - ELLIPSIS.length;
  const space = text.slice(0, room + 1).search(/\s\S*$/);
  let cut = space >= room * 0.6 ? space : room;
  const code = text.charCodeAt(cut - 1);
  if (cut === room && code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return text.slice(0, cut).trimEnd() + ELLIPSIS;
}
