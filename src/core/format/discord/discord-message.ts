/** The Discord payload our formatters produce, and the context they need. */
import type { APIEmbed } from 'discord-api-types/v10';
import type { FormatContext } from '../../message.ts';

/**
 * A Create Message / Execute Webhook body. `allowed_mentions.parse` is always
 * empty: feed text may hold `@everyone`, `@here`, `<@id>` or `<@&id>`, and
 * Discord would ping for them whatever the markdown escaping.
 */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  allowed_mentions: { parse: [] };
}

export interface DiscordFormatContext extends FormatContext {
  /** Embed colour (0xRRGGBB) per topic name; topics not listed get a colour derived from their name. */
  topicColors?: Readonly<Record<string, number>> | undefined;
  /** False where replies are impossible (webhooks): updates then name the story they belong to. */
  threaded?: boolean | undefined;
}

export function discordMessage(embeds: APIEmbed[], content?: string): DiscordMessage {
  return content === undefined ? { embeds, allowed_mentions: { parse: [] } } : { content, embeds, allowed_mentions: { parse: [] } };
}
