/**
 * Every statement the SQLite store runs, prepared once per connection.
 * A variable-length list of keys is bound as one JSON array and expanded with
 * json_each, so no statement is built or prepared per call. Statements run
 * once per key or article take positional parameters: binding an array is
 * cheaper than binding an object by name.
 */
import type Database from 'better-sqlite3';
import type { ClaimRow, DeliveryValues } from './delivery-rows.ts';
import type { ArticleRow, ArticleValues, FeedRow, HeartbeatRow } from './rows.ts';

/** In ArticleValues order (rows.ts). */
export const ARTICLE_COLUMNS =
  'id, keys, feed, feed_url, title, url, summary, published, published_from_feed, ' +
  'author, topics, hits, first_seen_at, story_id, facts, fact_keys';

const ARTICLE_PLACEHOLDERS = ARTICLE_COLUMNS.split(', ').map(() => '?').join(', ');

/** The columns of a ClaimRow, from `deliveries AS d JOIN articles AS a`. */
export const CLAIM_COLUMNS =
  'd.id AS delivery_id, d.channel, d.platform, d.kind, d.attempts, ' +
  ARTICLE_COLUMNS.split(', ').map((c) => `a.${c}`).join(', ');

const FEED_COLUMNS =
  'url, name, etag, last_modified, last_fetch_at, last_success_at, last_status, ' +
  'last_error, consecutive_failures, next_poll_at, last_item_count';

export const INTERRUPTED_ERROR =
  'interrupted: process stopped while sending; not resent to avoid a duplicate';

export interface CountRow {
  channel: string;
  status: string;
  count: number;
  last_error: string | null;
}

export function prepareStatements(db: Database.Database) {
  return {
    listFeeds: db.prepare<[], FeedRow>(`SELECT ${FEED_COLUMNS} FROM feeds ORDER BY url`),
    upsertFeed: db.prepare<[FeedRow]>(
      `INSERT INTO feeds (${FEED_COLUMNS})
       VALUES (@url, @name, @etag, @last_modified, @last_fetch_at, @last_success_at, @last_status,
               @last_error, @consecutive_failures, @next_poll_at, @last_item_count)
       ON CONFLICT (url) DO UPDATE SET
         name = excluded.name, etag = excluded.etag, last_modified = excluded.last_modified,
         last_fetch_at = excluded.last_fetch_at, last_success_at = excluded.last_success_at,
         last_status = excluded.last_status, last_error = excluded.last_error,
         consecutive_failures = excluded.consecutive_failures,
         next_poll_at = excluded.next_poll_at, last_item_count = excluded.last_item_count`,
    ),

    /** Arg: JSON array of keys. */
    knownKeys: db
      .prepare<[string], string>('SELECT key FROM seen_keys WHERE key IN (SELECT value FROM json_each(?))')
      .pluck(),
    /** Args: key, article id, seen at. Changes 0 = the key was known. */
    claimKey: db.prepare<[string, string, number]>(
      'INSERT INTO seen_keys (key, article_id, seen_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING',
    ),
    /** Gives back a key claimed by an article that turned out to be known. */
    releaseKey: db.prepare<[string]>('DELETE FROM seen_keys WHERE key = ?'),
    itemMemory: db.prepare<[string], Buffer>('SELECT hashes FROM feed_items WHERE feed_url = ?').pluck(),
    saveItemMemory: db.prepare<[string, Buffer]>(
      'INSERT INTO feed_items (feed_url, hashes) VALUES (?, ?) ON CONFLICT (feed_url) DO UPDATE SET hashes = excluded.hashes',
    ),
    insertArticle: db.prepare<ArticleValues>(
      `INSERT INTO articles (${ARTICLE_COLUMNS}) VALUES (${ARTICLE_PLACEHOLDERS})`,
    ),
    /** Only the (article, channel) uniqueness conflict is ignored; any other violation throws. */
    insertDelivery: db.prepare<DeliveryValues>(
      `INSERT INTO deliveries (article_id, channel, platform, kind, status, attempts, not_before, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)
       ON CONFLICT (article_id, channel) DO NOTHING`,
    ),
    /** Newest first; searchArticles filters by words while iterating (see search-text.ts). */
    articlesSince: db.prepare<[number], ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles
       WHERE published >= ?
       ORDER BY published DESC, first_seen_at DESC, id`,
    ),

    dueDeliveries: db.prepare<[{ now: number; limit: number }], ClaimRow>(
      `SELECT ${CLAIM_COLUMNS}
       FROM deliveries AS d JOIN articles AS a ON a.id = d.article_id
       WHERE d.status = 'pending' AND d.not_before <= @now
       ORDER BY d.not_before, d.id
       LIMIT @limit`,
    ),
    /**
     * A held delivery that waited for its digest (not_before NULL) gets the
     * claim time, so every row but a held one has a not_before.
     */
    markSending: db.prepare<[{ id: number; at: number }]>(
      `UPDATE deliveries SET status = 'sending', attempts = attempts + 1, updated_at = @at,
              not_before = coalesce(not_before, @at)
       WHERE id = @id`,
    ),
    /** A successful send clears the error of earlier attempts. */
    markSent: db.prepare<[{ id: number; at: number; ref: string | null }]>(
      `UPDATE deliveries SET status = 'sent', sent_at = @at, updated_at = @at, ref = @ref, last_error = NULL
       WHERE id = @id`,
    ),
    /** not_before NULL keeps the current value (a final failure has no retry time). */
    markFailed: db.prepare<
      [{ id: number; status: 'pending' | 'failed'; at: number; error: string; not_before: number | null }]
    >(
      `UPDATE deliveries SET status = @status, updated_at = @at, last_error = @error,
              not_before = coalesce(@not_before, not_before)
       WHERE id = @id`,
    ),
    releaseInterrupted: db.prepare<[{ at: number; error: string }]>(
      `UPDATE deliveries SET status = 'unknown', updated_at = @at, last_error = @error
       WHERE status = 'sending'`,
    ),
    /** Latest error per group = error of the most recently updated row that has one. */
    deliveryCounts: db.prepare<[], CountRow>(
      `SELECT d.channel, d.status, count(*) AS count,
              (SELECT e.last_error FROM deliveries AS e
               WHERE e.channel = d.channel AND e.status = d.status AND e.last_error IS NOT NULL
               ORDER BY e.updated_at DESC, e.id DESC LIMIT 1) AS last_error
       FROM deliveries AS d
       GROUP BY d.channel, d.status
       ORDER BY d.channel, d.status`,
    ),

    getHeartbeat: db.prepare<[], HeartbeatRow>(
      'SELECT last_cycle_at, next_cycle_at FROM worker_heartbeat WHERE id = 1',
    ),
    saveHeartbeat: db.prepare<[HeartbeatRow]>(
      `INSERT INTO worker_heartbeat (id, last_cycle_at, next_cycle_at) VALUES (1, @last_cycle_at, @next_cycle_at)
       ON CONFLICT (id) DO UPDATE SET last_cycle_at = excluded.last_cycle_at, next_cycle_at = excluded.next_cycle_at`,
    ),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
