import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../support/feed-server.ts';
import { minutesAgo, rss } from '../support/rss.ts';
import { runCli, spawnCli } from '../support/run-cli.ts';

describe('news-alert run', () => {
  let server: FeedServer;
  let dir: string;
  let configFile: string;
  const items = [
    { title: '엔비디아 블랙웰 GPU 출하 시작', link: 'https://news.test/r/1', pubDate: minutesAgo(3) },
    { title: '엔비디아가 한국에 AI 공장 짓는다', link: 'https://news.test/r/2', pubDate: minutesAgo(4) },
  ];

  beforeAll(async () => {
    server = await startFeedServer({ '/feed.xml': { headers: { 'content-type': 'application/rss+xml' }, body: rss(items) } });
    dir = mkdtempSync(join(tmpdir(), 'news-alert-run-'));
    configFile = join(dir, 'config.yaml');
    writeFileSync(
      configFile,
      `database: ${JSON.stringify(join(dir, 'news.db'))}
poll: { schedule: "0 0 1 1 *" }
server: { port: 0, host: 127.0.0.1 }
feeds: [{ name: 테스트, url: "${server.url('/feed.xml')}" }]
topics: [{ name: nvidia, keywords: [엔비디아] }]
channels: [{ name: terminal, platform: console, topics: [nvidia] }]
`,
    );
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('polls at start, prints alerts, and on SIGTERM finishes, closes the database and exits 0', async () => {
    const proc = spawnCli(['run', '--config', configFile], { env: { LOG_LEVEL: 'info' } });
    await proc.waitFor(/엔비디아가 한국에 AI 공장 짓는다/);
    await proc.waitFor(/"msg":"cycle finished"/, 'stderr');
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
    expect(proc.stderr).toContain('"msg":"stopped"');
    expect(proc.stdout.match(/● /g)).toHaveLength(2);
    expect(proc.stdout).toContain('키워드: 엔비디아');
  });

  it('a second process on the same database delivers nothing twice, and records its heartbeat for health', async () => {
    const proc = spawnCli(['run', '--config', configFile], { env: { LOG_LEVEL: 'info' } });
    await proc.waitFor(/"msg":"cycle finished"/, 'stderr');
    proc.child.kill('SIGINT');
    expect(await proc.exited).toBe(0);
    expect(proc.stdout).not.toContain('●');
    const health = await runCli(['health', '--config', configFile]);
    expect(health.code).toBe(0);
    expect(health.stdout).toMatch(/^healthy: last cycle at /);
  });
});
