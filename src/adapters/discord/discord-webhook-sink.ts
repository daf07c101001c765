/**
 * The `discord-webhook` platform: posts through a channel webhook, no bot
 * needed. Webhooks cannot reply, so updates arrive as ordinary messages.
 */
import type { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import type { ChannelSink, ChannelTarget } from '../../app/ports.ts';
import { DeliveryError } from '../../core/errors.ts';
import { discordDigestParts, formatDiscord } from '../../core/format/discord/format-discord.ts';
import type { OutboundMessage } from '../../core/message.ts';
import { toDeliveryError } from './discord-errors.ts';
import { isDiscordMessage, messageId } from './discord-payload.ts';
import { createRestClient } from './discord-rest.ts';
import { parseWebhookUrl } from './webhook-url.ts';

export interface DiscordWebhookSinkOptions {
  timeZone: string;
  topicColors?: Readonly<Record<string, number>> | undefined;
  /** Default `https://discord.com/api`; tests point it at the fake. */
  apiBase?: string | undefined;
  /** Default 15 s. */
  timeoutMs?: number | undefined;
  /** A REST client to use instead of creating one (it sends with `auth: false`). */
  rest?: Pick<REST, 'post'> | undefined;
}

const PLATFORM = 'discord-webhook';

export function createDiscordWebhookSink(opts: DiscordWebhookSinkOptions): ChannelSink {
  const ctx = { timeZone: opts.timeZone, topicColors: opts.topicColors, threaded: false };
  // No retries inside a send: Execute Webhook has no nonce, so a repeat after a
  // timeout whose request did arrive would post twice. The outbox retries instead.
  const rest = opts.rest ?? createRestClient(undefined, opts.apiBase, { retries: 0, timeoutMs: opts.timeoutMs });
  return {
    platform: PLATFORM,
    // minIntervalMs undefined: the REST client keeps to the webhook's bucket (see discord-sink.ts).
    format: (message: OutboundMessage) => formatDiscord(message, ctx),
    formatDigest: (message) => discordDigestParts(message, ctx),

    async send(channel: ChannelTarget, payload: unknown) {
      const target = { channel: channel.name, platform: PLATFORM };
      const hook = channel.address ? parseWebhookUrl(channel.address) : undefined;
      if (!hook) {
        throw new DeliveryError({ ...target, retryable: false }, `Discord webhook channel "${channel.name}" needs a webhook URL (https://discord.com/api/webhooks/{id}/{token}) as its address`);
      }
      if (!isDiscordMessage(payload)) {
        throw new DeliveryError({ ...target, retryable: false }, 'not a Discord message payload (formatted for another platform?)');
      }
      // wait=true: Discord answers with the created message (and its id) instead of 204.
      const query = new URLSearchParams({ wait: 'true', ...(hook.threadId ? { thread_id: hook.threadId } : {}) });
      try {
        const created = await rest.post(Routes.webhook(hook.id, hook.token), {
          body: { ...payload, allowed_mentions: { parse: [] } },
          query,
          auth: false,
        });
        return { ref: messageId(created) };
      } catch (err) {
        throw toDeliveryError(err, target, { secret: hook.token });
      }
    },
  };
}
