import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startFeedServer, type FeedServer } from '../support/feed-server.ts';
import { minutesAgo, rss } from '../support/rss.ts';
import { runCli } from '../support/run-cli.ts';

describe('news-alert digest, config and audit', () => {
  let server: FeedServer;
  let dir: string;
  let configFile: string;

  beforeAll(async () => {
    server = await startFeedServer({
      '/feed.xml': {
        headers: { 'content-type': 'application/rss+xml' },
        body: rss([
          { title: '엔비디아, 한국에 GPU 26만장 공급', link: 'https://news.test/d/1', pubDate: minutesAgo(5), description: '엔비디아가 GPU 26만장을 공급한다.' },
          { title: '엔비디아 대만 AI 센터 건립', link: 'https://news.test/d/2', pubDate: minutesAgo(9) },
        ]),
      },
    });
    dir = mkdtempSync(join(tmpdir(), 'news-alert-digest-'));
    configFile = join(dir, 'config.yaml');
    writeFileSync(
      configFile,
      `database: ${JSON.stringify(join(dir, 'news.db'))}
feeds: [{ name: 테스트, url: "${server.url('/feed.xml')}" }]
topics: [{ name: nvidia, keywords: [엔비디아] }]
channels:
  - { name: daily, platform: console, topics: [nvidia], mode: digest, digest: { schedule: "0 9 * * *", maxStories: 1 } }
`,
    );
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds stories for a digest channel, previews the digest, then sends it once', async () => {
    const once = await runCli(['once', '--json', '--config', configFile]);
    expect(JSON.parse(once.stdout).messages).toEqual([]);

    const preview = await runCli(['digest', '--channel', 'daily', '--dry-run', '--json', '--config', configFile]);
    const [d] = JSON.parse(preview.stdout).digests;
    expect(d).toMatchObject({ channel: 'daily', stories: 2 });
    expect(d.messages[0].payload).toContain('+1건 더');

    const sent = await runCli(['digest', '--config', configFile]);
    expect(sent.code).toBe(0);
    expect(sent.stdout).toContain('══ 뉴스 다이제스트');
    expect(sent.stdout).toContain('26만장 → 260,000장');

    const again = await runCli(['digest', '--config', configFile]);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('daily: nothing sent (nothing new)');
  });

  it('config export prints the effective configuration as YAML that validates', async () => {
    const r = await runCli(['config', 'export', '--config', configFile]);
    expect(r.code).toBe(0);
    const exported = parse(r.stdout);
    expect(exported.topics).toEqual([{ name: 'nvidia', keywords: ['엔비디아'], exclude: [] }]);
    expect(exported.channels[0]).toMatchObject({ name: 'daily', mode: 'digest' });
    const file = join(dir, 'exported.yaml');
    writeFileSync(file, r.stdout);
    expect((await runCli(['check-config', '--config', file])).code).toBe(0);
  });

  it('audit lists the seeding of the settings', async () => {
    const r = await runCli(['audit', '--json', '--config', configFile]);
    expect(JSON.parse(r.stdout).audit).toContainEqual(expect.objectContaining({ platform: 'config', action: 'seed' }));
  });

  it('digest refuses an unknown channel with usage exit code 2', async () => {
    const r = await runCli(['digest', '--channel', 'nope', '--config', configFile]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no channel "nope"');
  });
});
