/**
 * The Store on SQLite (better-sqlite3). Schema and its rules: sqlite/migrations.ts.
 * Held deliveries, story reads and settings live in sqlite/held-deliveries.ts,
 * sqlite/stories.ts and sqlite/settings.ts.
 *
 * better-sqlite3 is synchronous; the methods are async only to satisfy the
 * Store contract. Every write that reads before it writes runs in an
 * IMMEDIATE transaction: it takes the write lock up front, so two processes
 * on one file wait for each other (busy_timeout) instead of both reading the
 * same pending rows, and a WAL snapshot can never go stale mid-transaction.
 */
import type {
  ArticleQuery,
  Delivery,
  DeliveryCount,
  DeliveryStatus,
  FeedState,
  Heartbeat,
  ItemMemory,
  NewDelivery,
  RecordResult,
  SentMark,
  Store,
  StoredArticle,
} from '../../app/ports.ts';
import { containsAllWords, searchWords } from './search-text.ts';
import { openDatabase } from './sqlite/connection.ts';
import { deliveryFromRow } from './sqlite/delivery-rows.ts';
import { heldDeliveries } from './sqlite/held-deliveries.ts';
import { settingsStore } from './sqlite/settings.ts';
import { storyQueries } from './sqlite/stories.ts';
import {
  articleFromRow,
  feedFromRow,
  feedToRow,
  hashesFromBlob,
  hashesToBlob,
  heartbeatFromRow,
  heartbeatToRow,
  toMs,
} from './sqlite/rows.ts';
import { recordArticlesWith } from './sqlite/record-articles.ts';
import { INTERRUPTED_ERROR, prepareStatements } from './sqlite/statements.ts';

export interface SqliteStore extends Store {
  /** Absolute path of the file, or ':memory:'. */
  readonly path: string;
}

/**
 * Opens (creating and migrating if needed) the store at `path`, a file path
 * or ':memory:'. The parent folder of a file is created if missing.
 */
export function openSqliteStore(path: string): SqliteStore {
  const opened = openDatabase(path);
  const db = opened.db;
  const sql = prepareStatements(db);

  const recordTx = db.transaction((articles: readonly StoredArticle[], deliveries: NewDelivery[]) =>
    recordArticlesWith(sql, articles, deliveries),
  );

  const saveStatesTx = db.transaction((states: FeedState[], memories: readonly ItemMemory[]) => {
    for (const state of states) sql.upsertFeed.run(feedToRow(state));
    for (const m of memories) sql.saveItemMemory.run(m.feedUrl, hashesToBlob(m.hashes));
  });

  const claimTx = db.transaction((now: number, limit: number): Delivery[] => {
    const rows = sql.dueDeliveries.all({ now, limit });
    for (const row of rows) sql.markSending.run({ id: row.delivery_id, at: now });
    return rows.map((row) => deliveryFromRow(row, true));
  });

  // Dates are converted (and so checked) before anything is written.
  const markSentTx = db.transaction((marks: readonly SentMark[]) => {
    const rows = marks.map((m) => ({ id: m.id, at: toMs(m.at, 'at'), ref: m.ref ?? null }));
    for (const row of rows) if (sql.markSent.run(row).changes === 0) throw new Error(`store: no delivery with id ${row.id}`);
  });

  let closed = false;

  return {
    path: opened.path,
    ...heldDeliveries(db, sql),
    ...storyQueries(db),
    ...settingsStore(db),

    async listFeedStates(): Promise<FeedState[]> {
      return sql.listFeeds.all().map(feedFromRow);
    },

    async saveFeedStates(states: FeedState[], memories: readonly ItemMemory[] = []): Promise<void> {
      saveStatesTx(states, memories);
    },

    async loadItemMemory(feedUrl: string): Promise<Float64Array | undefined> {
      const blob = sql.itemMemory.get(feedUrl);
      return blob === undefined ? undefined : hashesFromBlob(blob);
    },

    async findKnownKeys(keys: string[]): Promise<Set<string>> {
      if (keys.length === 0) return new Set();
      return new Set(sql.knownKeys.all(JSON.stringify(keys)));
    },

    async recordArticles(articles: readonly StoredArticle[], deliveries: NewDelivery[]): Promise<RecordResult> {
      return recordTx.immediate(articles, deliveries);
    },

    async searchArticles(query: ArticleQuery): Promise<StoredArticle[]> {
      const limit = Math.floor(query.limit);
      if (!(limit > 0)) return [];
      const words = searchWords(query.text);
      const found: StoredArticle[] = [];
      // Newest first; leaving the loop early resets the statement.
      for (const row of sql.articlesSince.iterate(toMs(query.since, 'since'))) {
        if (!containsAllWords(row.title, row.summary, words)) continue;
        found.push(articleFromRow(row));
        if (found.length >= limit) break;
      }
      return found;
    },

    async claimDueDeliveries(now: Date, limit: number): Promise<Delivery[]> {
      const n = Math.floor(limit);
      if (!(n > 0)) return [];
      return claimTx.immediate(toMs(now, 'now'), n);
    },

    async markSentAll(marks: readonly SentMark[]): Promise<void> {
      if (marks.length > 0) markSentTx(marks);
    },

    async markFailed(id: number, at: Date, error: string, retryAt: Date | null): Promise<void> {
      const { changes } = sql.markFailed.run({
        id,
        status: retryAt === null ? 'failed' : 'pending',
        at: toMs(at, 'at'),
        error,
        not_before: retryAt === null ? null : toMs(retryAt, 'retryAt'),
      });
      if (changes === 0) throw new Error(`store: no delivery with id ${id}`);
    },

    async releaseInterrupted(at: Date): Promise<number> {
      return sql.releaseInterrupted.run({ at: toMs(at, 'at'), error: INTERRUPTED_ERROR }).changes;
    },

    async deliveryCounts(): Promise<DeliveryCount[]> {
      return sql.deliveryCounts.all().map((r) => ({
        channel: r.channel,
        // The CHECK constraint in the schema admits only DeliveryStatus values.
        status: r.status as DeliveryStatus,
        count: r.count,
        lastError: r.last_error ?? undefined,
      }));
    },

    async saveHeartbeat(beat: Heartbeat): Promise<void> {
      sql.saveHeartbeat.run(heartbeatToRow(beat));
    },

    async getHeartbeat(): Promise<Heartbeat | undefined> {
      const row = sql.getHeartbeat.get();
      return row === undefined ? undefined : heartbeatFromRow(row);
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
