import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackSink, createSlackWebClient } from '../../../src/adapters/slack/slack-sink.ts';
import type { ChannelSink, ChannelTarget } from '../../../src/app/ports.ts';
import { DeliveryError } from '../../../src/core/errors.ts';
import type { SlackMessage } from '../../../src/core/format/slack/format-slack.ts';
import { alert, digest, mrkdwnTexts, update } from '../../core/format/slack/sample-messages.ts';
import { type FakeSlack, startFakeSlack } from '../../support/fake-slack.ts';

const channel: ChannelTarget = { name: 'alerts', platform: 'slack', address: 'C123' };
let slack: FakeSlack;
let sink: ChannelSink;

beforeEach(async () => {
  slack = await startFakeSlack();
  sink = createSlackSink({ client: createSlackWebClient('xoxb-test', { apiUrl: slack.apiUrl }), timeZone: 'Asia/Seoul' });
});
afterEach(() => slack.close());

const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.fail('expected the send to fail'),
    (err: unknown) => {
      expect(err).toBeInstanceOf(DeliveryError);
      return err as DeliveryError;
    },
  );

describe('Slack sink (bot token, chat.postMessage)', () => {
  it('is the slack platform, sending at most one message a second per channel', () => {
    expect(sink.platform).toBe('slack');
    expect(sink.minIntervalMs).toBe(1000);
  });

  it('posts the formatted message with blocks and without link previews, and returns its ts', async () => {
    const [payload] = sink.format(alert(), channel) as SlackMessage[];
    const { ref } = await sink.send(channel, payload);

    const [call] = slack.calls('chat.postMessage');
    expect(call?.headers.authorization).toBe('Bearer xoxb-test');
    expect(call?.contentType).toBe('form');
    expect(call?.body).toMatchObject({ channel: 'C123', text: payload?.text, unfurl_links: 'false', unfurl_media: 'false' });
    expect(call?.body.thread_ts).toBeUndefined();
    expect(call?.blocks).toEqual(payload?.blocks);
    expect(ref).toMatch(/^\d+\.000100$/);
  });

  it('replies in the thread of an earlier message', async () => {
    const { ref } = await sink.send(channel, sink.format(alert(), channel)[0]);
    const second = await sink.send(channel, sink.format(update(), channel)[0], { replyTo: ref });
    expect(slack.calls('chat.postMessage')[1]?.body.thread_ts).toBe(ref);
    expect(second.ref).not.toBe(ref);
  });

  it('sends the parts of a long digest in order', async () => {
    const parts = sink.format(digest(60), channel);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) await sink.send(channel, part);
    expect(slack.calls('chat.postMessage').map((c) => c.body.text)).toEqual(parts.map((p) => (p as SlackMessage).text));
  });

  it('delivers a <!channel> headline escaped, so it pings nobody', async () => {
    await sink.send(channel, sink.format(alert({ title: '<!channel> 긴급' }), channel)[0]);
    const source = { feed: '한국경제', title: '<!channel> 긴급', url: undefined, published: new Date('2026-11-29T01:45:00Z') };
    await sink.send(channel, sink.format(update({ source }), channel)[0]);
    const [first, second] = slack.calls('chat.postMessage');
    expect(first?.body.text).toBe('&lt;!channel&gt; 긴급 — 연합뉴스');
    expect(mrkdwnTexts(second?.blocks)[0]).toBe('📰 &lt;!channel&gt; 긴급 — 한국경제, 2026-11-29 10:45\n현재 2개 매체 보도');
    expect(JSON.stringify([first?.blocks, second?.blocks])).not.toMatch(/"mrkdwn","text":"[^"]*<!channel>/);
  });

  it('turns a 429 into a retryable error with Retry-After, without sleeping or retrying itself', async () => {
    slack.fail({ status: 429, retryAfter: 3 });
    const started = Date.now();
    const err = await failure(sink.send(channel, sink.format(alert(), channel)[0]));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(err).toMatchObject({ retryable: true, retryAfterMs: 3000, channel: 'alerts', platform: 'slack' });
    expect(slack.calls('chat.postMessage')).toHaveLength(1);
  });

  it('turns a 500 into a retryable error, without retrying itself', async () => {
    slack.fail({ status: 500 });
    const err = await failure(sink.send(channel, sink.format(alert(), channel)[0]));
    expect(err).toMatchObject({ retryable: true, channel: 'alerts', platform: 'slack' });
    expect(err.message).toContain('HTTP 500');
    expect(slack.calls('chat.postMessage')).toHaveLength(1);
  });

  it('turns channel_not_found into a permanent error naming it', async () => {
    slack.fail({ error: 'channel_not_found' });
    const err = await failure(sink.send(channel, sink.format(alert(), channel)[0]));
    expect(err).toMatchObject({ retryable: false, channel: 'alerts', platform: 'slack' });
    expect(err.message).toBe('slack chat.postMessage to alerts (C123) failed: channel_not_found');
  });

  it('turns a bad token into a permanent invalid_auth error', async () => {
    const bad = createSlackSink({ client: createSlackWebClient('xoxb-wrong', { apiUrl: slack.apiUrl }), timeZone: 'UTC' });
    const err = await failure(bad.send(channel, bad.format(alert(), channel)[0]));
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/invalid_auth$/);
  });

  it('gives up after its timeout with a retryable error', async () => {
    slack.fail({ hang: true });
    const client = createSlackWebClient('xoxb-test', { apiUrl: slack.apiUrl, timeoutMs: 200 });
    const quick = createSlackSink({ client, timeZone: 'UTC' });
    const err = await failure(quick.send(channel, quick.format(alert(), channel)[0]));
    expect(err.retryable).toBe(true);
  });

  it('treats an unreachable Slack as retryable', async () => {
    const apiUrl = slack.apiUrl;
    await slack.close();
    const down = createSlackSink({ client: createSlackWebClient('xoxb-test', { apiUrl }), timeZone: 'UTC' });
    const err = await failure(down.send(channel, down.format(alert(), channel)[0]));
    expect(err.retryable).toBe(true);
    slack = await startFakeSlack(); // for afterEach
  });

  it('refuses, permanently, a channel without an id or a payload that is not a Slack message', async () => {
    const payload = sink.format(alert(), channel)[0];
    expect(await failure(sink.send({ name: 'alerts', platform: 'slack' }, payload))).toMatchObject({ retryable: false });
    expect(await failure(sink.send(channel, 'plain text'))).toMatchObject({ retryable: false });
    expect(slack.calls()).toHaveLength(0);
  });
});
