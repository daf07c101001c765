/**
 * Discord's size limits for a message and its embeds, and how Discord counts
 * them. Source: discord-api-docs `resources/message.mdx`, "Embed Limits"
 * (and "Create Message" for `content`). Exceeding any of them makes Discord
 * reject the whole message with 50035 Invalid Form Body.
 *
 * Lengths are JavaScript string lengths (UTF-16 code units). Discord counts
 * characters (code points), so a JS length is never smaller than Discord's:
 * staying within these limits by JS length always stays within Discord's.
 */
import type { APIEmbed } from 'discord-api-types/v10';

export const DISCORD_LIMITS = {
  /** Create Message: "content … up to 2000 characters". */
  content: 2000,
  /** Create Message: "embeds … up to 10 rich embeds". */
  embedsPerMessage: 10,
  /** Embed Limits: title 256 characters. */
  title: 256,
  /** Embed Limits: description 4096 characters. */
  description: 4096,
  /** Embed Limits: up to 25 field objects. */
  fields: 25,
  /** Embed Limits: field.name 256 characters. */
  fieldName: 256,
  /** Embed Limits: field.value 1024 characters. */
  fieldValue: 1024,
  /** Embed Limits: footer.text 2048 characters. */
  footerText: 2048,
  /** Embed Limits: author.name 256 characters. */
  authorName: 256,
  /**
   * Embed Limits: "the combined sum of characters in all title, description,
   * field.name, field.value, footer.text, and author.name fields across all
   * embeds attached to a message must not exceed 6000 characters".
   */
  embedsTotal: 6000,
} as const;

/** The characters of one embed that count toward the 6,000 total (same rule as `embedLength` in @discordjs/builders). */
export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0)
  );
}

/** The characters of all embeds of one message, to compare with `embedsTotal`. */
export function embedsLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((sum, e) => sum + embedLength(e), 0);
}
