/**
 * The Store on SQLite (better-sqlite3). Schema and its rules: sqlite/migrations.ts.
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
  NewDelivery,
  RecordResult,
  Store,
  StoredArticle,
} from '../../app/ports.ts';
import { searchWords } from './search-text.ts';
import { openDatabase } from './sqlite/connection.ts';
import {
  articleFromRow,
  articleToRow,
  feedFromRow,
  feedToRow,
  heartbeatFromRow,
  heartbeatToRow,
  toMs,
} from './sqlite/rows.ts';
import { INTERRUPTED_ERROR, prepareStatements, type DeliveryInsert } from './sqlite/statements.ts';

/**
 * Opens (creating and migrating if needed) the store at `path`, a file path
 * or ':memory:'. The parent folder of a file is created if missing.
 */
export function openSqliteStore(path: string): Store & { readonly path: string } {
  const opened = openDatabase(path);
  const db = opened.db;
  const sql = prepareStatements(db);

  const recordTx = db.transaction((articles: StoredArticle[], deliveries: NewDelivery[]): RecordResult => {
    const inserted: StoredArticle[] = [];
    for (const article of articles) {
      const row = articleToRow(article);
      // Known by any key, including a key of an article earlier in this batch.
      if (sql.knownKeys.all(row.keys).length > 0) continue;
      sql.insertArticle.run(row);
      sql.insertKeys.run({ article_id: article.id, keys: row.keys });
      inserted.push(article);
    }
    // A delivery is created when its article is first seen: the caller's clock, not ours.
    const firstSeen = new Map(inserted.map((a) => [a.id, toMs(a.firstSeenAt, `firstSeenAt of article ${a.id}`)]));
    let queued = 0;
    for (const d of deliveries) {
      const createdAt = firstSeen.get(d.articleId);
      if (createdAt === undefined) continue; // article skipped or not in this batch
      const row: DeliveryInsert = {
        article_id: d.articleId,
        channel: d.channel,
        platform: d.platform,
        not_before: toMs(d.notBefore, `notBefore of delivery ${d.articleId} → ${d.channel}`),
        created_at: createdAt,
      };
      queued += sql.insertDelivery.run(row).changes;
    }
    return { inserted: inserted.map((a) => a.id), queued };
  });

  const claimTx = db.transaction((now: number, limit: number): Delivery[] => {
    const rows = sql.dueDeliveries.all({ now, limit });
    for (const row of rows) sql.markSending.run({ id: row.delivery_id, at: now });
    return rows.map((row) => ({
      id: row.delivery_id,
      articleId: row.id,
      channel: row.channel,
      platform: row.platform,
      attempts: row.attempts + 1,
      article: articleFromRow(row),
    }));
  });

  let closed = false;

  return {
    path: opened.path,

    async listFeedStates(): Promise<FeedState[]> {
      return sql.listFeeds.all().map(feedFromRow);
    },

    async saveFeedState(state: FeedState): Promise<void> {
      sql.upsertFeed.run(feedToRow(state));
    },

    async findKnownKeys(keys: string[]): Promise<Set<string>> {
      if (keys.length === 0) return new Set();
      return new Set(sql.knownKeys.all(JSON.stringify(keys)));
    },

    async recordArticles(articles: StoredArticle[], deliveries: NewDelivery[]): Promise<RecordResult> {
      return recordTx.immediate(articles, deliveries);
    },

    async searchArticles(query: ArticleQuery): Promise<StoredArticle[]> {
      const limit = Math.floor(query.limit);
      // SQLite reads a negative LIMIT as "no limit"; the contract reads it as nothing.
      if (!(limit > 0)) return [];
      const rows = sql.search.all({
        since: toMs(query.since, 'since'),
        words: JSON.stringify(searchWords(query.text)),
        limit,
      });
      return rows.map(articleFromRow);
    },

    async claimDueDeliveries(now: Date, limit: number): Promise<Delivery[]> {
      const n = Math.floor(limit);
      if (!(n > 0)) return [];
      return claimTx.immediate(toMs(now, 'now'), n);
    },

    async markSent(id: number, at: Date, ref?: string): Promise<void> {
      const { changes } = sql.markSent.run({ id, at: toMs(at, 'at'), ref: ref ?? null });
      if (changes === 0) throw new Error(`store: no delivery with id ${id}`);
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
