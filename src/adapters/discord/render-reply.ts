/**
 * A /news Reply as a Discord message: embeds within Discord's limits
 * (core/format/discord/limits.ts), user and feed text escaped, and
 * `allowed_mentions.parse` empty so nothing in it can ping. The bot sends it
 * ephemerally (only the user who ran the command sees it).
 */
import { ApplicationCommandOptionType, type APIEmbed } from 'discord-api-types/v10';
import { periodText, type Reply } from '../../app/commands/reply.ts';
import { storyBlock } from '../../core/format/discord/digest-messages.ts';
import { discordMessage, type DiscordFormatContext, type DiscordMessage } from '../../core/format/discord/discord-message.ts';
import { DISCORD_LIMITS } from '../../core/format/discord/limits.ts';
import { escapeMarkdown, mdText, oneLine, safeUrl, titleText } from '../../core/format/discord/text.ts';
import { DEFAULT_COLOR } from '../../core/format/discord/topic-color.ts';
import { newsCommandDefinition } from './news-command.ts';

const COLORS = { info: DEFAULT_COLOR, ok: 0x57f287, warn: 0xfee75c, denied: 0xed4245 } as const;
/** Our cap on one list line, so one odd item cannot fill the list. */
const MAX_ITEM_CHARS = 500;
const BLOCK_SEPARATOR = '\n\n';

const embed = (color: number, description: string, title?: string): APIEmbed => ({
  ...(title ? { title } : {}),
  description: description || '-',
  color,
});

/** "/news search query [period] [page] — 최근 기사 검색", one line per subcommand, from the registered definition. */
export function helpLines(command: string): string[] {
  const subcommands = newsCommandDefinition().options ?? [];
  return subcommands.map((sub) => {
    const opts = sub.type === ApplicationCommandOptionType.Subcommand ? (sub.options ?? []) : [];
    const args = opts.map((o) => (o.required ? o.name : `[${o.name}]`));
    return `\`${[command, sub.name, ...args].join(' ')}\` — ${sub.description}`;
  });
}

/** URLs in list items (feed addresses) stay clickable: escaping would put backslashes into them. */
const URL_IN_TEXT = /https?:\/\/[^\s<>]*[^\s<>.,;:!?'")\]]/g;

/** One list item: one line, escaped except for its http(s) URLs, at most `max` characters. */
export function itemText(item: string, max: number): string {
  const line = oneLine(item);
  let out = '';
  let last = 0;
  for (const m of line.matchAll(URL_IN_TEXT)) {
    const url = safeUrl(m[0]);
    out += escapeMarkdown(line.slice(last, m.index)) + (url ?? escapeMarkdown(m[0]));
    last = m.index + m[0].length;
  }
  out += escapeMarkdown(line.slice(last));
  // Cutting through a URL would leave a broken link: a long line is shown fully escaped instead.
  return out.length <= max ? out : mdText(item, max);
}

/** "• item" lines that fit one description, then "… 외 N개" for the rest. */
export function listDescription(items: readonly string[]): string {
  const lines: string[] = [];
  let used = 0;
  for (const [i, item] of items.entries()) {
    const line = `• ${itemText(item, MAX_ITEM_CHARS)}`;
    const rest = items.length - i - 1;
    const tail = rest > 0 ? `\n… 외 ${rest}개`.length : 0;
    if (used + (lines.length ? 1 : 0) + line.length + tail > DISCORD_LIMITS.description) {
      lines.push(`… 외 ${items.length - i}개`);
      break;
    }
    lines.push(line);
    used += (lines.length > 1 ? 1 : 0) + line.length;
  }
  return lines.join('\n');
}

type StoriesReply = Extract<Reply, { kind: 'stories' }>;

/**
 * Search results: "[title](url)", outlet · time · 외 N곳, top facts, per
 * story (the digest's story block), packed in order into embeds of at most
 * 4,096 description characters, all together within 6,000.
 */
export function storiesMessage(r: StoriesReply, ctx: DiscordFormatContext): DiscordMessage {
  const title = titleText(`🔎 "${r.query}" 검색 결과 ${r.total}건`, DISCORD_LIMITS.title);
  if (r.total === 0 || r.stories.length === 0) {
    const none = r.total === 0 ? `"${r.query}"에 해당하는 최근 기사가 없습니다.` : `${r.page}쪽에는 기사가 없습니다 (전체 ${r.pages}쪽).`;
    return discordMessage([embed(COLORS.info, mdText(none, 500))]);
  }
  // The options to run again for the next page (the period must be repeated: it defaults to 7d).
  const period = periodText(r.sinceMs);
  const pageText = `기간 ${period} · ${r.page}/${r.pages}쪽${r.page < r.pages ? ` · 다음 쪽: period:${period} page:${r.page + 1}` : ''}`;
  // Room for the footer, which may grow by an omission note.
  let budget = DISCORD_LIMITS.embedsTotal - title.length - pageText.length - 40;
  const embeds: APIEmbed[] = [];
  let omitted = 0;
  for (const story of r.stories) {
    const block = storyBlock(story, ctx.timeZone);
    const current = embeds.at(-1);
    const cost = (current ? BLOCK_SEPARATOR.length : 0) + block.length;
    if (cost > budget) {
      omitted++;
      continue;
    }
    if (current?.description !== undefined && current.description.length + cost <= DISCORD_LIMITS.description) {
      current.description += `${BLOCK_SEPARATOR}${block}`;
    } else if (embeds.length < DISCORD_LIMITS.embedsPerMessage) {
      embeds.push({ description: block, color: COLORS.info });
    } else {
      omitted++;
      continue;
    }
    budget -= cost;
  }
  const first = embeds[0];
  const last = embeds.at(-1);
  if (!first || !last) return discordMessage([embed(COLORS.info, '기사가 너무 길어 보여 줄 수 없습니다.', title)]);
  first.title = title;
  last.footer = { text: omitted ? `${pageText} · ${omitted}건은 길어서 생략` : pageText };
  return discordMessage(embeds);
}

export function renderDiscordReply(reply: Reply, ctx: DiscordFormatContext): DiscordMessage {
  const text = (s: string) => mdText(s, DISCORD_LIMITS.description - 10);
  switch (reply.kind) {
    case 'help':
      return discordMessage([embed(COLORS.info, helpLines(reply.command).join('\n'), titleText(`${reply.command} 사용법`, DISCORD_LIMITS.title))]);
    case 'usage':
      return discordMessage([embed(COLORS.warn, `⚠️ ${text(reply.error)}\n\`${reply.command} help\`로 사용법을 볼 수 있습니다.`)]);
    case 'denied':
      return discordMessage([
        embed(COLORS.denied, `🔒 권한이 없습니다: "${mdText(reply.action, 1000)}"은(는) 관리자만 할 수 있습니다.\n서버 관리 권한이나 관리자 역할이 필요합니다.`),
      ]);
    case 'changed':
      return discordMessage([embed(COLORS.ok, `✅ ${text(reply.summary)}`)]);
    case 'failed':
      return discordMessage([embed(COLORS.warn, `⚠️ ${text(reply.reason)}`)]);
    case 'list':
      return discordMessage([
        embed(COLORS.info, reply.items.length ? listDescription(reply.items) : text(reply.empty), titleText(reply.title, DISCORD_LIMITS.title)),
      ]);
    case 'stories':
      return storiesMessage(reply, ctx);
  }
}
