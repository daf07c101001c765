/**
 * A later outlet reported a story already alerted: one short section, meant
 * for the alert's thread. Where threads are impossible (incoming webhooks)
 * `threaded: false` adds which story it belongs to.
 */
import type { FormatContext, UpdateMessage } from '../../message.ts';
import { formatLocal } from '../../time/format.ts';
import { contextBlock, sectionBlock, type SlackBlock, type SlackMessage } from './blocks.ts';
import { fallbackText } from './fallback.ts';
import { LABELS } from './labels.ts';
import { SECTION_TEXT_MAX } from './limits.ts';
import { feedText, outletNames, titleLink } from './story-text.ts';

export function formatSlackUpdate({ story, source }: UpdateMessage, ctx: FormatContext, threaded = true): SlackMessage {
  // The count includes the new source whether or not the caller already added it to otherSources.
  const outlets = outletNames(story, [source.feed]).length;
  const link = titleLink(source.url, source.title, SECTION_TEXT_MAX - 600);
  const line = `📰 ${link} — ${feedText(source.feed, 100)}, ${formatLocal(source.published, ctx.timeZone)}`;
  const blocks: SlackBlock[] = [sectionBlock(`${line}\n${LABELS.outletsNow(outlets)}`)];
  if (!threaded) blocks.push(contextBlock([LABELS.updateOf(feedText(story.title, 250))]));
  return { text: fallbackText(`${source.feed}: ${source.title}`), blocks };
}
