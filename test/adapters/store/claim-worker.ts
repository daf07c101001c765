/**
 * A separate process for sqlite-store.test.ts: waits until the epoch-ms time
 * in argv[3] (so two workers start together), then claims deliveries one at a
 * time from the store file in argv[2] until none are left, marks each sent,
 * and prints the claimed ids as JSON. Run with `node --import tsx`.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { openSqliteStore } from '../../../src/adapters/store/sqlite-store.ts';

const [file, startAt] = process.argv.slice(2);
if (file === undefined || startAt === undefined) {
  throw new Error('usage: claim-worker.ts <database file> <start at, epoch ms>');
}

const store = openSqliteStore(file);
await sleep(Math.max(0, Number(startAt) - Date.now()));
const now = new Date(Date.UTC(2030, 0, 1));
const claimed: number[] = [];
try {
  for (;;) {
    const batch = await store.claimDueDeliveries(now, 1);
    if (batch.length === 0) break;
    for (const d of batch) {
      claimed.push(d.id);
      await store.markSentAll([{ id: d.id, at: now }]);
    }
  }
} finally {
  await store.close();
}
process.stdout.write(JSON.stringify(claimed));
