/**
 * SQLite schema, as an ordered list of migrations tracked with
 * `PRAGMA user_version` (the number of the last migration applied).
 *
 * Schema rules, kept so a PostgreSQL store can mirror it column for column:
 * - Timestamps are INTEGER milliseconds since the Unix epoch (UTC); a missing
 *   time is NULL. (PostgreSQL: BIGINT.)
 * - Lists and objects (keys, topics, hits) are JSON text. (PostgreSQL: JSONB or TEXT.)
 * - Booleans are INTEGER 0/1. (PostgreSQL: BOOLEAN.)
 * - An article is known when ANY of its identity keys is in `seen_keys`.
 *   Only articles that matched a topic are recorded (an `articles` row, its
 *   keys in `seen_keys`, `seen_keys.article_id` its id). Entries that match
 *   nothing, most of them, are remembered per feed instead: `feed_items`
 *   (src/core/item-memory.ts). Up to version 4 their keys were in
 *   `seen_keys` with a NULL article_id.
 * - Search folds title and summary in JavaScript at query time
 *   (src/adapters/store/search-text.ts); no folded copy is stored.
 * - A delivery exists at most once per (article, channel): UNIQUE constraint.
 * - Every index names the query that needs it; an index no query uses is
 *   only a cost on every insert.
 *
 * Never edit a migration that has shipped; append a new one.
 */
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'feeds, articles, article keys and deliveries',
    sql: `
      CREATE TABLE feeds (
        url                  TEXT PRIMARY KEY,
        name                 TEXT NOT NULL,
        etag                 TEXT,
        last_modified        TEXT,
        last_fetch_at        INTEGER,
        last_success_at      INTEGER,
        last_status          TEXT CHECK (last_status IN ('ok', 'not-modified', 'error')),
        last_error           TEXT,
        consecutive_failures INTEGER NOT NULL DEFAULT 0,
        next_poll_at         INTEGER,
        last_item_count      INTEGER
      );

      CREATE TABLE articles (
        id                  TEXT PRIMARY KEY,
        keys                TEXT NOT NULL,
        feed                TEXT NOT NULL,
        feed_url            TEXT NOT NULL,
        title               TEXT NOT NULL,
        url                 TEXT,
        summary             TEXT NOT NULL,
        published           INTEGER NOT NULL,
        published_from_feed INTEGER NOT NULL CHECK (published_from_feed IN (0, 1)),
        author              TEXT,
        topics              TEXT NOT NULL,
        hits                TEXT NOT NULL,
        first_seen_at       INTEGER NOT NULL,
        search_text         TEXT NOT NULL
      );
      CREATE INDEX articles_published ON articles (published);
      CREATE INDEX articles_first_seen_at ON articles (first_seen_at);

      CREATE TABLE article_keys (
        key        TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id)
      );
      CREATE INDEX article_keys_article_id ON article_keys (article_id);

      CREATE TABLE deliveries (
        id          INTEGER PRIMARY KEY,
        article_id  TEXT NOT NULL REFERENCES articles (id),
        channel     TEXT NOT NULL,
        platform    TEXT NOT NULL,
        status      TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'unknown')),
        attempts    INTEGER NOT NULL DEFAULT 0,
        not_before  INTEGER NOT NULL,
        last_error  TEXT,
        sent_at     INTEGER,
        ref         TEXT,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL,
        UNIQUE (article_id, channel)
      );
      -- claimDueDeliveries: WHERE status = 'pending' AND not_before <= ? ORDER BY not_before, id
      CREATE INDEX deliveries_due ON deliveries (status, not_before, id);
    `,
  },
  {
    version: 2,
    description: 'worker heartbeat',
    // One row (id = 1): when the worker last finished a cycle, read by `status`.
    sql: `
      CREATE TABLE worker_heartbeat (
        id            INTEGER PRIMARY KEY CHECK (id = 1),
        last_cycle_at INTEGER NOT NULL,
        next_cycle_at INTEGER
      );
    `,
  },
  {
    version: 3,
    description: 'seen keys; full rows only for matched articles; no search_text',
    // - seen_keys is WITHOUT ROWID: one B-tree keyed by `key` instead of a
    //   rowid table plus its key index (https://www.sqlite.org/withoutrowid.html).
    //   No foreign key: keys are inserted first, to learn whether the article
    //   is new, before its row exists.
    // - An old article that matched nothing and has no delivery keeps only its
    //   keys; seen_at is its first-seen time.
    // - article_keys_article_id and articles_first_seen_at served no query.
    //   articles_published serves searchArticles (published >= since, newest first).
    sql: `
      CREATE TABLE seen_keys (
        key        TEXT PRIMARY KEY,
        article_id TEXT,
        seen_at    INTEGER NOT NULL
      ) WITHOUT ROWID;

      INSERT INTO seen_keys (key, article_id, seen_at)
        SELECT k.key,
               CASE WHEN a.topics <> '[]' OR EXISTS (SELECT 1 FROM deliveries AS d WHERE d.article_id = a.id)
                    THEN a.id END,
               a.first_seen_at
        FROM article_keys AS k JOIN articles AS a ON a.id = k.article_id;
      DROP TABLE article_keys;
      DELETE FROM articles
        WHERE topics = '[]' AND NOT EXISTS (SELECT 1 FROM deliveries AS d WHERE d.article_id = articles.id);

      DROP INDEX articles_first_seen_at;
      ALTER TABLE articles DROP COLUMN search_text;
    `,
  },
  {
    version: 4,
    description: 'stories and facts of articles; delivery kinds and held deliveries; settings and audit',
    // - articles.story_id is the id of the story's first article; every stored
    //   article has one (an old article is its own story). Nullable only
    //   because ALTER TABLE cannot add a NOT NULL column without a default.
    //   facts and fact_keys are JSON, NULL when not extracted.
    // - articles_story_id serves storyArticles, storyChannels, storyAlertRef
    //   and recentStoryArticles; articles_first_seen_at serves the inner
    //   "first seen since" of recentStoryArticles.
    // - deliveries is rebuilt, as a CHECK constraint cannot be altered
    //   (https://www.sqlite.org/lang_altertable.html#otheralter): new status
    //   'held' (kept for a digest), whose not_before may be NULL (waits for
    //   the channel's digest, not a time). Nothing references deliveries, so
    //   dropping it with foreign keys on is safe. deliveries_due (status
    //   first) also serves the held queries; UNIQUE (article_id, channel)
    //   serves the story look-ups by article.
    // - settings: one row (id = 1) with a version every save increases (lost
    //   updates are refused). audit.user_id, as "user" is reserved in PostgreSQL.
    sql: `
      ALTER TABLE articles ADD COLUMN story_id TEXT;
      ALTER TABLE articles ADD COLUMN facts TEXT;
      ALTER TABLE articles ADD COLUMN fact_keys TEXT;
      UPDATE articles SET story_id = id;
      CREATE INDEX articles_story_id ON articles (story_id);
      CREATE INDEX articles_first_seen_at ON articles (first_seen_at);

      CREATE TABLE deliveries_v4 (
        id          INTEGER PRIMARY KEY,
        article_id  TEXT NOT NULL REFERENCES articles (id),
        channel     TEXT NOT NULL,
        platform    TEXT NOT NULL,
        kind        TEXT NOT NULL DEFAULT 'alert' CHECK (kind IN ('alert', 'update')),
        status      TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'held', 'sending', 'sent', 'failed', 'unknown')),
        attempts    INTEGER NOT NULL DEFAULT 0,
        not_before  INTEGER CHECK (not_before IS NOT NULL OR status = 'held'),
        last_error  TEXT,
        sent_at     INTEGER,
        ref         TEXT,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL,
        UNIQUE (article_id, channel)
      );
      INSERT INTO deliveries_v4 (id, article_id, channel, platform, status, attempts, not_before,
                                 last_error, sent_at, ref, created_at, updated_at)
        SELECT id, article_id, channel, platform, status, attempts, not_before,
               last_error, sent_at, ref, created_at, updated_at
        FROM deliveries;
      DROP TABLE deliveries;
      ALTER TABLE deliveries_v4 RENAME TO deliveries;
      CREATE INDEX deliveries_due ON deliveries (status, not_before, id);

      CREATE TABLE settings (
        id        INTEGER PRIMARY KEY CHECK (id = 1),
        settings  TEXT NOT NULL,
        version   INTEGER NOT NULL,
        seed_hash TEXT
      );

      CREATE TABLE audit (
        id       INTEGER PRIMARY KEY,
        at       INTEGER NOT NULL,
        platform TEXT NOT NULL,
        user_id  TEXT NOT NULL,
        action   TEXT NOT NULL,
        summary  TEXT NOT NULL
      );
    `,
  },
  {
    version: 5,
    description: 'item memory per feed instead of the keys of unmatched articles',
    // - feed_items: one row per feed, `hashes` its item memory as
    //   little-endian float64s (8 bytes each, rows.ts), saved in the transaction that
    //   saves the feed's state. A blob of up to a few KiB, so a rowid table
    //   (https://www.sqlite.org/withoutrowid.html: WITHOUT ROWID suits small rows).
    // - The keys of unmatched articles (article_id NULL) go. Entries a feed
    //   still lists are remembered again at its next poll: they still match
    //   nothing, so none of them is taken for a new match; matched articles
    //   keep their keys. Each of them counts once more as a new article.
    sql: `
      CREATE TABLE feed_items (
        feed_url TEXT PRIMARY KEY,
        hashes   BLOB NOT NULL
      );
      DELETE FROM seen_keys WHERE article_id IS NULL;
    `,
  },
];

function latestOf(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

export const LATEST_SCHEMA_VERSION = latestOf(MIGRATIONS);

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to the last of `migrations` (tests pass a prefix of
 * MIGRATIONS to build an older file). Each migration runs in its
 * own IMMEDIATE transaction that re-reads the version first, so two processes
 * opening a fresh file at once do not both apply it (the second waits on the
 * write lock, then sees the new version and skips). Opening an up-to-date
 * file changes nothing. A file newer than this code is refused, naming both.
 */
export function migrate(db: Database.Database, file: string, migrations: readonly Migration[] = MIGRATIONS): void {
  const latest = latestOf(migrations);
  assertNotNewer(schemaVersion(db), latest, file);
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const apply = db.transaction(() => {
      const current = schemaVersion(db);
      assertNotNewer(current, latest, file);
      if (current >= migration.version) return;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    });
    apply.immediate();
  }
}

function assertNotNewer(current: number, latest: number, file: string): void {
  if (current > latest) {
    throw new Error(
      `${file}: database schema version ${current} is newer than this news-alert supports ` +
        `(version ${latest}); upgrade news-alert or use another database file`,
    );
  }
}
