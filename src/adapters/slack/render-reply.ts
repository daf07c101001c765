/**
 * Block Kit for /news replies (sent ephemeral, to the command's response_url).
 * Everything that came from a feed, the settings or the user is escaped for
 * mrkdwn (core/format/slack/mrkdwn.ts), so a headline or a keyword can never
 * ping a channel or inject a link; and the reply stays within Block Kit's
 * limits (core/format/slack/limits.ts): at most 50 blocks, sections of at most
 * 3,000 characters, blocks JSON within the budget. What does not fit is
 * counted in a closing note rather than cut silently.
 */
import type { Reply } from '../../app/commands/reply.ts';
import { periodText, replyText } from '../../app/commands/reply.ts';
import { contextBlock, sectionBlock, type SlackBlock, type SlackMessage } from '../../core/format/slack/blocks.ts';
import { fallbackText } from '../../core/format/slack/fallback.ts';
import { BLOCKS_JSON_BUDGET, MAX_BLOCKS, SECTION_TEXT_MAX } from '../../core/format/slack/limits.ts';
import { factLines, feedText, fitLines, outletNames, titleLink } from '../../core/format/slack/story-text.ts';
import type { FormatContext, StoryView } from '../../core/message.ts';
import { formatLocal } from '../../core/time/format.ts';

export interface ReplyContext extends FormatContext {
  /** The slash command as configured, for the hints ("/news search … p2"); default "/news". */
  command?: string | undefined;
}

const REPLY_LABELS = {
  /** Labels take pieces already escaped (their own words need no escaping). */
  usageLine: (usage: string) => `사용법: ${usage}`,
  fullHelp: (command: string) => `전체 사용법: ${command} help`,
  more: (n: number) => `외 ${n}개는 생략했습니다.`,
  otherOutlets: (n: number) => `외 ${n}곳`,
  results: (query: string, total: number) => `"${query}" 검색 결과 ${total}건`,
  page: (page: number, pages: number) => `${page}/${pages}쪽`,
  nextPage: (hint: string) => `다음 쪽: ${hint}`,
  pastLastPage: (page: number, pages: number) => `${page}쪽에는 결과가 없습니다. 마지막 쪽은 ${pages}쪽입니다.`,
  storiesLeftOut: (n: number) => `이 쪽의 기사 ${n}건은 메시지 크기 제한으로 생략했습니다.`,
} as const;

/** The reply when the command itself failed (the error is logged, not shown). */
export const SLACK_ERROR_REPLY: SlackMessage = {
  text: '⚠️ 명령을 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.',
  blocks: [sectionBlock('⚠️ 명령을 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.')],
};

/** One line of any length cut to this before escaping, so it fits a section even if every character is `&` (5×). */
const LINE_MAX = 500;

const jsonSize = (blocks: readonly SlackBlock[]): number => blocks.reduce((n, b) => n + JSON.stringify(b).length + 1, 2);

export function renderSlackReply(reply: Reply, ctx: ReplyContext): SlackMessage {
  return { text: fallbackText(replyText(reply)), blocks: replyBlocks(reply, ctx) };
}

function replyBlocks(r: Reply, ctx: ReplyContext): SlackBlock[] {
  switch (r.kind) {
    case 'help':
      return listBlocks(`*${feedText(`${r.command} 사용법`)}*`, r.lines.map((l) => `• ${feedText(`${r.command} ${l}`, LINE_MAX)}`));
    case 'usage':
      return [
        sectionBlock(`⚠️ ${feedText(r.error, LINE_MAX)}\n${REPLY_LABELS.usageLine(`\`${feedText(`${r.command} ${r.usage}`, LINE_MAX)}\``)}`),
        contextBlock([feedText(REPLY_LABELS.fullHelp(r.command))]),
      ];
    case 'denied':
      return [sectionBlock(`🚫 ${paragraph(replyText(r))}`)];
    case 'changed':
      return [sectionBlock(`✅ ${paragraph(r.summary)}`)];
    case 'failed':
      return [sectionBlock(`⚠️ ${paragraph(r.reason)}`)];
    case 'list':
      if (r.items.length === 0) return [sectionBlock(paragraph(r.empty))];
      return listBlocks(`*${feedText(r.title)}*`, r.items.map((i) => `• ${feedText(i, LINE_MAX)}`));
    case 'stories':
      return storiesBlocks(r, ctx);
  }
}

/** Free text (a summary, a reason) that may span lines: each line escaped, as many lines as fit a section. */
function paragraph(s: string): string {
  return fitLines(s.split(/\r?\n/).map((line) => feedText(line, LINE_MAX)), SECTION_TEXT_MAX - 10);
}

/** A title section, then the lines packed into as few sections as fit; lines beyond the budget are counted. */
function listBlocks(title: string, lines: readonly string[]): SlackBlock[] {
  const head = [sectionBlock(title)];
  // Room for the closing note, should one be needed.
  const reserve = jsonSize([contextBlock([REPLY_LABELS.more(lines.length)])]);
  const { blocks, left } = packLines(lines, BLOCKS_JSON_BUDGET - jsonSize(head) - reserve, MAX_BLOCKS - head.length - 1);
  return [...head, ...blocks, ...(left > 0 ? [contextBlock([REPLY_LABELS.more(left)])] : [])];
}

/**
 * Lines joined into sections of at most SECTION_TEXT_MAX characters, within
 * `budget` characters of JSON and `maxBlocks` sections; `left` lines did not fit.
 */
export function packLines(lines: readonly string[], budget: number, maxBlocks: number): { blocks: SlackBlock[]; left: number } {
  const texts: string[] = [];
  const size = () => jsonSize(texts.map(sectionBlock));
  for (const [i, line] of lines.entries()) {
    const last = texts.at(-1);
    if (last !== undefined && last.length + 1 + line.length <= SECTION_TEXT_MAX) {
      texts[texts.length - 1] = `${last}\n${line}`;
      if (size() <= budget) continue;
      texts[texts.length - 1] = last;
      return { blocks: texts.map(sectionBlock), left: lines.length - i };
    }
    texts.push(line);
    if (texts.length <= maxBlocks && size() <= budget) continue;
    texts.pop();
    return { blocks: texts.map(sectionBlock), left: lines.length - i };
  }
  return { blocks: texts.map(sectionBlock), left: 0 };
}

type StoriesReply = Extract<Reply, { kind: 'stories' }>;

function storiesBlocks(r: StoriesReply, ctx: ReplyContext): SlackBlock[] {
  if (r.total === 0) return [sectionBlock(paragraph(replyText(r)))];
  const head = [sectionBlock(`*${feedText(REPLY_LABELS.results(r.query, r.total))}* (${REPLY_LABELS.page(r.page, r.pages)})`)];
  if (r.stories.length === 0) return [...head, sectionBlock(feedText(REPLY_LABELS.pastLastPage(r.page, r.pages)))];

  const tail: SlackBlock[] = [];
  if (r.page < r.pages) {
    const hint = `${ctx.command ?? '/news'} search ${r.query} ${periodText(r.sinceMs)} p${r.page + 1}`;
    tail.push(contextBlock([REPLY_LABELS.nextPage(`\`${feedText(hint, LINE_MAX)}\``)]));
  }
  const reserve = jsonSize([...tail, contextBlock([REPLY_LABELS.storiesLeftOut(r.stories.length)])]);
  const body: SlackBlock[] = [];
  for (const story of r.stories) {
    const block = sectionBlock(storyText(story, ctx.timeZone));
    if (head.length + body.length + 1 + tail.length + 1 > MAX_BLOCKS || jsonSize([...head, ...body, block]) + reserve > BLOCKS_JSON_BUDGET) break;
    body.push(block);
  }
  const left = r.stories.length - body.length;
  const note = left > 0 ? [contextBlock([REPLY_LABELS.storiesLeftOut(left)])] : [];
  return [...head, ...body, ...note, ...tail];
}

/** Linked title; outlet (and how many others reported it) and time; top facts. */
export function storyText(story: StoryView, timeZone: string): string {
  const others = outletNames(story).length - 1;
  const outlet = `${feedText(story.feed, 100)}${others > 0 ? ` ${REPLY_LABELS.otherOutlets(others)}` : ''}`;
  const lines = [`*${titleLink(story.url, story.title, SECTION_TEXT_MAX - 600)}*`, `${outlet} · ${formatLocal(story.published, timeZone)}`, ...factLines(story.facts)];
  return fitLines(lines, SECTION_TEXT_MAX);
}
