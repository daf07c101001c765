import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import type { Store } from '../../src/app/ports.ts';
import { composeApp, type App } from '../../src/compose/app.ts';
import { readEnv } from '../../src/config/env.ts';
import { parseConfigText } from '../../src/config/load.ts';
import { startFeedServer, type FeedServer } from '../support/feed-server.ts';
import { rss, type RssItem } from '../support/rss.ts';
import { FixedClock } from '../fakes/fixed-clock.ts';
import { RecordingLogger } from '../fakes/recording-logger.ts';
import { RecordingSink } from '../fakes/recording-sink.ts';

// 2026-11-29 10:00 in Seoul.
const NOW = '2026-11-29T01:00:00Z';
const minutesBefore = (clock: FixedClock, m: number) => new Date(clock.now().getTime() - m * 60_000).toUTCString();
/** Two reports of two different events, in one feed. */
const twoEvents = (clock: FixedClock): RssItem[] => [
  { title: '엔비디아, 한국에 GPU 26만장 공급', link: 'https://a.test/1', pubDate: minutesBefore(clock, 20) },
  { title: '엔비디아, 대만에 AI 슈퍼컴퓨터 센터 건립', link: 'https://a.test/3', pubDate: minutesBefore(clock, 15) },
];

describe('stories and digests through the whole pipeline', () => {
  let server: FeedServer;
  let store: Store;
  let clock: FixedClock;
  let sink: RecordingSink;
  let app: App;
  const feeds: Record<string, RssItem[]> = { a: [], b: [], c: [] };

  beforeEach(async () => {
    clock = new FixedClock(NOW);
    feeds.a = [];
    feeds.b = [];
    feeds.c = [];
    server = await startFeedServer();
    for (const f of Object.keys(feeds)) server.route(`/${f}.xml`, () => ({ headers: { 'content-type': 'application/rss+xml' }, body: rss(feeds[f] ?? []) }));
    store = openSqliteStore(':memory:');
    sink = new RecordingSink('console');
    const config = parseConfigText(
      `
timezone: Asia/Seoul
feeds:
  - { name: 아시아경제, url: "${server.url('/a.xml')}" }
  - { name: 연합뉴스, url: "${server.url('/b.xml')}" }
topics:
  - { name: nvidia, keywords: [엔비디아, 젠슨 황] }
channels:
  - { name: live, platform: console, topics: [nvidia] }
  - { name: daily, platform: console, topics: [nvidia], mode: digest }
  - { name: night, platform: console, topics: [nvidia], quietHours: "09:00-12:00" }
`,
      'test.yaml',
    );
    app = composeApp({ config, env: readEnv({}), logger: new RecordingLogger(), stdout: new Writable({ write: (_c, _e, cb) => cb() }), clock, store, sinks: new Map([['console', sink]]) });
  });
  afterEach(async () => {
    await app.close();
    await server.close();
  });

  it('alerts one story for the same event reported by two outlets, and threads a later report under it', async () => {
    feeds.a = [{ title: '엔비디아, 한국에 GPU 26만장 공급', link: 'https://a.test/1', pubDate: minutesBefore(clock, 20), description: '엔비디아가 26만장을 공급한다.' }];
    feeds.b = [{ title: '젠슨 황 "한국에 블랙웰 26만장"…삼성·SK·현대차 협력', link: 'https://b.test/1', pubDate: minutesBefore(clock, 10), description: '블랙웰 GPU 26만 장' }];
    const first = await app.once();
    expect(first.cycle.stories.size).toBe(1);
    expect(sink.payloads('live')).toEqual(['엔비디아, 한국에 GPU 26만장 공급 [+1]']);

    // A third outlet reports it in the next cycle: an update, in the alert's thread.
    await app.settings.change(
      (s) => ({ ok: true, settings: { ...s, feeds: [...s.feeds, { name: '전자신문', url: server.url('/c.xml'), enabled: true, fetchArticle: false }] }, summary: 'added feed' }),
      { platform: 'cli', user: 'test', action: 'feeds add' },
    );
    feeds.c = [{ title: '엔비디아 GPU 26만장 공급에 "윈윈할 것"', link: 'https://c.test/1', pubDate: minutesBefore(clock, 5) }];
    clock.advance(5 * 60_000);
    await app.once();
    const update = sink.sent.find((s) => s.channel === 'live' && s.payload.startsWith('update:'));
    expect(update).toMatchObject({ payload: 'update: 엔비디아 GPU 26만장 공급에 "윈윈할 것"', replyTo: sink.sent[0]?.ref });
  });

  it('keeps different events of one company as separate alerts', async () => {
    feeds.a = [{ title: '엔비디아, 3분기 매출 570억 달러…시장 예상 웃돌아', link: 'https://a.test/2', pubDate: minutesBefore(clock, 30) }];
    feeds.b = [{ title: '엔비디아, 대만에 AI 슈퍼컴퓨터 센터 건립', link: 'https://b.test/2', pubDate: minutesBefore(clock, 25) }];
    await app.once();
    expect(sink.payloads('live')).toHaveLength(2);
  });

  it('holds stories for a digest channel and sends them on its digest, once', async () => {
    feeds.a = [{ title: '엔비디아, 한국에 GPU 26만장 공급', link: 'https://a.test/1', pubDate: minutesBefore(clock, 20) }];
    await app.once();
    expect(sink.payloads('daily')).toEqual([]);
    const run = await app.digest('daily', { reason: 'schedule' });
    expect(run.stories).toBe(1);
    expect(sink.payloads('daily')).toEqual(['digest(schedule): 엔비디아, 한국에 GPU 26만장 공급']);
    expect((await app.digest('daily', { reason: 'schedule' })).skipped).toBe('nothing new');
    expect(sink.payloads('daily')).toHaveLength(1);
  });

  it('holds instant alerts during quiet hours and sends them as one digest when they end', async () => {
    feeds.a = twoEvents(clock);
    await app.once(); // 10:00 KST: inside 09:00-12:00
    expect(sink.payloads('night')).toEqual([]);
    clock.set('2026-11-29T02:59:00Z'); // 11:59 KST
    await app.deliver();
    expect(sink.payloads('night')).toEqual([]);
    clock.set('2026-11-29T03:00:00Z'); // 12:00 KST
    await app.deliver();
    expect(sink.payloads('night')).toHaveLength(1);
    expect(sink.payloads('night')[0]).toMatch(/^digest\(quiet-hours\): 엔비디아, (대만|한국)/);
  });

  it('retries a failed digest as a digest, never as single alerts', async () => {
    feeds.a = [{ title: '엔비디아, 한국에 GPU 26만장 공급', link: 'https://a.test/1', pubDate: minutesBefore(clock, 20) }];
    await app.once();
    sink.failNext(new Error('socket hang up'));
    expect((await app.digest('daily', { reason: 'schedule' })).skipped).toBe('socket hang up');
    clock.advance(60_000);
    await app.deliver();
    expect(sink.payloads('daily')).toEqual(['digest(schedule): 엔비디아, 한국에 GPU 26만장 공급']);
  });

  it('sends every message of a digest that takes several', async () => {
    feeds.a = twoEvents(clock);
    await app.once();
    sink.digestPerStory = true;
    const run = await app.digest('daily', { reason: 'schedule' });
    expect(run.skipped).toBeUndefined();
    expect(sink.payloads('daily')).toEqual([expect.stringMatching(/^digest\(schedule\) 1\/2: /), expect.stringMatching(/^digest\(schedule\) 2\/2: /)]);
  });

  it('keeps on hold only the stories a digest had not shown when it fails part-way', async () => {
    feeds.a = twoEvents(clock);
    await app.once();
    sink.digestPerStory = true;
    sink.failAfter(1, new Error('socket hang up')); // the digest is two messages; the second fails
    const run = await app.digest('daily', { reason: 'schedule' });
    expect(run.skipped).toBe('socket hang up');
    expect(run.messages).toHaveLength(1);
    const [shown] = sink.payloads('daily');
    expect(shown).toMatch(/^digest\(schedule\) 1\/2: 엔비디아/);

    clock.advance(60_000);
    await app.deliver(); // the retry: a digest of the story not shown yet, and only that
    const retried = sink.payloads('daily').slice(1);
    expect(retried).toHaveLength(1);
    expect(retried[0]).toMatch(/^digest\(schedule\) 1\/1: 엔비디아/);
    expect(retried[0]?.replace(/^.*: /, '')).not.toBe(shown?.replace(/^.*: /, ''));
    expect((await app.digest('daily', { reason: 'schedule' })).skipped).toBe('nothing new');
  });

  it('never sends a digest again when its sending cannot be recorded', async () => {
    feeds.a = [{ title: '엔비디아, 한국에 GPU 26만장 공급', link: 'https://a.test/1', pubDate: minutesBefore(clock, 20) }];
    await app.once();
    const markSentAll = store.markSentAll;
    store.markSentAll = async () => Promise.reject(new Error('SQLITE_FULL: database or disk is full'));
    expect((await app.digest('daily', { reason: 'schedule' })).skipped).toBeUndefined();
    store.markSentAll = markSentAll;
    clock.advance(3_600_000);
    await app.deliver();
    expect((await app.digest('daily', { reason: 'schedule' })).skipped).toBe('nothing new');
    expect(sink.payloads('daily')).toEqual(['digest(schedule): 엔비디아, 한국에 GPU 26만장 공급']);
  });
});
