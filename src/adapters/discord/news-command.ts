/**
 * The /news slash command as Discord sees it (one command, one subcommand
 * per action, topic/keyword/feed options with autocomplete) and its
 * registration. Limits (discord-api-docs interactions/application-commands.mdx):
 * 25 subcommands and 25 options each, names lowercase 1–32 characters,
 * descriptions 1–100; SlashCommandBuilder checks them and throws when broken.
 */
import type { REST } from '@discordjs/rest';
import {
  InteractionContextType,
  Routes,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';

/** Subcommands whose work may take longer than the 3 s Discord gives an answer: deferred first, then edited. */
export const SLOW_SUBCOMMANDS: ReadonlySet<string> = new Set(['search', 'feeds-add', 'digest-now', 'status']);

/** The search periods offered; the text syntax takes `<n>m|h|d`. */
export const SEARCH_PERIODS = ['1h', '6h', '1d', '3d', '7d', '30d'] as const;

type Sub = SlashCommandSubcommandBuilder;
const topic = (s: Sub, description = '주제 이름') => s.addStringOption((o) => o.setName('topic').setDescription(description).setRequired(true).setAutocomplete(true));

export function newsCommandDefinition(name = 'news'): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription('뉴스 알림: 검색, 주제와 키워드, 구독, 피드')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addSubcommand((s) =>
      s
        .setName('search')
        .setDescription('최근 기사 검색')
        .addStringOption((o) => o.setName('query').setDescription('검색어').setRequired(true).setMaxLength(200))
        .addStringOption((o) =>
          o
            .setName('period')
            .setDescription('기간 (기본 7일)')
            .addChoices(...SEARCH_PERIODS.map((p) => ({ name: p, value: p }))),
        )
        .addIntegerOption((o) => o.setName('page').setDescription('쪽 번호').setMinValue(1).setMaxValue(1000)),
    )
    .addSubcommand((s) => s.setName('topics').setDescription('주제 목록 (✓ = 이 채널에서 받는 중)'))
    .addSubcommand((s) => topic(s.setName('keywords').setDescription('주제의 키워드 목록')))
    .addSubcommand((s) =>
      topic(s.setName('keywords-add').setDescription('주제에 키워드 추가 (관리자)')).addStringOption((o) =>
        o.setName('keywords').setDescription('쉼표로 구분: 피지컬 AI, 물리AI').setRequired(true).setMaxLength(500),
      ),
    )
    .addSubcommand((s) =>
      topic(s.setName('keywords-remove').setDescription('주제에서 키워드 삭제 (관리자)')).addStringOption((o) =>
        o.setName('keyword').setDescription('삭제할 키워드').setRequired(true).setAutocomplete(true),
      ),
    )
    .addSubcommand((s) =>
      s
        .setName('topics-add')
        .setDescription('주제 만들기 (관리자)')
        .addStringOption((o) => o.setName('name').setDescription('주제 이름 (예: physical-ai)').setRequired(true).setMaxLength(64))
        .addStringOption((o) => o.setName('keywords').setDescription('쉼표로 구분: 피지컬 AI, 물리AI').setRequired(true).setMaxLength(500)),
    )
    .addSubcommand((s) => topic(s.setName('topics-remove').setDescription('주제 삭제 (관리자)')))
    .addSubcommand((s) =>
      topic(s.setName('subscribe').setDescription('이 채널에서 주제 받기 (관리자)')).addStringOption((o) =>
        o
          .setName('mode')
          .setDescription('바로 받기 또는 요약으로 받기')
          .addChoices({ name: 'instant (바로)', value: 'instant' }, { name: 'digest (요약)', value: 'digest' }),
      ),
    )
    .addSubcommand((s) => topic(s.setName('unsubscribe').setDescription('이 채널에서 주제 그만 받기 (관리자)')))
    .addSubcommand((s) => s.setName('feeds').setDescription('피드 목록'))
    .addSubcommand((s) =>
      s
        .setName('feeds-add')
        .setDescription('피드 추가: 먼저 읽어 보고 저장 (관리자)')
        .addStringOption((o) => o.setName('url').setDescription('RSS/Atom 주소 (http 또는 https)').setRequired(true).setMaxLength(2000))
        .addStringOption((o) => o.setName('name').setDescription('피드 이름 (기본: 피드 제목)').setMaxLength(100)),
    )
    .addSubcommand((s) =>
      s
        .setName('feeds-remove')
        .setDescription('피드 삭제 (관리자)')
        .addStringOption((o) => o.setName('feed').setDescription('피드 이름').setRequired(true).setAutocomplete(true)),
    )
    .addSubcommand((s) => s.setName('digest-now').setDescription('이 채널의 요약 지금 받기'))
    .addSubcommand((s) => s.setName('status').setDescription('피드와 전송 상태'))
    .addSubcommand((s) => s.setName('help').setDescription('사용법'))
    .toJSON();
}

export interface RegisterCommandsOptions {
  rest: Pick<REST, 'put'>;
  applicationId: string;
  /** Registers in this guild only (shows up at once; good for testing). Unset: globally. */
  guildId?: string | undefined;
  name?: string | undefined;
}

/**
 * Bulk-overwrites the application's commands with /news alone (PUT replaces
 * the whole list: commands registered earlier under other names go away).
 */
export async function registerCommands(opts: RegisterCommandsOptions): Promise<void> {
  const route = opts.guildId ? Routes.applicationGuildCommands(opts.applicationId, opts.guildId) : Routes.applicationCommands(opts.applicationId);
  await opts.rest.put(route, { body: [newsCommandDefinition(opts.name)] });
}
