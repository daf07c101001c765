import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../../../../src/adapters/store/sqlite-store.ts';
import { MIGRATIONS, migrate } from '../../../../src/adapters/store/sqlite/migrations.ts';
import { allArticles, at } from '../store-fixtures.ts';

const root = mkdtempSync(join(tmpdir(), 'news-alert-migrations-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
/** A database file at `version` (the state an older release left behind), ready for raw inserts. */
function oldFile(version: number): { file: string; db: Database.Database } {
  counter += 1;
  const dir = join(root, `case-${counter}`);
  mkdirSync(dir);
  const file = join(dir, 'news.db');
  const db = new Database(file);
  migrate(db, file, MIGRATIONS.filter((m) => m.version <= version));
  expect(db.pragma('user_version', { simple: true })).toBe(version);
  return { file, db };
}

/** An article row as schema versions 1 and 2 stored it, with its keys. */
function insertV2Article(db: Database.Database, id: string, keys: string[], topics: string[], minutes: number): void {
  db.prepare(
    `INSERT INTO articles (id, keys, feed, feed_url, title, url, summary, published, published_from_feed,
                           author, topics, hits, first_seen_at, search_text)
     VALUES (?, ?, '연합뉴스', 'https://www.yna.co.kr/rss/news.xml', ?, NULL, ?, ?, 1, NULL, ?, '[]', ?, ?)`,
  ).run(id, JSON.stringify(keys), `title of ${id}`, `summary of ${id}`, at(minutes).getTime(), JSON.stringify(topics),
    at(minutes).getTime(), `title of ${id}\nsummary of ${id}`);
  for (const key of keys) db.prepare('INSERT INTO article_keys (key, article_id) VALUES (?, ?)').run(key, id);
}

function insertV2Delivery(db: Database.Database, articleId: string): void {
  db.prepare(
    `INSERT INTO deliveries (article_id, channel, platform, not_before, created_at, updated_at)
     VALUES (?, 'slack-news', 'slack', 0, 0, 0)`,
  ).run(articleId);
}

describe('migrations', () => {
  const open: SqliteStore[] = [];
  function openStore(file: string): SqliteStore {
    const store = openSqliteStore(file);
    open.push(store);
    return store;
  }
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close();
  });

  it('upgrades a version 1 file, keeping its feed states', async () => {
    const { file, db } = oldFile(1);
    db.prepare(`INSERT INTO feeds (url, name, consecutive_failures) VALUES ('https://a.example/rss', 'A', 4)`).run();
    db.close();

    const upgraded = openStore(file);
    expect(await upgraded.listFeedStates()).toEqual([{ url: 'https://a.example/rss', name: 'A', consecutiveFailures: 4 }]);
    await upgraded.saveHeartbeat({ lastCycleAt: at(1), nextCycleAt: undefined });
    expect(await upgraded.getHeartbeat()).toEqual({ lastCycleAt: at(1), nextCycleAt: undefined });
  });

  it('upgrades a version 2 file: matched and delivered articles stay known, unmatched ones are forgotten', async () => {
    const { file, db } = oldFile(2);
    insertV2Article(db, 'matched', ['matched', 'url:matched'], ['ai'], 3);
    insertV2Article(db, 'unmatched', ['unmatched', 'url:unmatched'], [], 2);
    // Cannot happen in practice, but a delivery's article must survive.
    insertV2Article(db, 'delivered', ['delivered'], [], 1);
    insertV2Delivery(db, 'matched');
    insertV2Delivery(db, 'delivered');
    db.close();

    const store = openStore(file);
    const keys = ['matched', 'url:matched', 'unmatched', 'url:unmatched', 'delivered'];
    // Version 3 kept the unmatched article's keys; version 5 leaves it to its feed's item memory.
    expect(await store.findKnownKeys(keys)).toEqual(new Set(['matched', 'url:matched', 'delivered']));
    expect((await allArticles(store)).map((a) => [a.id, a.title, a.topics])).toEqual([
      ['matched', 'title of matched', ['ai']],
      ['delivered', 'title of delivered', []],
    ]);
    expect((await store.claimDueDeliveries(at(0), 10)).map((d) => d.article.id)).toEqual(['matched', 'delivered']);
  });

  it('drops the folded search copy and the indexes no query uses (version 3)', () => {
    const { file, db } = oldFile(2);
    try {
      migrate(db, file, MIGRATIONS.filter((m) => m.version <= 3));
      const columns = db.prepare<[], { name: string }>('PRAGMA table_info(articles)').all().map((c) => c.name);
      expect(columns).not.toContain('search_text');
      const names = db.prepare<[], string>(`SELECT name FROM sqlite_master WHERE type IN ('table', 'index')`).pluck().all();
      expect(names).not.toContain('article_keys');
      expect(names).not.toContain('articles_first_seen_at');
      expect(names).toContain('articles_published');
    } finally {
      db.close();
    }
  });
});

/** An article row as schema version 3 stored it, with its keys. */
function insertV3Article(db: Database.Database, id: string, minutes: number): void {
  db.prepare(
    `INSERT INTO articles (id, keys, feed, feed_url, title, url, summary, published, published_from_feed,
                           author, topics, hits, first_seen_at)
     VALUES (?, ?, '연합뉴스', 'https://www.yna.co.kr/rss/news.xml', ?, NULL, '', ?, 1, NULL, '["ai"]', '[]', ?)`,
  ).run(id, JSON.stringify([id]), `title of ${id}`, at(minutes).getTime(), at(minutes).getTime());
  db.prepare('INSERT INTO seen_keys (key, article_id, seen_at) VALUES (?, ?, ?)').run(id, id, at(minutes).getTime());
}

function insertV3Delivery(db: Database.Database, id: number, articleId: string, status: string, ref: string | null): void {
  db.prepare(
    `INSERT INTO deliveries (id, article_id, channel, platform, status, attempts, not_before, sent_at, ref, created_at, updated_at)
     VALUES (?, ?, 'slack-news', 'slack', ?, ?, 0, ?, ?, 0, 0)`,
  ).run(id, articleId, status, status === 'sent' ? 1 : 0, status === 'sent' ? at(2).getTime() : null, ref);
}

describe('migration to version 4', () => {
  const open: SqliteStore[] = [];
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close();
  });

  async function upgradedV3(): Promise<{ store: SqliteStore; file: string }> {
    const { file, db } = oldFile(3);
    insertV3Article(db, 'sent', 1);
    insertV3Article(db, 'waiting', 2);
    insertV3Delivery(db, 7, 'sent', 'sent', '1718000000.000100');
    insertV3Delivery(db, 9, 'waiting', 'pending', null);
    db.close();
    const store = openSqliteStore(file);
    open.push(store);
    return { store, file };
  }

  it('keeps articles, each its own story, with no facts', async () => {
    const { store } = await upgradedV3();
    const articles = await allArticles(store);
    expect(articles.map((a) => [a.id, a.storyId, a.facts, a.factKeys])).toEqual([
      ['waiting', 'waiting', undefined, undefined],
      ['sent', 'sent', undefined, undefined],
    ]);
    expect(await store.findKnownKeys(['sent', 'waiting'])).toEqual(new Set(['sent', 'waiting']));
    expect((await store.storyArticles(['sent'])).map((a) => a.id)).toEqual(['sent']);
  });

  it('keeps deliveries, their ids and states, as alerts', async () => {
    const { store } = await upgradedV3();
    expect(await store.deliveryCounts()).toEqual([
      { channel: 'slack-news', status: 'pending', count: 1 },
      { channel: 'slack-news', status: 'sent', count: 1 },
    ]);
    expect(await store.storyAlertRef('sent', 'slack-news')).toBe('1718000000.000100');
    expect(await store.storyChannels(['sent', 'waiting'])).toEqual(
      new Map([['sent', new Set(['slack-news'])], ['waiting', new Set(['slack-news'])]]),
    );
    const [claimed] = await store.claimDueDeliveries(at(0), 10);
    expect(claimed).toMatchObject({ id: 9, articleId: 'waiting', kind: 'alert', attempts: 1 });
  });

  it('admits held deliveries afterwards, and still at most one delivery per article and channel', async () => {
    const { store, file } = await upgradedV3();
    await store.recordArticles(
      [{ ...(await allArticles(store))[0]!, id: 'new', keys: ['new'], storyId: 'sent' }],
      [{ articleId: 'new', channel: 'slack-news', platform: 'slack', notBefore: at(0), held: { until: null } }],
    );
    expect((await store.listHeld('slack-news', at(0), { releasedOnly: false })).map((d) => d.articleId)).toEqual(['new']);
    const raw = new Database(file);
    try {
      const names = raw.prepare<[], string>(`SELECT name FROM sqlite_master WHERE type = 'index'`).pluck().all();
      expect(names).toEqual(expect.arrayContaining(['deliveries_due', 'articles_story_id', 'articles_first_seen_at']));
      expect(() => insertV3Delivery(raw, 100, 'sent', 'pending', null)).toThrow(/UNIQUE/);
    } finally {
      raw.close();
    }
  });
});

describe('migration to version 5', () => {
  it('forgets the keys of unmatched articles, keeps those of stored ones, and starts every item memory empty', async () => {
    const { file, db } = oldFile(4);
    insertV3Article(db, 'stored', 1);
    const seen = db.prepare('INSERT INTO seen_keys (key, article_id, seen_at) VALUES (?, NULL, 0)');
    seen.run('unmatched');
    seen.run('url:unmatched');
    db.close();

    const store = openSqliteStore(file);
    try {
      expect(await store.findKnownKeys(['stored', 'unmatched', 'url:unmatched'])).toEqual(new Set(['stored']));
      expect(await store.loadItemMemory('https://www.yna.co.kr/rss/news.xml')).toBeUndefined();
      expect((await allArticles(store)).map((a) => a.id)).toEqual(['stored']);
    } finally {
      await store.close();
    }
  });
});
