/**
 * Plain-text messages for the `console` platform: readable in a terminal and
 * in `docker logs`. Alerts show the headline facts, outlet, local time,
 * matched keywords and link; updates are one indented line under the story;
 * digests list stories by topic.
 */
import type { DigestMessage, FormatContext, OutboundMessage, StoryView } from '../message.ts';
import { formatLocal } from '../time/format.ts';
import { describeFact } from './fact-text.ts';

const SHOWN_FACTS = 3;

function outlets(story: StoryView): string {
  const n = story.otherSources.length;
  return n === 0 ? story.feed : `${story.feed} 외 ${n}곳`;
}

function alertText(story: StoryView, ctx: FormatContext): string {
  const lines = [`● ${story.title}`];
  for (const f of story.facts.slice(0, SHOWN_FACTS)) lines.push(`  · ${describeFact(f)}`);
  const why = story.keywords.length ? ` — 키워드: ${story.keywords.join(', ')}` : '';
  lines.push(`  ${outlets(story)} · ${formatLocal(story.published, ctx.timeZone)} · ${story.topics.join(', ')}${why}`);
  if (story.otherSources.length) lines.push(`  같은 소식: ${story.otherSources.map((s) => s.feed).join(', ')}`);
  if (story.url) lines.push(`  ${story.url}`);
  return lines.join('\n');
}

function digestText(d: DigestMessage, ctx: FormatContext): string {
  const period = d.since ? ` (${formatLocal(d.since, ctx.timeZone)} 이후)` : '';
  const heading = d.reason === 'quiet-hours' ? '방해 금지 시간 동안의 소식' : '뉴스 다이제스트';
  const lines = [`══ ${heading} · ${formatLocal(d.until, ctx.timeZone)}${period} ══`];
  let n = 0;
  for (const section of d.sections) {
    lines.push(`[${section.topic}]`);
    for (const s of section.stories) {
      lines.push(`  ${++n}. ${s.title} — ${outlets(s)} · ${formatLocal(s.published, ctx.timeZone)}`);
      const facts = s.facts.slice(0, SHOWN_FACTS).map(describeFact);
      if (facts.length) lines.push(`     ${facts.join(' · ')}`);
      if (s.url) lines.push(`     ${s.url}`);
    }
  }
  if (d.more > 0) lines.push(`  +${d.more}건 더`);
  return lines.join('\n');
}

export function formatConsole(message: OutboundMessage, ctx: FormatContext): string[] {
  switch (message.kind) {
    case 'alert':
      return [alertText(message.story, ctx)];
    case 'update': {
      const s = message.source;
      const total = message.story.otherSources.length + 1;
      return [
        `  ↳ 같은 소식 「${message.story.title}」: ${s.feed} 「${s.title}」 · ${formatLocal(s.published, ctx.timeZone)} — ${total}개 매체 보도${s.url ? `\n    ${s.url}` : ''}`,
      ];
    }
    case 'digest':
      return [digestText(message, ctx)];
  }
}
