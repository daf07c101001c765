import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordRest, createDiscordSink } from '../../../src/adapters/discord/discord-sink.ts';
import { MAX_INLINE_WAIT_MS } from '../../../src/adapters/discord/discord-rest.ts';
import type { ChannelSink, ChannelTarget } from '../../../src/app/ports.ts';
import { DeliveryError } from '../../../src/core/errors.ts';
import type { OutboundMessage } from '../../../src/core/message.ts';
import { DISCORD_ERRORS, startFakeDiscord, type FakeDiscord } from '../../support/fake-discord.ts';
import { manyStories, story } from '../../core/format/discord/stories.ts';

const CHANNEL_ID = '1200000000000000001';
const channel: ChannelTarget = { name: 'news', platform: 'discord', address: CHANNEL_ID };
const MESSAGES = 'POST /channels/:id/messages';
const alert: OutboundMessage = { kind: 'alert', story: story({ title: '@everyone 긴급: <@123456789012345678> 엔비디아' }) };

let fake: FakeDiscord;
let sink: ChannelSink;

beforeEach(async () => {
  fake = await startFakeDiscord();
  sink = createDiscordSink({ rest: createDiscordRest(fake.token, fake.apiBase), timeZone: 'Asia/Seoul' });
});
afterEach(() => fake.close());

async function sendAlert(s = sink, target = channel, replyTo?: string) {
  const [payload] = s.format(alert, target);
  return s.send(target, payload, { replyTo });
}

/** An alert about a story with this title (distinct titles: identical payloads share a nonce). */
function sendTitled(title: string) {
  return sink.send(channel, sink.format({ kind: 'alert', story: story({ title }) }, channel)[0]);
}

async function deliveryError(p: Promise<unknown>): Promise<DeliveryError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DeliveryError);
  return err as DeliveryError;
}

describe('Discord sink: sending', () => {
  it('posts the embed with mentions disabled, as the bot, and returns the message id', async () => {
    const { ref } = await sendAlert();

    expect(fake.messages).toHaveLength(1);
    const sent = fake.messages[0]!;
    expect(ref).toBe(sent.id);
    expect(sent.channel_id).toBe(CHANNEL_ID);
    expect(sent.body.allowed_mentions).toEqual({ parse: [] });
    expect(sent.embeds).toEqual([expect.objectContaining({ title: '@everyone 긴급: <@123456789012345678> 엔비디아', url: 'https://news.example.kr/article/1' })]);
    expect(fake.requests[0]?.headers.authorization).toBe(`Bot ${fake.token}`);
  });

  it('sends an update as a reply to the alert', async () => {
    const { ref: alertId } = await sendAlert();
    const update: OutboundMessage = { kind: 'update', story: story(), source: { feed: '한국경제', title: '후속', url: 'https://hk.example/1', published: new Date('2026-11-29T02:00:00Z') } };
    const [payload] = sink.format(update, channel);
    const { ref } = await sink.send(channel, payload, { replyTo: alertId });

    const reply = fake.messages.find((m) => m.id === ref);
    expect(reply?.body.message_reference).toEqual({ message_id: alertId, fail_if_not_exists: false });
    expect(reply?.message_reference?.message_id).toBe(alertId);
  });

  it('still sends when the alert to reply to was deleted', async () => {
    const { ref } = await sendAlert(sink, channel, '1300000000000009999');
    expect(fake.messages.find((m) => m.id === ref)?.message_reference).toBeUndefined();
  });

  it('sends a 60-story digest as several messages Discord accepts, in order', async () => {
    const digest: OutboundMessage = {
      kind: 'digest',
      since: undefined,
      until: new Date('2026-11-29T09:00:00Z'),
      sections: [{ topic: 'AI반도체', stories: manyStories(60) }],
      more: 0,
      reason: 'schedule',
    };
    const payloads = sink.format(digest, channel);
    expect(payloads.length).toBeGreaterThan(1);
    for (const p of payloads) await sink.send(channel, p);
    expect(fake.messages.map((m) => m.content)).toEqual(payloads.map((p) => (p as { content: string }).content));
  });

  it('posts the same message to the same channel only once within Discord’s nonce window', async () => {
    const first = await sendAlert();
    const again = await sendAlert();
    expect(again.ref).toBe(first.ref);
    expect(fake.messages).toHaveLength(1);
    const nonce = fake.requests[0]?.body as { nonce: string; enforce_nonce: boolean };
    expect(nonce.enforce_nonce).toBe(true);
    expect(nonce.nonce.length).toBeLessThanOrEqual(25);
  });

  it('does not post twice when a timed-out request did arrive and the client retries it', async () => {
    const slowSink = createDiscordSink({ rest: createDiscordRest(fake.token, fake.apiBase, { timeoutMs: 200 }), timeZone: 'Asia/Seoul' });
    fake.script(MESSAGES, { delayMs: 600 });
    const { ref } = await sendAlert(slowSink);
    expect(fake.requests.filter((r) => r.path.endsWith('/messages'))).toHaveLength(2);
    expect(fake.messages).toHaveLength(1);
    expect(ref).toBe(fake.messages[0]?.id);
  });
});

describe('Discord sink: errors', () => {
  it('turns a 429 into a retryable error with retry-after, at once and without retrying', async () => {
    fake.script(MESSAGES, { rateLimit: { retryAfterSec: 5 } });
    const started = Date.now();
    const err = await deliveryError(sendAlert());
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(err).toMatchObject({ retryable: true, channel: 'news', platform: 'discord' });
    expect(err.retryAfterMs).toBeGreaterThanOrEqual(5_000);
    expect(err.message).toMatch(/rate limit/);
    expect(fake.requests).toHaveLength(1);
    expect(fake.messages).toHaveLength(0);
  });

  it('waits out a short bucket reset in-client', async () => {
    await sendTitled('첫째'); // the client learns the bucket
    fake.script(MESSAGES, { bucketEmpty: { resetAfterSec: 0.3 } });
    await sendTitled('둘째');
    const started = Date.now();
    await sendTitled('셋째');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(fake.messages).toHaveLength(3);
  });

  it('gives up at once, retryably, on a bucket reset longer than it will wait', async () => {
    await sendTitled('첫째'); // the client learns the bucket
    fake.script(MESSAGES, { bucketEmpty: { resetAfterSec: (MAX_INLINE_WAIT_MS + 25_000) / 1000 } });
    await sendTitled('둘째');
    const started = Date.now();
    const err = await deliveryError(sendTitled('셋째'));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(err.retryable).toBe(true);
    expect(err.retryAfterMs).toBeGreaterThan(MAX_INLINE_WAIT_MS);
    expect(fake.messages).toHaveLength(2);
  });

  it.each([
    ['500', [DISCORD_ERRORS.serverError, DISCORD_ERRORS.serverError]],
    ['bare 502', [DISCORD_ERRORS.badGateway, DISCORD_ERRORS.badGateway]],
  ])('turns a persistent %s into a retryable error after one quick retry', async (_, answers) => {
    fake.script(MESSAGES, ...answers);
    const err = await deliveryError(sendAlert());
    expect(err.retryable).toBe(true);
    expect(err.message).toMatch(/server error 50\d/);
    expect(fake.requests).toHaveLength(2);
  });

  it('recovers from a single 5xx inside the same send', async () => {
    fake.script(MESSAGES, DISCORD_ERRORS.serverError);
    const { ref } = await sendAlert();
    expect(fake.messages).toHaveLength(1);
    expect(ref).toBe(fake.messages[0]?.id);
  });

  it.each([
    ['Missing Access', DISCORD_ERRORS.missingAccess, /403 code 50001 .*Missing Access.*cannot see this channel/],
    ['Unknown Channel', DISCORD_ERRORS.unknownChannel, /404 code 10003 .*Unknown Channel.*no channel with this id/],
    ['Missing Permissions', DISCORD_ERRORS.missingPermissions, /403 code 50013 .*Missing Permissions.*Send Messages/],
  ])('gives up on %s', async (_, answer, message) => {
    fake.script(MESSAGES, answer);
    const err = await deliveryError(sendAlert());
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(message);
    expect(fake.requests).toHaveLength(1);
  });

  it('gives up on a rejected token, for this and later sends', async () => {
    const badSink = createDiscordSink({ rest: createDiscordRest('wrong-token', fake.apiBase), timeZone: 'Asia/Seoul' });
    const first = await deliveryError(sendAlert(badSink));
    expect(first.retryable).toBe(false);
    expect(first.message).toMatch(/401 code 0 .*token was rejected/);
    const second = await deliveryError(sendAlert(badSink));
    expect(second.retryable).toBe(false);
    expect(fake.requests).toHaveLength(1);
  });

  it('gives up on a body Discord rejects (a formatting bug), naming the field', async () => {
    const err = await deliveryError(sink.send(channel, { embeds: [{ title: 'x'.repeat(300) }], allowed_mentions: { parse: [] } }));
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/400 code 50035 .*embeds\[0\]\.title\[BASE_TYPE_MAX_LENGTH\]/);
  });

  it('gives up before sending on a channel address that is not a channel id, or a foreign payload', async () => {
    const [payload] = sink.format(alert, channel);
    const badAddress = await deliveryError(sink.send({ ...channel, address: '#news' }, payload));
    expect(badAddress).toMatchObject({ retryable: false });
    expect(badAddress.message).toMatch(/channel id/);
    expect((await deliveryError(sink.send(channel, 'plain text'))).retryable).toBe(false);
    expect(fake.requests).toHaveLength(0);
  });

  it('retries later when Discord cannot be reached', async () => {
    const gone = await startFakeDiscord();
    await gone.close(); // nothing listens on its port any more
    const offline = createDiscordSink({ rest: createDiscordRest(gone.token, gone.apiBase), timeZone: 'Asia/Seoul' });
    const err = await deliveryError(sendAlert(offline));
    expect(err.retryable).toBe(true);
    expect(err.message).toMatch(/cannot reach Discord: ECONNREFUSED/);
  });
});
