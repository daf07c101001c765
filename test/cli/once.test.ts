import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../support/feed-server.ts';
import { minutesAgo, rss } from '../support/rss.ts';
import { runCli } from '../support/run-cli.ts';

describe('news-alert once', () => {
  let server: FeedServer;
  let dir: string;
  let configFile: string;

  beforeAll(async () => {
    server = await startFeedServer({
      '/good.xml': {
        headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
        body: rss([
          { title: '엔비디아, 한국에 GPU 26만장 공급', link: 'https://news.test/a/1', guid: 'https://news.test/a/1', pubDate: minutesAgo(5), description: '젠슨 황 CEO가 밝혔다.' },
          { title: '오늘의 날씨', link: 'https://news.test/a/2', guid: 'https://news.test/a/2', pubDate: minutesAgo(6) },
          { title: '피지컬AI 로봇 공장 가동', link: 'https://news.test/a/3', guid: 'https://news.test/a/3', pubDate: minutesAgo(7) },
        ]),
      },
      '/broken.xml': { status: 503, headers: { 'retry-after': '120' }, body: 'down' },
    });
    dir = mkdtempSync(join(tmpdir(), 'news-alert-cli-'));
    configFile = join(dir, 'config.yaml');
    writeFileSync(
      configFile,
      `timezone: Asia/Seoul
database: ${JSON.stringify(join(dir, 'db', 'news.db'))}
feeds:
  - { name: 좋은 피드, url: "${server.url('/good.xml')}" }
  - { name: 고장난 피드, url: "${server.url('/broken.xml')}" }
topics:
  - { name: nvidia, keywords: [엔비디아, 젠슨 황] }
  - { name: physical-ai, keywords: [피지컬 AI] }
channels:
  - { name: terminal, platform: console, topics: [nvidia, physical-ai] }
`,
    );
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('--dry-run --json reports what would happen and changes nothing, not even creating the database', async () => {
    const r = await runCli(['once', '--dry-run', '--json', '--config', configFile]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.messages).toHaveLength(2);
    expect(doc.articles.map((a: { title: string }) => a.title)).toEqual(['피지컬AI 로봇 공장 가동', '엔비디아, 한국에 GPU 26만장 공급']);
    expect(existsSync(join(dir, 'db', 'news.db'))).toBe(false);
  });

  it('--json prints exactly one JSON document with feeds, articles and messages; a failing feed does not fail the command', async () => {
    const r = await runCli(['once', '--json', '--config', configFile]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout); // throws if stdout holds anything else
    expect(doc.feeds).toEqual([
      { name: '좋은 피드', ok: true, items: 3, notModified: false },
      { name: '고장난 피드', ok: false, error: expect.stringContaining('503'), items: 0, notModified: false },
    ]);
    const nvidia = doc.articles.find((a: { title: string }) => a.title.startsWith('엔비디아'));
    expect(nvidia).toMatchObject({
      feed: '좋은 피드',
      url: 'https://news.test/a/1',
      topics: ['nvidia'],
      keywords: ['엔비디아', '젠슨 황'],
      published: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$/),
    });
    expect(doc.messages).toHaveLength(2);
    expect(doc.messages[1]).toMatchObject({ channel: 'terminal', platform: 'console', articles: [nvidia.id] });
    expect(doc.messages[1].payload).toContain('엔비디아, 한국에 GPU 26만장 공급');
    // The failing feed is logged with its name and reason.
    expect(r.stderr).toMatch(/고장난 피드/);
  });

  it('does not deliver anything twice when run again in a new process on the same database', async () => {
    const r = await runCli(['once', '--json', '--config', configFile, '--force']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.articles).toEqual([]);
    expect(doc.messages).toEqual([]);
  });

  it('status shows each feed\'s result, failures and next poll', async () => {
    const r = await runCli(['status', '--json', '--config', configFile]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.feeds[0]).toMatchObject({ name: '좋은 피드', result: 'ok', failures: 0, items: 3 });
    expect(doc.feeds[1]).toMatchObject({ name: '고장난 피드', result: 'error', failures: 2, error: expect.stringContaining('503') });
    expect(doc.deliveries).toContainEqual(expect.objectContaining({ channel: 'terminal', status: 'sent', count: 2 }));
    const human = await runCli(['status', '--config', configFile]);
    expect(human.stdout).toMatch(/고장난 피드\s+\S+ \S+\s+error: .*503/);
  });

  it('search finds stored articles by words', async () => {
    const r = await runCli(['search', 'GPU', '공급', '--json', '--config', configFile]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results.map((a: { title: string }) => a.title)).toEqual(['엔비디아, 한국에 GPU 26만장 공급']);
  });

  it('--db overrides the database, and :memory: works', async () => {
    const r = await runCli(['once', '--json', '--config', configFile, '--db', ':memory:']);
    expect(JSON.parse(r.stdout).messages).toHaveLength(2);
  });
});
