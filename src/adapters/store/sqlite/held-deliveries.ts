/**
 * Store methods for deliveries held for a digest (status 'held'; see
 * delivery-rows.ts for how they are queued). A hold has ended when its
 * not_before has come; NULL = held until the channel's digest runs, which
 * never ends by itself.
 */
import type Database from 'better-sqlite3';
import type { Delivery, Store } from '../../../app/ports.ts';
import { deliveryFromRow, type ClaimRow } from './delivery-rows.ts';
import { toMs } from './rows.ts';
import { CLAIM_COLUMNS, type Statements } from './statements.ts';

type HeldMethods = Pick<Store, 'claimHeld' | 'listHeld' | 'returnToHeld' | 'channelsWithReleasedHolds'>;

interface HeldQuery {
  channel: string;
  now: number;
  /** 1: only holds that have ended; 0: all. */
  released_only: 0 | 1;
}

export function heldDeliveries(db: Database.Database, sql: Statements): HeldMethods {
  // Oldest first: in the order they were queued.
  const held = db.prepare<[HeldQuery], ClaimRow>(
    `SELECT ${CLAIM_COLUMNS}
     FROM deliveries AS d JOIN articles AS a ON a.id = d.article_id
     WHERE d.status = 'held' AND d.channel = @channel
       AND (@released_only = 0 OR d.not_before <= @now)
     ORDER BY d.created_at, d.id`,
  );
  const releasedChannels = db
    .prepare<[number], string>(
      `SELECT DISTINCT channel FROM deliveries WHERE status = 'held' AND not_before <= ? ORDER BY channel`,
    )
    .pluck();
  /**
   * Attempts are kept, so a digest that keeps failing is given up in time.
   * updated_at is kept too: the interface gives no time (it stays the claim's).
   */
  const backToHeld = db.prepare<[{ ids: string; until: number | null; error: string }]>(
    `UPDATE deliveries SET status = 'held', not_before = @until, last_error = @error
     WHERE id IN (SELECT value FROM json_each(@ids))`,
  );

  const query = (channel: string, now: Date, releasedOnly: boolean): HeldQuery => ({
    channel,
    now: toMs(now, 'now'),
    released_only: releasedOnly ? 1 : 0,
  });

  // IMMEDIATE, like claimDueDeliveries: two processes never claim the same rows.
  const claimTx = db.transaction((q: HeldQuery): Delivery[] => {
    const rows = held.all(q);
    for (const row of rows) sql.markSending.run({ id: row.delivery_id, at: q.now });
    return rows.map((row) => deliveryFromRow(row, true));
  });

  // All or none: a digest goes back on hold as a whole.
  const returnTx = db.transaction((ids: number[], until: number | null, error: string) => {
    const unique = [...new Set(ids)];
    const { changes } = backToHeld.run({ ids: JSON.stringify(unique), until, error });
    if (changes !== unique.length) throw new Error(`store: no delivery with some of the ids ${unique.join(', ')}`);
  });

  return {
    async claimHeld(channel, now, opts) {
      return claimTx.immediate(query(channel, now, opts.releasedOnly));
    },

    async listHeld(channel, now, opts) {
      return held.all(query(channel, now, opts.releasedOnly)).map((row) => deliveryFromRow(row, false));
    },

    async returnToHeld(ids, until, error) {
      if (ids.length === 0) return;
      returnTx.immediate(ids, until === null ? null : toMs(until, 'until'), error);
    },

    async channelsWithReleasedHolds(now) {
      return releasedChannels.all(toMs(now, 'now'));
    },
  };
}
