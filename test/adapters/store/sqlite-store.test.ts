import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/app/ports.ts';
import { openSqliteStore } from '../../../src/adapters/store/sqlite-store.ts';
import { LATEST_SCHEMA_VERSION } from '../../../src/adapters/store/sqlite/migrations.ts';
import { describeStoreContract } from './store-contract.ts';
import { allArticles, article, at, delivery, deliveryTotal } from './store-fixtures.ts';

const execFileAsync = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'news-alert-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
/** A fresh directory under this test file's temp root. */
function freshDir(): string {
  counter += 1;
  return join(root, `case-${counter}`);
}

describeStoreContract('sqlite :memory:', () => openSqliteStore(':memory:'));

let contractDir = '';
describeStoreContract(
  'sqlite file',
  () => {
    contractDir = freshDir();
    return openSqliteStore(join(contractDir, 'news.db'));
  },
  () => rmSync(contractDir, { recursive: true, force: true }),
);

describe('openSqliteStore on a file', () => {
  const open: Store[] = [];
  /** Opens a store that is closed after the test, even if it fails. */
  function openStore(path: string) {
    const store = openSqliteStore(path);
    open.push(store);
    return store;
  }
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close();
  });

  it('creates missing parent folders and reports the absolute path', () => {
    const file = join(freshDir(), 'nested', 'deeper', 'news.db');
    expect(openStore(file).path).toBe(file);
  });

  it('turns on WAL, so readers do not block the writer', async () => {
    const file = join(freshDir(), 'news.db');
    await openStore(file).close();
    const raw = new Database(file, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      raw.close();
    }
  });

  it('keeps articles, keys, deliveries and feed states across a restart', async () => {
    const file = join(freshDir(), 'news.db');
    const first = openStore(file);
    await first.saveFeedStates([{ url: 'https://a.example/rss', name: 'A', consecutiveFailures: 0, lastSuccessAt: at(3) }]);
    await first.recordArticles([article('guid-1', { keys: ['guid-1', 'url:1'] })], [delivery('guid-1', 'slack-news')]);
    await first.close();

    const second = openStore(file);
    expect(await second.listFeedStates()).toEqual([
      { url: 'https://a.example/rss', name: 'A', consecutiveFailures: 0, lastSuccessAt: at(3) },
    ]);
    expect(await second.findKnownKeys(['url:1'])).toEqual(new Set(['url:1']));
    expect(await allArticles(second)).toEqual([article('guid-1', { keys: ['guid-1', 'url:1'] })]);
    expect(await second.claimDueDeliveries(at(0), 10)).toHaveLength(1);
  });

  it('applies migrations once: reopening a migrated file changes nothing', async () => {
    const file = join(freshDir(), 'news.db');
    await openStore(file).recordArticles([article('a')], []);
    await openStore(file).close();
    const reopened = openStore(file);
    expect((await allArticles(reopened)).map((a) => a.id)).toEqual(['a']);
    const raw = new Database(file, { readonly: true });
    try {
      expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    } finally {
      raw.close();
    }
  });

  it('shares one file between two stores: the second sees the first and does not re-queue', async () => {
    const file = join(freshDir(), 'news.db');
    const first = openStore(file);
    const second = openStore(file);
    await first.recordArticles([article('a', { keys: ['a', 'url:a'] })], [delivery('a', 'slack-news')]);

    expect(await second.findKnownKeys(['url:a'])).toEqual(new Set(['url:a']));
    expect(
      await second.recordArticles([article('a2', { keys: ['a2', 'url:a'] })], [delivery('a2', 'slack-news')]),
    ).toEqual({ inserted: [], queued: 0 });
    expect(await second.recordArticles([article('a')], [delivery('a', 'slack-news')])).toEqual({
      inserted: [],
      queued: 0,
    });

    const claimedBySecond = await second.claimDueDeliveries(at(0), 10);
    expect(claimedBySecond.map((d) => d.articleId)).toEqual(['a']);
    expect(await first.claimDueDeliveries(at(0), 10)).toEqual([]);
    expect(await deliveryTotal(first)).toBe(1);
  });

  it('lets two processes drain one queue together, each delivery claimed exactly once', async () => {
    const file = join(freshDir(), 'news.db');
    const seeder = openStore(file);
    const ids = Array.from({ length: 1500 }, (_, i) => `guid-${i}`);
    await seeder.recordArticles(
      ids.map((id) => article(id)),
      ids.map((id) => delivery(id, 'slack-news')),
    );
    await seeder.close();

    const worker = fileURLToPath(new URL('./claim-worker.ts', import.meta.url));
    const startAt = String(Date.now() + 2000); // after both have loaded tsx
    const run = () => execFileAsync(process.execPath, ['--import', 'tsx', worker, file, startAt]);
    const outputs = await Promise.all([run(), run()]);
    const claims = outputs.map((o) => JSON.parse(o.stdout) as number[]);

    const all = claims.flat();
    expect(all).toHaveLength(ids.length);
    expect(new Set(all).size).toBe(ids.length);
    const counts = await openStore(file).deliveryCounts();
    expect(counts).toEqual([{ channel: 'slack-news', status: 'sent', count: ids.length }]);
  });

  it('records a batch all or nothing', async () => {
    const store = openStore(join(freshDir(), 'news.db'));
    const broken = article('b', { published: new Date(Number.NaN) });
    await expect(
      store.recordArticles([article('a'), broken], [delivery('a', 'slack-news')]),
    ).rejects.toThrow(/published of article b/);
    expect(await allArticles(store)).toEqual([]);
    expect(await store.findKnownKeys(['a'])).toEqual(new Set());
    expect(await deliveryTotal(store)).toBe(0);
  });

  it('refuses a database written by a newer version, naming the file and both versions', async () => {
    const file = join(freshDir(), 'news.db');
    await openSqliteStore(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openSqliteStore(file)).toThrow(
      new RegExp(`${escape(file)}.*version ${LATEST_SCHEMA_VERSION + 1}.*version ${LATEST_SCHEMA_VERSION}\\b`),
    );
  });

  it('names the file when it is not a database', async () => {
    const dir = freshDir();
    const file = join(dir, 'news.db');
    mkdirSync(dir);
    writeFileSync(file, 'this is not a database, just some text that is long enough'.repeat(20));
    expect(() => openSqliteStore(file)).toThrow(new RegExp(`^${escape(file)}: cannot open the database`));
  });

  it('can be closed twice', async () => {
    const store = openSqliteStore(':memory:');
    await store.close();
    await expect(store.close()).resolves.toBeUndefined();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
