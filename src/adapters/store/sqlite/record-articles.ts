/**
 * The body of Store.recordArticles on SQLite; the caller runs it in one
 * IMMEDIATE transaction (sqlite-store.ts), so no other connection can learn
 * a key between our check and our insert.
 *
 * Rules:
 * - An article is new when none of its identity keys is known, counting the
 *   keys of the articles before it in the batch (the first of two sharing a
 *   key wins). Its keys are claimed one by one with INSERT … ON CONFLICT DO
 *   NOTHING: a change count of 0 means "known", so no separate look-up runs.
 *   A known article gives back the keys it claimed before meeting the known
 *   one, so a skipped article's keys are never learnt.
 * - Deliveries are queued only for articles inserted in this batch, at the
 *   article's first-seen time (the caller's clock, not ours); 'held' ones
 *   wait for a digest (delivery-rows.ts).
 */
import type { NewDelivery, RecordResult, StoredArticle } from '../../../app/ports.ts';
import { deliveryValues } from './delivery-rows.ts';
import { articleValues, identityKeys, toMs } from './rows.ts';
import type { Statements } from './statements.ts';

export function recordArticlesWith(
  sql: Statements,
  articles: readonly StoredArticle[],
  deliveries: readonly NewDelivery[],
): RecordResult {
  const inserted: string[] = [];
  /** First-seen ms of each article inserted: the ones deliveries may refer to. */
  const storedAt = new Map<string, number>();
  for (const article of articles) {
    const keys = identityKeys(article);
    // Convert (and so validate dates) before writing anything for this article.
    const seenAt = toMs(article.firstSeenAt, `firstSeenAt of article ${article.id}`);
    const row = articleValues(article, keys);
    if (!claimKeys(sql, keys, article.id, seenAt)) continue;
    sql.insertArticle.run(...row);
    storedAt.set(article.id, seenAt);
    inserted.push(article.id);
  }

  let queued = 0;
  for (const d of deliveries) {
    const createdAt = storedAt.get(d.articleId);
    if (createdAt === undefined) continue; // article skipped or not in this batch
    queued += sql.insertDelivery.run(...deliveryValues(d, createdAt)).changes;
  }
  return { inserted, queued };
}

/** Claims every key for `owner`; if one is known already, gives back those claimed and returns false. */
function claimKeys(sql: Statements, keys: readonly string[], owner: string, seenAt: number): boolean {
  for (let i = 0; i < keys.length; i++) {
    if (sql.claimKey.run(keys[i]!, owner, seenAt).changes === 1) continue;
    for (let j = 0; j < i; j++) sql.releaseKey.run(keys[j]!);
    return false;
  }
  return true;
}
