/**
 * Feed text → entries, with rss-parser's `parseString` only (never parseURL:
 * it cannot decode EUC-KR, has no byte cap and leaks sockets on timeout;
 * /work/shared/notes/libraries.md §3). Common breakage is retried:
 *  1. strict XML;
 *  2. bare `&` (not starting an entity) escaped, strict again;
 *  3. non-strict xml2js (HTML entities such as &nbsp;, unclosed tags).
 * sax never expands DTD entities, so XXE / billion-laughs stay inert.
 */
import Parser from 'rss-parser';
import type { FeedEntry } from '../../core/article.ts';
import { FeedError } from '../../core/errors.ts';
import { itemToEntry, RAW_ATOM_PUBLISHED, RAW_ATOM_UPDATED, type EntryContext } from './item-to-entry.ts';
import { sniffDocument } from './sniff-document.ts';

export interface ParseFeedOptions {
  /** IANA zone for timestamps without an offset. */
  timeZone: string;
  /** Fetch time; dates far beyond it are dropped (core/time/feed-date-trust.ts). */
  now: Date;
  /** For error messages and FeedError.url. */
  url?: string | undefined;
}

export interface ParsedFeed {
  format: EntryContext['format'];
  title?: string | undefined;
  entries: FeedEntry[];
}

const FORMAT_NAMES = { rss: 'RSS', atom: 'Atom', rdf: 'RSS 1.0 (RDF)' } as const;

type RawFeed = { title?: unknown; items?: Record<string, unknown>[] };

/**
 * rss-parser does `new Date(published).toISOString()` on Atom entries without
 * a guard, so one bad `<published>` would reject the whole feed (RangeError:
 * Invalid time value). Renaming the two elements as xml2js reads them hides
 * them from that code; we read the raw text under the new names instead.
 */
const HIDDEN_ATOM_DATES: Record<string, string> = { published: RAW_ATOM_PUBLISHED, updated: RAW_ATOM_UPDATED };
const hideAtomDates = (name: string): string => HIDDEN_ATOM_DATES[name] ?? name;
/** Non-strict mode lower-cases names; rss-parser looks for `rdf:RDF` exactly. */
const restoreRdfRoot = (name: string): string => (name === 'rdf:rdf' ? 'rdf:RDF' : name);

const CUSTOM_ITEM_FIELDS = [RAW_ATOM_PUBLISHED, RAW_ATOM_UPDATED, 'dc:date', 'dc:creator', 'content:encoded'];

/**
 * Renaming and custom fields are only needed for Atom, and they cost: a
 * tag-name processor doubles xml2js's parse time (bench corpus: 1.6 s vs
 * 0.8 s for 400 RSS feeds) and custom fields add about a tenth, so RSS and
 * RDF parse with rss-parser's defaults.
 */
function strictParser(format: ParsedFeed['format']): Parser<RawFeed> {
  if (format !== 'atom') return new Parser(); // RSS and RDF: rss-parser's own item fields include dc:date, dc:creator, content:encoded
  return new Parser({ customFields: { item: CUSTOM_ITEM_FIELDS }, xml2js: { tagNameProcessors: [hideAtomDates] } });
}

function lenientParser(): Parser<RawFeed> {
  return new Parser({
    customFields: { item: CUSTOM_ITEM_FIELDS },
    // defaultRSS: non-strict sax upper-cases attributes, so <rss version> may be missing.
    defaultRSS: 2,
    xml2js: {
      strict: false,
      normalizeTags: true,
      tagNameProcessors: [restoreRdfRoot, hideAtomDates],
      attrNameProcessors: [(n: string) => n.toLowerCase()],
    },
  });
}

const BARE_AMPERSAND = /&(?![A-Za-z][A-Za-z0-9]*;|#[0-9]+;|#x[0-9A-Fa-f]+;)/g;
const CDATA = /(<!\[CDATA\[[\s\S]*?\]\]>)/;

/** Escapes `&` that does not start an entity, outside CDATA sections (where `&` is literal). */
export function escapeBareAmpersands(xml: string): string {
  return xml
    .split(CDATA)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(BARE_AMPERSAND, '&amp;')))
    .join('');
}

async function parseWithFallbacks(xml: string, format: ParsedFeed['format']): Promise<RawFeed> {
  let firstError: unknown;
  try {
    return await strictParser(format).parseString(xml);
  } catch (err) {
    firstError = err;
  }
  const escaped = escapeBareAmpersands(xml);
  if (escaped !== xml) {
    try {
      return await strictParser(format).parseString(escaped);
    } catch {
      // fall through to non-strict parsing
    }
  }
  try {
    return await lenientParser().parseString(xml);
  } catch {
    throw firstError;
  }
}

function errorText(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();
}

/** Parses RSS 0.9x/1.0/2.0 or Atom text. Throws FeedError 'not-a-feed' or 'parse'. */
export async function parseFeedXml(xml: string, opts: ParseFeedOptions): Promise<ParsedFeed> {
  const url = opts.url ?? '(feed text)';
  const notAFeed = (what: string) => new FeedError({ url, reason: 'not-a-feed' }, `${url} is not a feed: ${what}`);

  const doc = sniffDocument(xml);
  switch (doc.kind) {
    case 'html':
      throw notAFeed('it looks like an HTML page, not RSS or Atom (is the feed URL still right?)');
    case 'json':
      throw notAFeed('it looks like JSON, not RSS or Atom');
    case 'empty':
      throw notAFeed('the response body is empty');
    case 'other':
      throw notAFeed(doc.root ? `its root element is <${doc.root}>, not <rss>, <feed> or <rdf:RDF>` : 'it does not look like XML');
    case 'feed':
      break;
  }

  let raw: RawFeed;
  try {
    raw = await parseWithFallbacks(xml, doc.root);
  } catch (err) {
    throw new FeedError({ url, reason: 'parse' }, `${url} could not be parsed as ${FORMAT_NAMES[doc.root]}: ${errorText(err)}`, { cause: err });
  }

  const ctx: EntryContext = { format: doc.root, timeZone: opts.timeZone, now: opts.now };
  const entries: FeedEntry[] = [];
  for (const item of raw.items ?? []) {
    const entry = itemToEntry(item, ctx);
    if (entry) entries.push(entry);
  }
  const title = typeof raw.title === 'string' && raw.title.trim() !== '' ? raw.title.trim() : undefined;
  return { format: doc.root, title, entries };
}
