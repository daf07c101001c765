/**
 * A long digest to Slack end to end: feed server → composeApp → the real
 * @slack/web-api client → the fake Slack Web API, all on 127.0.0.1. Sixty
 * stories take several messages (Slack's 50-block limit); each must reach
 * the channel exactly once, also when Slack fails half-way through.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { distinctHeadlines } from '../support/distinct-headlines.ts';
import { startSlackE2E, type SlackE2E } from './slack-e2e-harness.ts';

const DIGEST = 'gpu-digest';
const DIGEST_ID = 'C0DIGEST1';
const STORIES = 60;

/** Different events. */
const headlines = distinctHeadlines('GPU', STORIES, 8);

describe('a long Slack digest end to end', () => {
  let h: SlackE2E;
  beforeEach(async () => {
    h = await startSlackE2E({
      topics: ['{ name: gpu, keywords: [GPU] }'],
      channels: [`{ name: ${DIGEST}, platform: slack, channel: ${DIGEST_ID}, topics: [gpu], mode: digest, digest: { maxStories: 100 } }`],
    });
    await h.app.once(); // first poll of both feeds (empty), so the next one is not held back as backfill
    h.items.a = headlines.map((title, i) => ({ title, link: `https://a.test/gpu/${i}`, pubDate: h.minutesAgo(90 - i) }));
    await h.app.once();
  });
  afterEach(async () => {
    await h.close();
  });

  const digestPosts = () => h.slack.calls('chat.postMessage').filter((c) => c.body.channel === DIGEST_ID);
  /** How often each headline appears across the digest messages Slack accepted. */
  const timesShown = () => {
    const text = digestPosts()
      .filter((c) => c.ts !== undefined)
      .map((c) => JSON.stringify(c.blocks))
      .join('\n');
    return headlines.map((title) => text.split(title).length - 1);
  };

  it('sends every message of a digest too long for one', async () => {
    const run = await h.app.digest(DIGEST, { reason: 'schedule' });

    expect(run.skipped).toBeUndefined();
    expect(run.stories).toBe(STORIES);
    expect(digestPosts().length).toBeGreaterThan(1);
    expect(digestPosts().every((c) => c.ts !== undefined)).toBe(true);
    expect(timesShown()).toEqual(headlines.map(() => 1));
    expect(await h.app.store.deliveryCounts()).toEqual([{ channel: DIGEST, status: 'sent', count: STORIES }]);
  });

  it('after a failure half-way, sends only the stories Slack had not shown, each once', async () => {
    h.slack.fail({ pass: true });
    h.slack.fail({ status: 500 });
    const run = await h.app.digest(DIGEST, { reason: 'schedule' });

    expect(run.skipped).toMatch(/HTTP 500/);
    expect(run.messages).toHaveLength(1);
    const shownFirst = timesShown().filter((n) => n === 1).length;
    expect(shownFirst).toBeGreaterThan(0);
    expect(shownFirst).toBeLessThan(STORIES);
    expect(await h.app.store.deliveryCounts()).toEqual([
      { channel: DIGEST, status: 'held', count: STORIES - shownFirst, lastError: expect.stringMatching(/HTTP 500/) },
      { channel: DIGEST, status: 'sent', count: shownFirst },
    ]);
    expect(h.logger.at('warn').some((r) => r.msg?.startsWith('digest sent in part'))).toBe(true);

    h.clock.advance(31_000); // past the first delivery backoff (30 s)
    await h.app.deliver(); // retries the held stories as a digest
    expect(timesShown()).toEqual(headlines.map(() => 1));
    expect(await h.app.store.deliveryCounts()).toEqual([{ channel: DIGEST, status: 'sent', count: STORIES }]);
  });
});
