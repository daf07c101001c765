/**
 * Runs a parsed /news command: checks permission for changes, acts on the
 * settings or the store, and returns a Reply. Platform-neutral: Slack and
 * Discord adapters build the CommandRequest and render the Reply.
 */
import * as edits from '../../core/settings.ts';
import type { StoryView } from '../../core/message.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import { CHANGING, USAGE_LINES, type Command } from './command.ts';
import { parseCommand } from './parse-command.ts';
import type { Reply } from './reply.ts';

export interface CommandRequest {
  platform: 'slack' | 'discord';
  /** The command as typed, for the audit log and usage lines ("/news"). */
  commandName: string;
  text: string;
  user: { id: string; name?: string | undefined };
  /** The chat channel the command came from. */
  channel: { platform: string; address: string };
  /** Asked only when the command changes something. */
  isAdmin(): Promise<boolean>;
}

export interface CommandDeps {
  settings: SettingsService;
  searchStories(query: string, since: Date, limit: number, offset: number): Promise<{ total: number; stories: StoryView[] }>;
  /** Fetches and parses a feed before it is saved. */
  checkFeed(url: string): Promise<{ ok: true; title: string | undefined; items: number } | { ok: false; reason: string }>;
  digestNow(channelName: string): Promise<string>;
  status(): Promise<string[]>;
  now(): Date;
}

export const SEARCH_PAGE_SIZE = 5;

/** Settings name of a chat channel: the configured one with this address, or platform:address. */
export function channelNameFor(settings: edits.Settings, channel: { platform: string; address: string }): string {
  const known = settings.channels.find((c) => c.address === channel.address && platformFamily(c.platform) === platformFamily(channel.platform));
  return known?.name ?? `${channel.platform}:${channel.address}`;
}

const platformFamily = (p: string) => p.replace(/-webhook$/, '');

export async function executeCommand(req: CommandRequest, deps: CommandDeps): Promise<Reply> {
  const parsed = parseCommand(req.text);
  if (!parsed.ok) return { kind: 'usage', error: parsed.error, usage: parsed.usage, command: req.commandName };
  const command = parsed.command;
  if (CHANGING.has(command.name) && !(await req.isAdmin())) return { kind: 'denied', action: req.text.trim() };
  return run(command, req, deps);
}

async function run(c: Command, req: CommandRequest, deps: CommandDeps): Promise<Reply> {
  const who = { platform: req.platform, user: req.user.name ? `${req.user.id} (${req.user.name})` : req.user.id, action: `${req.commandName} ${req.text.trim()}` };
  const change = async (edit: (s: edits.Settings) => edits.Edit): Promise<Reply> => {
    const r = await deps.settings.change(edit, who);
    return r.ok ? { kind: 'changed', summary: r.summary } : { kind: 'failed', reason: r.reason };
  };
  switch (c.name) {
    case 'help':
      return { kind: 'help', command: req.commandName, lines: USAGE_LINES };
    case 'search': {
      const offset = (c.page - 1) * SEARCH_PAGE_SIZE;
      const found = await deps.searchStories(c.query, new Date(deps.now().getTime() - c.sinceMs), SEARCH_PAGE_SIZE, offset);
      const pages = Math.max(1, Math.ceil(found.total / SEARCH_PAGE_SIZE));
      return { kind: 'stories', query: c.query, sinceMs: c.sinceMs, page: c.page, pages, total: found.total, stories: found.stories };
    }
    case 'topics': {
      const s = await deps.settings.current();
      const here = s.channels.find((ch) => ch.name === channelNameFor(s, req.channel));
      return {
        kind: 'list',
        title: '주제 (✓ = 이 채널에서 받는 중)',
        items: s.topics.map((t) => `${here?.topics.includes(t.name) ? '✓ ' : ''}${t.name}: ${t.keywords.join(', ')}${t.exclude.length ? ` (제외: ${t.exclude.join(', ')})` : ''}`),
        empty: '주제가 없습니다. topics add <주제> <키워드…>로 만드세요.',
      };
    }
    case 'keywords': {
      const t = edits.findTopic(await deps.settings.current(), c.topic);
      if (!t) return { kind: 'failed', reason: `no topic "${c.topic}"` };
      return { kind: 'list', title: `${t.name} 키워드`, items: [...t.keywords, ...t.exclude.map((k) => `제외: ${k}`)], empty: '키워드가 없습니다.' };
    }
    case 'topics-add':
      return change((s) => edits.addTopic(s, c.topic, c.keywords));
    case 'topics-remove':
      return change((s) => edits.removeTopic(s, c.topic));
    case 'keywords-add':
      return change((s) => edits.addKeywords(s, c.topic, c.keywords));
    case 'keywords-remove':
      return change((s) => edits.removeKeyword(s, c.topic, c.keyword));
    case 'subscribe':
      return change((s) =>
        edits.subscribe(s, { name: channelNameFor(s, req.channel), platform: req.channel.platform, address: req.channel.address }, c.topic, c.mode),
      );
    case 'unsubscribe':
      return change((s) => edits.unsubscribe(s, channelNameFor(s, req.channel), c.topic));
    case 'feeds': {
      const s = await deps.settings.current();
      return { kind: 'list', title: '피드', items: s.feeds.map((f) => `${f.name}${f.enabled ? '' : ' (꺼짐)'} — ${f.url}`), empty: '피드가 없습니다.' };
    }
    case 'feeds-add': {
      const checked = await deps.checkFeed(c.url);
      if (!checked.ok) return { kind: 'failed', reason: `not added: ${checked.reason}` };
      const name = c.feedName ?? checked.title ?? new URL(c.url).host;
      return change((s) => edits.addFeed(s, { name, url: c.url, enabled: true, fetchArticle: false }));
    }
    case 'feeds-remove':
      return change((s) => edits.removeFeed(s, c.feed));
    case 'digest-now': {
      const s = await deps.settings.current();
      return { kind: 'changed', summary: await deps.digestNow(channelNameFor(s, req.channel)) };
    }
    case 'status':
      return { kind: 'list', title: '상태', items: await deps.status(), empty: '피드가 없습니다.' };
  }
}
