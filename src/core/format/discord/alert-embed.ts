/**
 * The embed of a new-story alert: linked headline, the headline facts, who
 * reported it, why it matched, outlet and local time, coloured by topic.
 */
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { StoryView } from '../../message.ts';
import type { DiscordFormatContext } from './discord-message.ts';
import { DISCORD_LIMITS } from './limits.ts';
import { factLines, MAX_OUTLET_CHARS, otherSourcesLine, outletAndTime } from './story-parts.ts';
import { mdText, safeUrl, titleText } from './text.ts';
import { topicColor } from './topic-color.ts';

function sourceField(story: StoryView): APIEmbedField {
  const outlet = mdText(story.feed, MAX_OUTLET_CHARS);
  if (story.otherSources.length === 0) return { name: '출처', value: outlet };
  // The outlet line and "\n" come first; the rest of the field goes to the list.
  const budget = DISCORD_LIMITS.fieldValue - outlet.length - 1;
  return { name: '출처', value: `${outlet}\n${otherSourcesLine(story.otherSources, budget)}` };
}

/** "엔비디아, GPU" and "주제: AI반도체"; undefined when there is nothing to say (Discord rejects an empty field value). */
function keywordField(story: StoryView): APIEmbedField | undefined {
  const lines: string[] = [];
  // 600 + 400 + labels stay under the 1,024 of a field value.
  if (story.keywords.length) lines.push(mdText(story.keywords.join(', '), 600));
  if (story.topics.length) lines.push(`주제: ${mdText(story.topics.join(', '), 400)}`);
  return lines.length ? { name: '키워드', value: lines.join('\n') } : undefined;
}

export function alertEmbed(story: StoryView, ctx: DiscordFormatContext): APIEmbed {
  const embed: APIEmbed = {
    // An empty title would be rejected by Discord; feeds do send untitled items.
    title: titleText(story.title, DISCORD_LIMITS.title) || '(제목 없음)',
    color: topicColor(story.topics, ctx.topicColors),
    footer: { text: outletAndTime(story.feed, story.published, ctx.timeZone) },
    timestamp: story.published.toISOString(),
  };
  const url = safeUrl(story.url);
  if (url) embed.url = url;
  const facts = factLines(story);
  if (facts.length) embed.description = facts.join('\n');
  const keywords = keywordField(story);
  embed.fields = keywords ? [sourceField(story), keywords] : [sourceField(story)];
  return embed;
}
