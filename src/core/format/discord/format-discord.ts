/**
 * Discord rendering of an outbound message (pure): alerts and updates as one
 * embed each, digests as one or more messages within Discord's limits.
 * Every message carries `allowed_mentions: { parse: [] }`.
 */
import type { OutboundMessage } from '../../message.ts';
import { alertEmbed } from './alert-embed.ts';
import { digestMessages } from './digest-messages.ts';
import { discordMessage, type DiscordFormatContext, type DiscordMessage } from './discord-message.ts';
import { updateEmbed } from './update-embed.ts';

export type { DiscordFormatContext, DiscordMessage } from './discord-message.ts';
export { discordDigestParts, type DiscordDigestPart } from './digest-messages.ts';

export function formatDiscord(message: OutboundMessage, ctx: DiscordFormatContext): DiscordMessage[] {
  switch (message.kind) {
    case 'alert':
      return [discordMessage([alertEmbed(message.story, ctx)])];
    case 'update':
      return [discordMessage([updateEmbed(message, ctx)])];
    case 'digest':
      return digestMessages(message, ctx);
  }
}
