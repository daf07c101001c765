import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackWebhookSink } from '../../../src/adapters/slack/slack-sink.ts';
import type { ChannelSink, ChannelTarget } from '../../../src/app/ports.ts';
import { DeliveryError } from '../../../src/core/errors.ts';
import type { SlackMessage } from '../../../src/core/format/slack/format-slack.ts';
import { alert, mrkdwnTexts, update } from '../../core/format/slack/sample-messages.ts';
import { type FakeSlack, startFakeSlack } from '../../support/fake-slack.ts';

let slack: FakeSlack;
let sink: ChannelSink;
let channel: ChannelTarget;

beforeEach(async () => {
  slack = await startFakeSlack();
  sink = createSlackWebhookSink({ timeZone: 'Asia/Seoul' });
  channel = { name: 'news', platform: 'slack-webhook', address: slack.webhookUrl('T1-B1-secret') };
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

describe('Slack incoming-webhook sink', () => {
  it('is the slack-webhook platform, at most one message a second', () => {
    expect(sink.platform).toBe('slack-webhook');
    expect(sink.minIntervalMs).toBe(1000);
  });

  it('posts text and blocks as JSON without link previews', async () => {
    const [payload] = sink.format(alert(), channel) as SlackMessage[];
    const result = await sink.send(channel, payload);
    const [post] = slack.webhookPosts;
    expect(post?.id).toBe('T1-B1-secret');
    expect(post?.headers['content-type']).toMatch(/^application\/json/);
    expect(post?.body).toEqual({ text: payload?.text, blocks: payload?.blocks, unfurl_links: false, unfurl_media: false });
    expect(result.ref).toBeUndefined();
  });

  it('sends updates as ordinary messages that name their story, ignoring replyTo', async () => {
    await sink.send(channel, sink.format(update(), channel)[0], { replyTo: '1764000001.000100' });
    const body = slack.webhookPosts[0]?.body as Record<string, unknown>;
    expect(body.thread_ts).toBeUndefined();
    expect(mrkdwnTexts(body.blocks)).toContain('관련 기사: 엔비디아, 한국에 GPU 26만장 공급…14조원 규모');
  });

  it('turns a 429 into a retryable error with Retry-After', async () => {
    slack.failWebhook({ status: 429, retryAfter: 7 });
    const err = await failure(sink.send(channel, sink.format(alert(), channel)[0]));
    expect(err).toMatchObject({ retryable: true, retryAfterMs: 7000, channel: 'news', platform: 'slack-webhook' });
  });

  it('turns a 5xx into a retryable error', async () => {
    slack.failWebhook({ status: 500, body: 'rollup_error' });
    const err = await failure(sink.send(channel, sink.format(alert(), channel)[0]));
    expect(err).toMatchObject({ retryable: true });
    expect(err.message).toBe('slack webhook for news failed: HTTP 500 rollup_error');
  });

  it.each(['invalid_token', 'channel_not_found', 'no_service', 'channel_is_archived', 'invalid_payload'])(
    'turns %s into a permanent error that names it but not the secret url',
    async (code) => {
      slack.failWebhook({ error: code });
      const err = await failure(sink.send(channel, sink.format(alert(), channel)[0]));
      expect(err).toMatchObject({ retryable: false, channel: 'news', platform: 'slack-webhook' });
      expect(err.message).toContain(code);
      expect(err.message).not.toContain('secret');
    },
  );

  it('gives up after its timeout with a retryable error', async () => {
    slack.failWebhook({ hang: true });
    const quick = createSlackWebhookSink({ timeZone: 'UTC', timeoutMs: 200 });
    const err = await failure(quick.send(channel, quick.format(alert(), channel)[0]));
    expect(err).toMatchObject({ retryable: true });
    expect(err.message).toBe('slack webhook for news failed: timed out');
  });

  it('treats an unreachable webhook as retryable, without naming the url', async () => {
    await slack.close();
    const err = await failure(sink.send(channel, sink.format(alert(), channel)[0]));
    expect(err.retryable).toBe(true);
    expect(err.message).not.toContain('secret');
    slack = await startFakeSlack(); // for afterEach
  });

  it('uses the fetch it is given', async () => {
    const seen: string[] = [];
    const recording = createSlackWebhookSink({
      timeZone: 'UTC',
      fetch: async (input, init) => {
        seen.push(String(input));
        return fetch(input, init);
      },
    });
    await recording.send(channel, recording.format(alert(), channel)[0]);
    expect(seen).toEqual([channel.address]);
  });
});
