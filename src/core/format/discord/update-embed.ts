/**
 * The short embed sent when a later outlet reports a story already alerted:
 * "📰 [title](url) — outlet, time · 지금까지 N곳 보도". On the bot platform it is
 * a reply to the alert, so it needs no more context than that; a webhook
 * cannot reply (`threaded: false`), so there a second line links the story.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import type { UpdateMessage } from '../../message.ts';
import { formatLocal } from '../../time/format.ts';
import type { DiscordFormatContext } from './discord-message.ts';
import { MAX_OUTLET_CHARS, outletCount, storyLink } from './story-parts.ts';
import { mdText } from './text.ts';
import { topicColor } from './topic-color.ts';

export function updateEmbed(message: UpdateMessage, ctx: DiscordFormatContext): APIEmbed {
  const { story, source } = message;
  const link = storyLink(source.title, source.url);
  const who = `${mdText(source.feed, MAX_OUTLET_CHARS)}, ${formatLocal(source.published, ctx.timeZone)}`;
  const of = ctx.threaded === false ? `\n관련 기사: ${storyLink(story.title, story.url)}` : '';
  return {
    description: `📰 ${link} — ${who} · 지금까지 ${outletCount(story, source)}곳 보도${of}`,
    color: topicColor(story.topics, ctx.topicColors),
    timestamp: source.published.toISOString(),
  };
}
