/**
 * A digest as Discord messages: one embed per topic section (continued in
 * further embeds when long), story lines in the description, a header line
 * with the period in `content`. Packed greedily, in order, into as many
 * messages as Discord's limits require (limits.ts): description 4,096,
 * 10 embeds and 6,000 embed characters per message.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import type { DigestMessage, StoryView } from '../../message.ts';
import { formatLocal } from '../../time/format.ts';
import { discordMessage, type DiscordFormatContext, type DiscordMessage } from './discord-message.ts';
import { DISCORD_LIMITS } from './limits.ts';
import { factLines, outletAndTimeMd, outletCount, storyLink } from './story-parts.ts';
import { titleText } from './text.ts';
import { topicColor } from './topic-color.ts';

const BLOCK_SEPARATOR = '\n\n';
const CONTINUED = ' (계속)';

/**
 * One story: link, outlet · time (· 외 N곳), up to 3 facts. By the caps in
 * story-parts.ts and text.ts it is under 2,500 characters, so it always fits
 * one embed description (4,096) and, with a title, one message (6,000).
 */
export function storyBlock(story: StoryView, timeZone: string): string {
  const others = outletCount(story) - 1;
  const meta = `${outletAndTimeMd(story.feed, story.published, timeZone)}${others > 0 ? ` · 외 ${others}곳` : ''}`;
  return [storyLink(story.title, story.url), meta, ...factLines(story)].join('\n');
}

/** "2026-11-29 09:00 ~ 18:00" (the date once when both ends share it), or "~ 2026-11-29 18:00" without a start. */
export function digestPeriod(since: Date | undefined, until: Date, timeZone: string): string {
  const end = formatLocal(until, timeZone);
  if (!since) return `~ ${end}`;
  const start = formatLocal(since, timeZone);
  const sameDay = start.slice(0, 10) === end.slice(0, 10);
  return `${start} ~ ${sameDay ? end.slice(11) : end}`;
}

const HEADINGS: Record<DigestMessage['reason'], string> = {
  schedule: '뉴스 요약',
  manual: '뉴스 요약',
  'quiet-hours': '방해 금지 시간에 쌓인 뉴스',
};

interface Page {
  embeds: APIEmbed[];
  /** Embed characters so far (embedsTotal counts these). */
  length: number;
  /** Ids of the stories on this page, in order. */
  stories: string[];
}

/** Lays the sections out as pages of embeds, in order, every page within Discord's limits. */
function layout(message: DigestMessage, ctx: DiscordFormatContext): Page[] {
  const pages: Page[] = [];
  let page: Page = { embeds: [], length: 0, stories: [] };
  for (const section of message.sections) {
    const color = topicColor([section.topic], ctx.topicColors);
    let embed: APIEmbed | undefined;
    for (const story of section.stories) {
      const block = storyBlock(story, ctx.timeZone);
      const added = BLOCK_SEPARATOR.length + block.length;
      if (
        embed?.description !== undefined &&
        embed.description.length + added <= DISCORD_LIMITS.description &&
        page.length + added <= DISCORD_LIMITS.embedsTotal
      ) {
        embed.description += `${BLOCK_SEPARATOR}${block}`;
        page.length += added;
        page.stories.push(story.id);
        continue;
      }
      const topic = titleText(section.topic, DISCORD_LIMITS.title - CONTINUED.length) || '-';
      const title = embed ? `${topic}${CONTINUED}` : topic;
      const cost = title.length + block.length;
      if (page.embeds.length >= DISCORD_LIMITS.embedsPerMessage || page.length + cost > DISCORD_LIMITS.embedsTotal) {
        pages.push(page);
        page = { embeds: [], length: 0, stories: [] };
      }
      embed = { title, description: block, color };
      page.embeds.push(embed);
      page.length += cost;
      page.stories.push(story.id);
    }
  }
  if (page.embeds.length) pages.push(page);
  return pages;
}

export function digestMessages(message: DigestMessage, ctx: DiscordFormatContext): DiscordMessage[] {
  return discordDigestParts(message, ctx).map((p) => p.payload);
}

/** A digest message and the ids of the stories it shows. */
export interface DiscordDigestPart {
  payload: DiscordMessage;
  stories: string[];
}

/** The digest's messages in send order, each with the stories it shows (a story listed under two topics may be in two). */
export function discordDigestParts(message: DigestMessage, ctx: DiscordFormatContext): DiscordDigestPart[] {
  const total = message.sections.reduce((n, s) => n + s.stories.length, 0);
  const header = `📋 **${HEADINGS[message.reason]}** · ${digestPeriod(message.since, message.until, ctx.timeZone)} · ${total}건`;
  const more = message.more > 0 ? `\n+${message.more}건 더 있음` : '';
  const pages = layout(message, ctx);
  if (pages.length === 0) return [{ payload: discordMessage([], `${header}\n새 기사가 없습니다.${more}`), stories: [] }];
  return pages.map((page, i) => {
    const counter = pages.length > 1 ? ` (${i + 1}/${pages.length})` : '';
    return { payload: discordMessage(page.embeds, `${header}${counter}${i === pages.length - 1 ? more : ''}`), stories: [...new Set(page.stories)] };
  });
}
