import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import { deliverDue, type DeliverDeps } from '../../src/app/deliver.ts';
import type { Store, StoredArticle } from '../../src/app/ports.ts';
import { DeliveryError } from '../../src/core/errors.ts';
import { FixedClock } from '../fakes/fixed-clock.ts';
import { RecordingLogger } from '../fakes/recording-logger.ts';
import { RecordingSink } from '../fakes/recording-sink.ts';

function article(n: number): StoredArticle {
  return {
    id: `a${n}`,
    keys: [`url:https://n.test/${n}`],
    feed: 'feed',
    feedUrl: 'https://n.test/rss',
    title: `엔비디아 기사 ${n}`,
    url: `https://n.test/${n}`,
    summary: '',
    published: new Date('2026-11-29T00:00:00Z'),
    publishedFromFeed: true,
    author: undefined,
    topics: ['nvidia'],
    hits: [],
    firstSeenAt: new Date('2026-11-29T00:00:00Z'),
  };
}

describe('the delivery worker', () => {
  let store: Store;
  let clock: FixedClock;
  let sink: RecordingSink;
  let logger: RecordingLogger;
  let deps: DeliverDeps;

  beforeEach(() => {
    store = openSqliteStore(':memory:');
    clock = new FixedClock('2026-11-29T01:00:00Z');
    sink = new RecordingSink();
    logger = new RecordingLogger();
    deps = {
      store,
      clock,
      logger,
      sinks: new Map([['console', sink]]),
      channels: new Map([
        ['one', { name: 'one', platform: 'console', topics: ['nvidia'], mode: 'instant', digest: { schedule: '0 9 * * *', maxStories: 10 } }],
        ['two', { name: 'two', platform: 'console', topics: ['nvidia'], mode: 'instant', digest: { schedule: '0 9 * * *', maxStories: 10 } }],
      ]),
      maxAttempts: 3,
    };
  });
  afterEach(() => store.close());

  const queue = async (n: number, channel = 'one') =>
    store.recordArticles([article(n)], [{ articleId: `a${n}`, channel, platform: 'console', notBefore: clock.now() }]);

  it('sends queued deliveries in order and marks them sent', async () => {
    await queue(1);
    await queue(2);
    const r = await deliverDue(deps);
    expect(sink.sent.map((s) => s.payload)).toEqual(['엔비디아 기사 1', '엔비디아 기사 2']);
    expect(r.sent.map((m) => m.articles)).toEqual([['a1'], ['a2']]);
    expect(await deliverDue(deps)).toEqual({ sent: [], retrying: 0, failed: 0 });
  });

  it('reads the stories of an unpaced channel\'s messages in one query', async () => {
    for (const n of [1, 2, 3]) await queue(n);
    const asked: string[][] = [];
    deps.store = { ...store, storyArticles: (ids: string[]) => (asked.push(ids), store.storyArticles(ids)) };
    await deliverDue(deps);
    expect(sink.sent.map((s) => s.payload)).toEqual(['엔비디아 기사 1', '엔비디아 기사 2', '엔비디아 기사 3']);
    expect(asked).toEqual([['a1', 'a2', 'a3']]);
  });

  it('reads each story on its own when the batch cannot be read at once, and says so', async () => {
    for (const n of [1, 2]) await queue(n);
    deps.store = {
      ...store,
      storyArticles: async (ids: string[]) => {
        if (ids.length > 1) throw new Error('SQLITE_BUSY');
        return store.storyArticles(ids);
      },
    };
    const r = await deliverDue(deps);
    expect(r).toMatchObject({ retrying: 0, failed: 0 });
    expect(sink.sent.map((s) => s.payload)).toEqual(['엔비디아 기사 1', '엔비디아 기사 2']);
    expect(logger.records.find((l) => l.level === 'warn')?.msg).toMatch(/reading them one by one/);
  });

  it('retries a failed send later with backoff, then delivers it once', async () => {
    await queue(1);
    sink.failNext(new DeliveryError({ channel: 'one', platform: 'console', retryable: true }, 'HTTP 502'));
    expect(await deliverDue(deps)).toMatchObject({ retrying: 1 });
    expect(sink.sent).toEqual([]);
    expect(await deliverDue(deps)).toMatchObject({ sent: [] }); // not yet due
    clock.advance(30_000);
    expect((await deliverDue(deps)).sent).toHaveLength(1);
    expect(sink.sent).toHaveLength(1);
    expect(logger.at('warn')[0]).toMatchObject({ obj: { channel: 'one', articles: ['a1'], attempts: 1 } });
  });

  it('waits for the platform\'s retry time on rate limiting', async () => {
    await queue(1);
    sink.failNext(new DeliveryError({ channel: 'one', platform: 'console', retryable: true, retryAfterMs: 120_000 }, '429'));
    await deliverDue(deps);
    clock.advance(60_000);
    expect((await deliverDue(deps)).sent).toHaveLength(0);
    clock.advance(60_000);
    expect((await deliverDue(deps)).sent).toHaveLength(1);
  });

  it('gives up on a permanent error and reports it in the counts', async () => {
    await queue(1);
    sink.failNext(new DeliveryError({ channel: 'one', platform: 'console', retryable: false }, 'channel_not_found'));
    expect(await deliverDue(deps)).toMatchObject({ failed: 1 });
    clock.advance(3600_000);
    expect((await deliverDue(deps)).sent).toEqual([]);
    expect(await store.deliveryCounts()).toContainEqual(
      expect.objectContaining({ channel: 'one', status: 'failed', count: 1, lastError: 'channel_not_found' }),
    );
    expect(logger.at('error')[0]?.msg).toContain('giving up (permanent error)');
  });

  it('gives up after maxAttempts', async () => {
    await queue(1);
    for (let i = 0; i < 3; i++) {
      sink.failNext(new Error('socket hang up'));
      await deliverDue(deps);
      clock.advance(3600_000);
    }
    expect(await store.deliveryCounts()).toContainEqual(expect.objectContaining({ status: 'failed', count: 1 }));
    expect(sink.sent).toEqual([]);
  });

  it('keeps sending to other channels while one fails', async () => {
    await queue(1, 'one');
    await queue(2, 'two');
    await queue(3, 'two');
    sink.failNext(new DeliveryError({ channel: 'one', platform: 'console', retryable: true }, 'down'));
    const r = await deliverDue(deps);
    expect(r.retrying).toBe(1);
    expect(sink.sent.map((s) => [s.channel, s.payload])).toEqual([
      ['two', '엔비디아 기사 2'],
      ['two', '엔비디아 기사 3'],
    ]);
  });

  it('drops deliveries for a channel that is no longer configured', async () => {
    await queue(1, 'gone');
    expect(await deliverDue(deps)).toMatchObject({ failed: 1 });
    expect(logger.at('warn')[0]?.msg).toContain('no longer configured');
  });

  it('records an unpaced channel\'s sent messages in one write', async () => {
    for (const n of [1, 2, 3]) await queue(n);
    const writes: number[][] = [];
    deps.store = { ...store, markSentAll: (marks) => (writes.push(marks.map((m) => m.id)), store.markSentAll(marks)) };
    await deliverDue(deps);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toHaveLength(3);
    expect(await store.deliveryCounts()).toEqual([{ channel: 'one', status: 'sent', count: 3 }]);
  });

  it('threads an update under an alert sent earlier in the same run', async () => {
    await store.recordArticles(
      [article(1), { ...article(2), storyId: 'a1', title: '엔비디아 기사 2' }],
      [
        { articleId: 'a1', channel: 'one', platform: 'console', notBefore: clock.now() },
        { articleId: 'a2', channel: 'one', platform: 'console', notBefore: clock.now(), kind: 'update' },
      ],
    );
    await deliverDue(deps);
    expect(sink.sent.map((s) => [s.payload, s.replyTo])).toEqual([
      ['엔비디아 기사 1', undefined],
      ['update: 엔비디아 기사 2', sink.sent[0]?.ref],
    ]);
  });

  it('never sends a message again when its sending cannot be recorded, and says so', async () => {
    await queue(1);
    deps.store = { ...store, markSentAll: async () => Promise.reject(new Error('SQLITE_FULL: database or disk is full')) };
    const r = await deliverDue(deps);
    expect(r).toMatchObject({ retrying: 0, failed: 0 });
    expect(sink.sent).toHaveLength(1);
    expect(logger.at('error')[0]).toMatchObject({ obj: { channel: 'one', articles: ['a1'] }, msg: expect.stringContaining('never sent again') });
    clock.advance(24 * 3600_000);
    deps.store = store;
    expect((await deliverDue(deps)).sent).toEqual([]);
    expect(sink.sent).toHaveLength(1);
  });

  it('never resends a delivery that was in flight when a process died', async () => {
    await queue(1);
    await store.claimDueDeliveries(clock.now(), 10); // a process claimed it, then died
    expect(await store.releaseInterrupted(clock.now())).toBe(1);
    expect((await deliverDue(deps)).sent).toEqual([]);
  });
});
