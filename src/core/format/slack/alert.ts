/**
 * A new story: headline as a header, its top facts, where and when it was
 * reported and why it matched, the other outlets, and a button to the article.
 */
import type { AlertMessage, FormatContext } from '../../message.ts';
import { formatLocal } from '../../time/format.ts';
import { contextBlock, headerBlock, linkButtonBlock, sectionBlock, type SlackBlock, type SlackMessage } from './blocks.ts';
import { LABELS } from './labels.ts';
import { CONTEXT_TEXT_MAX, SECTION_TEXT_MAX } from './limits.ts';
import { alsoReportedText, factLines, feedText, fitLines, whyText } from './story-text.ts';
import { fallbackText } from './fallback.ts';

export function formatSlackAlert({ story }: AlertMessage, ctx: FormatContext): SlackMessage {
  const blocks: SlackBlock[] = [headerBlock(story.title)];

  const facts = factLines(story.facts);
  if (facts.length) blocks.push(sectionBlock(fitLines(facts, SECTION_TEXT_MAX)));

  const where = [`*${feedText(story.feed, 100)}*`, formatLocal(story.published, ctx.timeZone)];
  const why = whyText(story, CONTEXT_TEXT_MAX - 200);
  const context = [why ? [...where, why].join(' · ') : where.join(' · ')];
  const also = alsoReportedText(story, CONTEXT_TEXT_MAX);
  if (also) context.push(also);
  blocks.push(contextBlock(context));

  const button = linkButtonBlock(LABELS.openArticle, story.url);
  if (button) blocks.push(button);

  return { text: fallbackText(`${story.title} — ${story.feed}`), blocks };
}
