/**
 * SQLite schema, as an ordered list of migrations tracked with
 * `PRAGMA user_version` (the number of the last migration applied).
 *
 * Schema rules, kept so a PostgreSQL store can mirror it column for column:
 * - Timestamps are INTEGER milliseconds since the Unix epoch (UTC); a missing
 *   time is NULL. (PostgreSQL: BIGINT.)
 * - Lists and objects (keys, topics, hits) are JSON text. (PostgreSQL: JSONB or TEXT.)
 * - Booleans are INTEGER 0/1. (PostgreSQL: BOOLEAN.)
 * - `articles.search_text` holds title and summary folded by
 *   src/adapters/store/search-text.ts, so search needs no SQL case folding.
 * - An article is known when ANY of its identity keys is in `article_keys`.
 * - A delivery exists at most once per (article, channel): UNIQUE constraint.
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
