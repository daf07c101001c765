import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordWebhookSink } from '../../../src/adapters/discord/discord-sink.ts';
import type { ChannelSink, ChannelTarget } from '../../../src/app/ports.ts';
import { DeliveryError } from '../../../src/core/errors.ts';
import type { OutboundMessage } from '../../../src/core/message.ts';
import { DISCORD_ERRORS, startFakeDiscord, type FakeDiscord } from '../../support/fake-discord.ts';
import { story } from '../../core/format/discord/stories.ts';

const HOOK_ID = '1250000000000000001';
const HOOK_TOKEN = 'hook-secret-TOKEN_abc123';
const alert: OutboundMessage = { kind: 'alert', story: story({ title: '@here <@&987654321098765432> 속보' }) };

let fake: FakeDiscord;
let sink: ChannelSink;
let channel: ChannelTarget;

beforeEach(async () => {
  fake = await startFakeDiscord({ webhooks: { [HOOK_ID]: HOOK_TOKEN } });
  sink = createDiscordWebhookSink({ timeZone: 'Asia/Seoul', apiBase: fake.apiBase });
  channel = { name: 'alerts', platform: 'discord-webhook', address: fake.webhookUrl(HOOK_ID, HOOK_TOKEN) };
});
afterEach(() => fake.close());

async function deliveryError(p: Promise<unknown>): Promise<DeliveryError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DeliveryError);
  return err as DeliveryError;
}

describe('Discord webhook sink', () => {
  it('executes the webhook with wait=true, mentions disabled and no bot token, returning the message id', async () => {
    const { ref } = await sink.send(channel, sink.format(alert, channel)[0]);

    const [req] = fake.requests;
    expect(req?.path).toBe(`/webhooks/${HOOK_ID}/${HOOK_TOKEN}`);
    expect(req?.query.get('wait')).toBe('true');
    expect(req?.headers.authorization).toBeUndefined();
    expect(fake.messages).toHaveLength(1);
    expect(fake.messages[0]?.body.allowed_mentions).toEqual({ parse: [] });
    expect(fake.messages[0]?.webhook_id).toBe(HOOK_ID);
    expect(ref).toBe(fake.messages[0]?.id);
  });

  it('posts into the thread named by the URL', async () => {
    const inThread = { ...channel, address: `${channel.address}?thread_id=1260000000000000001` };
    await sink.send(inThread, sink.format(alert, inThread)[0]);
    expect(fake.requests[0]?.query.get('thread_id')).toBe('1260000000000000001');
    expect(fake.messages[0]?.channel_id).toBe('1260000000000000001');
  });

  it('sends an update as an ordinary message: webhooks cannot reply', async () => {
    const update: OutboundMessage = { kind: 'update', story: story(), source: { feed: 'KBS', title: '후속', url: undefined, published: new Date('2026-11-29T02:00:00Z') } };
    await sink.send(channel, sink.format(update, channel)[0], { replyTo: '1300000000000000001' });
    expect(fake.messages[0]?.body.message_reference).toBeUndefined();
    expect(fake.messages[0]?.embeds).toHaveLength(1);
  });

  it('gives up on a deleted webhook without putting its token in the error', async () => {
    const gone = { ...channel, address: fake.webhookUrl('1250000000000000009', HOOK_TOKEN) };
    const err = await deliveryError(sink.send(gone, sink.format(alert, gone)[0]));
    expect(err).toMatchObject({ retryable: false, platform: 'discord-webhook', channel: 'alerts' });
    expect(err.message).toMatch(/404 code 10015 .*Unknown Webhook/);
    expect(err.message).not.toContain(HOOK_TOKEN);
    expect(err.cause).toBeUndefined();
  });

  it('gives up on a wrong token', async () => {
    const wrong = { ...channel, address: fake.webhookUrl(HOOK_ID, 'not-the-token') };
    const err = await deliveryError(sink.send(wrong, sink.format(alert, wrong)[0]));
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/50027/);
  });

  it('turns a 429 into a retryable error with retry-after, without retrying, and a 5xx into a retryable one', async () => {
    fake.script('POST /webhooks/:id/:token', { rateLimit: { retryAfterSec: 2.5 } }, DISCORD_ERRORS.serverError);
    const limited = await deliveryError(sink.send(channel, sink.format(alert, channel)[0]));
    expect(limited).toMatchObject({ retryable: true });
    expect(limited.retryAfterMs).toBeGreaterThanOrEqual(2_500);
    expect(limited.message).not.toContain(HOOK_TOKEN);
    const fresh = createDiscordWebhookSink({ timeZone: 'Asia/Seoul', apiBase: fake.apiBase });
    const failed = await deliveryError(fresh.send(channel, fresh.format(alert, channel)[0]));
    expect(failed.retryable).toBe(true);
    // No retry inside a send: Execute Webhook has no nonce to make a repeat safe.
    expect(fake.requests).toHaveLength(2);
  });

  it('gives up before sending when the address is not a Discord webhook URL', async () => {
    const slack = { ...channel, address: 'https://hooks.slack.com/services/T000/B000/XXXX' };
    const err = await deliveryError(sink.send(slack, sink.format(alert, slack)[0]));
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/webhook URL/);
    expect(fake.requests).toHaveLength(0);
  });
});
