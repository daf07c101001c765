/**
 * The normalised article model: what every later stage (matching, storage,
 * formatting) reads. Built from a FeedEntry by `toArticle` in article-from-entry.ts.
 */
export interface Article {
  /** Stable identity: the first of `keys` (guid, else canonical link, else content hash). */
  id: string;
  /**
   * Every identity key of this article. An article is "already seen" when any
   * of its keys is known, so the same story under its guid in one feed and
   * under a tracking-laden link in another is one article.
   */
  keys: string[];
  /** Configured name of the feed it was first seen in. */
  feed: string;
  feedUrl: string;
  title: string;
  /** Canonical link (tracking parameters removed), if the entry had one. */
  url: string | undefined;
  /** Plain text: HTML stripped and entities decoded. */
  summary: string;
  published: Date;
  /** False when the feed gave no usable date and `published` is the first-seen time. */
  publishedFromFeed: boolean;
  author: string | undefined;
}

/** One entry as a feed parser hands it over: raw, unvalidated, possibly HTML. */
export interface FeedEntry {
  guid?: string | undefined;
  title?: string | undefined;
  link?: string | undefined;
  /** Summary or content; may hold HTML and entities. */
  summary?: string | undefined;
  /** Already resolved to an instant (zone-less dates read in the configured timezone). */
  published?: Date | undefined;
  author?: string | undefined;
}

/** A keyword occurrence that made an article match a topic: the "why" of an alert. */
export interface KeywordHit {
  topic: string;
  /** The configured keyword (as written in config). */
  keyword: string;
  /** The text that matched, as it appears in the article. */
  text: string;
  field: 'title' | 'summary';
  /** JavaScript string offsets into that field. */
  start: number;
  end: number;
}

export interface TopicMatch {
  topic: string;
  hits: KeywordHit[];
}

/** An article together with why it matched. */
export interface MatchedArticle extends Article {
  topics: string[];
  hits: KeywordHit[];
}
