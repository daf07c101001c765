/**
 * The `discord` platform: a bot posts embeds to channels through the REST
 * API, updates as replies to the alert. Formatting is core/format/discord.
 */
import { createHash } from 'node:crypto';
import type { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import type { ChannelSink, ChannelTarget, SendOptions } from '../../app/ports.ts';
import { DeliveryError } from '../../core/errors.ts';
import { discordDigestParts, formatDiscord } from '../../core/format/discord/format-discord.ts';
import type { OutboundMessage } from '../../core/message.ts';
import { toDeliveryError } from './discord-errors.ts';
import { isDiscordMessage, messageId } from './discord-payload.ts';
import { createRestClient, type DiscordRestOptions } from './discord-rest.ts';

export { createDiscordWebhookSink } from './discord-webhook-sink.ts';

/**
 * The bot's REST client: API v10, 15 s timeout, one retry (made safe by the
 * enforced nonce below), rate limits that fail fast instead of hanging
 * (discord-rest.ts).
 */
export function createDiscordRest(token: string, apiBase?: string, opts?: DiscordRestOptions): REST {
  return createRestClient(token, apiBase, opts);
}

/** What the sink needs of a REST client: structural, so discord.js's own `client.rest` fits too. */
export type DiscordRestClient = Pick<REST, 'post'>;

export interface DiscordSinkOptions {
  rest: DiscordRestClient;
  timeZone: string;
  /** Embed colour (0xRRGGBB) per topic. */
  topicColors?: Readonly<Record<string, number>> | undefined;
}

const PLATFORM = 'discord';
/** Discord ids are snowflakes: 17 to 20 decimal digits. */
const SNOWFLAKE = /^\d{17,20}$/;

/**
 * Create Message `nonce` (at most 25 characters) with `enforce_nonce`: "if
 * another message was created by the same author with the same nonce [in the
 * past few minutes], that message will be returned and no new message will
 * be created" (resources/message.mdx). Derived from what is sent, so a
 * repeat after a timeout whose request did arrive cannot post twice.
 */
function nonceFor(channelId: string, payload: unknown, replyTo: string | undefined): string {
  return createHash('sha256').update(JSON.stringify([channelId, replyTo ?? null, payload])).digest('base64url').slice(0, 25);
}

export function createDiscordSink(opts: DiscordSinkOptions): ChannelSink {
  const ctx = { timeZone: opts.timeZone, topicColors: opts.topicColors };
  return {
    platform: PLATFORM,
    // minIntervalMs stays undefined: @discordjs/rest learns each route's bucket
    // from the X-RateLimit-* headers and waits before a request that would
    // exceed it (up to MAX_INLINE_WAIT_MS; longer waits fail retryably with
    // the time to wait). A fixed spacing would only slow every send.
    format: (message: OutboundMessage) => formatDiscord(message, ctx),
    formatDigest: (message) => discordDigestParts(message, ctx),

    async send(channel: ChannelTarget, payload: unknown, options: SendOptions = {}) {
      const target = { channel: channel.name, platform: PLATFORM };
      const channelId = channel.address?.trim();
      if (!channelId || !SNOWFLAKE.test(channelId)) {
        throw new DeliveryError({ ...target, retryable: false }, `Discord channel "${channel.name}" needs a channel id (17-20 digits) as its address, got ${JSON.stringify(channel.address ?? '')}`);
      }
      if (!isDiscordMessage(payload)) {
        throw new DeliveryError({ ...target, retryable: false }, 'not a Discord message payload (formatted for another platform?)');
      }
      const body = {
        ...payload,
        allowed_mentions: { parse: [] }, // whatever the payload says: feed text never pings
        ...(options.replyTo ? { message_reference: { message_id: options.replyTo, fail_if_not_exists: false } } : {}),
        nonce: nonceFor(channelId, payload, options.replyTo),
        enforce_nonce: true,
      };
      try {
        const created = await opts.rest.post(Routes.channelMessages(channelId), { body });
        return { ref: messageId(created) };
      } catch (err) {
        throw toDeliveryError(err, target);
      }
    },
  };
}
