import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseInThread, type ParseRequest } from '../../src/adapters/feeds/decode-and-parse.ts';
import type { ParsePool } from '../../src/adapters/feeds/parse-pool.ts';
import { composeApp } from '../../src/compose/app.ts';
import { readEnv } from '../../src/config/env.ts';
import { parseConfigText } from '../../src/config/load.ts';
import { RecordingLogger } from '../fakes/recording-logger.ts';
import { startFeedServer, type FeedServer } from '../support/feed-server.ts';
import { rss } from '../support/rss.ts';

/** A parse pool that parses in this thread and records what it was asked. */
class RecordingPool implements ParsePool {
  readonly urls: string[] = [];
  closed = false;
  parse = async (req: ParseRequest) => {
    this.urls.push(req.url);
    return parseInThread(req);
  };
  async close() {
    this.closed = true;
  }
}

/** A config watching 엔비디아 on these feed lines, alerting to the console, in memory. */
function configWith(feedLines: string[], extra = '') {
  return parseConfigText(
    `
${extra}
feeds:
${feedLines.join('\n')}
topics:
  - { name: nvidia, keywords: [엔비디아] }
channels:
  - { name: live, platform: console, topics: [nvidia] }
database: ":memory:"
`,
    'test.yaml',
  );
}

describe('composeApp', () => {
  let server: FeedServer;
  beforeEach(async () => {
    server = await startFeedServer();
    server.route('/a.xml', () => ({
      headers: { 'content-type': 'application/rss+xml' },
      body: rss([{ title: '엔비디아, 한국에 GPU 26만장 공급', link: 'https://a.test/1', pubDate: new Date().toUTCString(), description: '블랙웰 GPU' }]),
    }));
  });
  afterEach(() => server.close());

  it('parses in a pool it is given, and leaves that pool open when it closes (its owner closes it)', async () => {
    const config = configWith([`  - { name: 아시아경제, url: "${server.url('/a.xml')}" }`]);
    const pool = new RecordingPool();
    let out = '';
    const stdout = new Writable({ write: (c, _e, cb) => ((out += String(c)), cb()) });
    const app = composeApp({ config, env: readEnv({}), logger: new RecordingLogger(), stdout, parsePool: pool });
    const result = await app.once();
    await app.close();
    expect(pool.urls).toEqual([server.url('/a.xml')]);
    expect(result.cycle.matched.map((a) => a.title)).toEqual(['엔비디아, 한국에 GPU 26만장 공급']);
    expect(out).toContain('엔비디아, 한국에 GPU 26만장 공급');
    expect(pool.closed).toBe(false);
  });

  it('counts article pages among the downloads that poll.concurrency limits', async () => {
    let open = 0;
    let most = 0;
    const slow = async <T>(answer: T): Promise<T> => {
      most = Math.max(most, ++open);
      await new Promise((resolve) => setTimeout(resolve, 20));
      open--;
      return answer;
    };
    const feeds = [0, 1, 2].map((i) => {
      const items = [0, 1].map((k) => ({ title: `엔비디아 기사 ${i}-${k}`, link: server.url(`/page/${i}-${k}`), pubDate: new Date().toUTCString(), description: '요약' }));
      server.route(`/feed/${i}.xml`, () => slow({ headers: { 'content-type': 'application/rss+xml' }, body: rss(items) }));
      for (const item of items) server.route(new URL(item.link).pathname, () => slow({ headers: { 'content-type': 'text/html; charset=utf-8' }, body: `<html><body><article><p>${item.title} 본문입니다.</p></article></body></html>` }));
      return `  - { name: 피드${i}, url: "${server.url(`/feed/${i}.xml`)}", fetchArticle: true }`;
    });
    const config = configWith(feeds, 'poll: { concurrency: 2, parseWorkers: 0 }');
    const stdout = new Writable({ write: (_c, _e, cb) => cb() });
    const app = composeApp({ config, env: readEnv({}), logger: new RecordingLogger(), stdout });
    const result = await app.once();
    await app.close();
    expect(result.cycle.matched).toHaveLength(6);
    expect(server.requests.filter((r) => r.path.startsWith('/page/'))).toHaveLength(6);
    expect(most).toBe(2);
  });

  it('still loads a file that sets the retired retention.seenKeys, and says it is ignored', async () => {
    const config = configWith([`  - { name: A, url: "${server.url('/a.xml')}" }`], 'retention: { seenKeys: 30d }');
    const logger = new RecordingLogger();
    const app = composeApp({ config, env: readEnv({}), logger, stdout: new Writable({ write: (_c, _e, cb) => cb() }) });
    await app.close();
    expect(logger.at('warn')).toEqual([expect.objectContaining({ msg: expect.stringContaining('retention.seenKeys is no longer used') })]);
  });
});
