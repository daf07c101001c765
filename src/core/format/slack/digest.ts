/**
 * A digest: a header with the period, then per topic a heading and its
 * stories (linked title, outlet, time, outlet count, top facts), then how
 * many were left out. Long digests are split into several messages by
 * split-blocks.ts; later parts say "(2/3)" in their header.
 */
import type { DigestMessage, FormatContext, StoryView } from '../../message.ts';
import { formatLocal } from '../../time/format.ts';
import { contextBlock, dividerBlock, headerBlock, sectionBlock, type SlackBlock, type SlackMessage } from './blocks.ts';
import { fallbackText } from './fallback.ts';
import { LABELS } from './labels.ts';
import { SECTION_TEXT_MAX } from './limits.ts';
import { packBlocks } from './split-blocks.ts';
import { factLines, feedText, fitLines, outletNames, titleLink } from './story-text.ts';

/** Room the title link may take in a story section, leaving some for the outlet line and facts. */
const TITLE_LINE_MAX = SECTION_TEXT_MAX - 600;

export function digestStoryText(story: StoryView, timeZone: string): string {
  const outlets = outletNames(story).length;
  const meta = [feedText(story.feed, 100), formatLocal(story.published, timeZone)];
  if (outlets > 1) meta.push(LABELS.outlets(outlets));
  const lines = [`*${titleLink(story.url, story.title, TITLE_LINE_MAX)}*`, meta.join(' · '), ...factLines(story.facts)];
  return fitLines(lines, SECTION_TEXT_MAX);
}

function periodText(message: DigestMessage, timeZone: string): string {
  const until = formatLocal(message.until, timeZone);
  return message.since ? `${formatLocal(message.since, timeZone)} ~ ${until}` : `${LABELS.digestAllHeld} (~ ${until})`;
}

/** A digest message and the ids of the stories it shows. */
export interface SlackDigestPart {
  payload: SlackMessage;
  stories: string[];
}

export function formatSlackDigest(message: DigestMessage, ctx: FormatContext): SlackMessage[] {
  return slackDigestParts(message, ctx).map((p) => p.payload);
}

/** The digest's messages in send order, each with the stories it shows (a story listed under two topics may be in two). */
export function slackDigestParts(message: DigestMessage, ctx: FormatContext): SlackDigestPart[] {
  const title = `${LABELS.digestTitle} · ${formatLocal(message.until, ctx.timeZone)}`;
  const sections = message.sections.filter((s) => s.stories.length > 0);
  const storyCount = new Set(sections.flatMap((s) => s.stories.map((story) => story.id))).size;
  const reason = LABELS.digestReason[message.reason];
  const summary = [periodText(message, ctx.timeZone), LABELS.digestStories(storyCount), ...(reason ? [reason] : [])].join(' · ');

  const partTitle = (part: number, total: number) => (total > 1 ? `${title} ${LABELS.digestPart(part, total)}` : title);

  const tail: SlackBlock[] = [];
  if (message.more > 0) tail.push(contextBlock([LABELS.digestMore(message.more)]));
  if (storyCount === 0 && message.more === 0) tail.push(sectionBlock(LABELS.digestEmpty));

  const parts = packBlocks({
    head: (part, total) =>
      part === 1 ? [headerBlock(partTitle(part, total)), contextBlock([summary])] : [headerBlock(partTitle(part, total))],
    groups: sections.map((section) => ({
      heading: (continued) => [
        dividerBlock(),
        sectionBlock(`*${feedText(section.topic, 100)}*${continued ? ` ${LABELS.digestContinued}` : ''}`),
      ],
      items: section.stories.map((story) => sectionBlock(digestStoryText(story, ctx.timeZone))),
      keys: section.stories.map((story) => story.id),
    })),
    tail,
  });

  return parts.map(({ blocks, keys }, i) => ({
    payload: { text: fallbackText(`${partTitle(i + 1, parts.length)} — ${LABELS.digestStories(storyCount)}`), blocks },
    stories: [...new Set(keys)],
  }));
}
