/** Recognising a formatted Discord message among the `unknown` payloads the outbox hands back, and reading Discord's answer. */
import type { DiscordMessage } from '../../core/format/discord/format-discord.ts';

export function isDiscordMessage(payload: unknown): payload is DiscordMessage {
  if (typeof payload !== 'object' || payload === null) return false;
  const p = payload as Partial<Record<keyof DiscordMessage, unknown>>;
  return Array.isArray(p.embeds) && (p.content === undefined || typeof p.content === 'string') && typeof p.allowed_mentions === 'object';
}

/** The id of a created message (a reply target for later updates); undefined if the answer has none. */
export function messageId(created: unknown): string | undefined {
  return typeof created === 'object' && created !== null && 'id' in created && typeof created.id === 'string' ? created.id : undefined;
}
