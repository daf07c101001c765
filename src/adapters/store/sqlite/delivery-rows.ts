/**
 * Conversions between deliveries and SQLite rows (rules: rows.ts).
 *
 * A new delivery is 'pending' until its notBefore, or 'held' for a digest:
 * then not_before is the end of the hold (held.until) and NULL when it waits
 * for the channel's digest instead of a time; notBefore is not used.
 */
import type { Delivery, DeliveryKind, NewDelivery } from '../../../app/ports.ts';
import { articleFromRow, toMs, type ArticleRow } from './rows.ts';

/** A delivery joined with its article (all article columns). */
export interface ClaimRow extends ArticleRow {
  delivery_id: number;
  channel: string;
  platform: string;
  kind: string;
  attempts: number;
}

/** Positional, like ArticleValues (rows.ts): cheaper to bind than names. */
export type DeliveryValues = [
  article_id: string,
  channel: string,
  platform: string,
  kind: DeliveryKind,
  status: 'pending' | 'held',
  not_before: number | null,
  created_at: number,
  updated_at: number,
];

/** `createdAt`: the first-seen time of the delivery's article, in ms. */
export function deliveryValues(d: NewDelivery, createdAt: number): DeliveryValues {
  const what = `delivery ${d.articleId} → ${d.channel}`;
  const kind = d.kind ?? 'alert';
  if (d.held === undefined) {
    return [d.articleId, d.channel, d.platform, kind, 'pending', toMs(d.notBefore, `notBefore of ${what}`), createdAt, createdAt];
  }
  const until = d.held.until === null ? null : toMs(d.held.until, `held.until of ${what}`);
  return [d.articleId, d.channel, d.platform, kind, 'held', until, createdAt, createdAt];
}

/**
 * `claimed`: the row was just marked 'sending', which counted one more
 * attempt than the row (read before the update) shows.
 */
export function deliveryFromRow(row: ClaimRow, claimed: boolean): Delivery {
  return {
    id: row.delivery_id,
    articleId: row.id,
    channel: row.channel,
    platform: row.platform,
    attempts: claimed ? row.attempts + 1 : row.attempts,
    // The CHECK constraint in the schema admits only DeliveryKind values.
    kind: row.kind as DeliveryKind,
    article: articleFromRow(row),
  };
}
