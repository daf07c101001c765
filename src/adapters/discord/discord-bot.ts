/**
 * The Discord bot: connects to the gateway, answers /news slash commands
 * (through the platform-neutral executeCommand, so Slack and Discord share
 * one set of rules) and their autocomplete. Every answer is ephemeral and
 * carries `allowed_mentions: { parse: [] }`. A failing command is logged and
 * answered with an error; it never takes the client down.
 */
import type { REST } from '@discordjs/rest';
import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  type APIInteractionGuildMember,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type GuildMember,
  type Interaction,
  type MessageMentionTypes,
} from 'discord.js';
import { executeCommand, type CommandDeps } from '../../app/commands/execute-command.ts';
import type { Reply } from '../../app/commands/reply.ts';
import type { Logger } from '../../app/ports.ts';
import type { DiscordMessage } from '../../core/format/discord/discord-message.ts';
import { autocompleteChoices } from './autocomplete-choices.ts';
import { MAX_INLINE_WAIT_MS } from './discord-rest.ts';
import { interactionToText, type OptionValues } from './interaction-to-text.ts';
import { SLOW_SUBCOMMANDS } from './news-command.ts';
import { renderDiscordReply } from './render-reply.ts';

export interface AutocompleteSource {
  topics(): Promise<string[]>;
  keywords(topic: string): Promise<string[]>;
  feeds(): Promise<string[]>;
}

export interface DiscordBotOptions {
  token: string;
  /** Default `https://discord.com/api`; tests point it at the fake. */
  apiBase?: string | undefined;
  /** The registered command name, without the slash ("news"). */
  commandName: string;
  /** Role ids whose members may change settings, besides those with Manage Server. */
  adminRoles: readonly string[];
  commands: CommandDeps;
  logger: Logger;
  autocomplete: AutocompleteSource;
  /** Zone of the times shown in search results. Default Asia/Seoul (the configuration's default). */
  timeZone?: string | undefined;
  topicColors?: Readonly<Record<string, number>> | undefined;
}

export interface DiscordBot {
  /** Logs in and resolves once the gateway session is ready. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The client's REST (bot token set), e.g. for registerCommands or the bot sink. */
  readonly rest: REST;
}

const NO_MENTIONS = { parse: [] as MessageMentionTypes[] };
const ERROR_REASON = '명령을 처리하지 못했습니다. 잠시 후 다시 시도하세요.';

type Member = GuildMember | APIInteractionGuildMember | null;

/** Role ids of a member: a raw API member (guild not cached) lists ids, a cached GuildMember has a role manager. */
function roleIds(member: Member): string[] {
  if (!member) return [];
  return Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
}

/** Manage Server (Administrator included) or an admin role; nobody is an admin in a DM, where there are no roles. */
function isInteractionAdmin(i: ChatInputCommandInteraction, adminRoles: readonly string[]): boolean {
  if (!i.inGuild()) return false;
  if (i.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  return roleIds(i.member).some((id) => adminRoles.includes(id));
}

/** The options of the invoked subcommand (Discord nests them in the subcommand option), by name. */
function subcommandOptions(i: ChatInputCommandInteraction): OptionValues {
  const values: Record<string, string | number | boolean | undefined> = {};
  for (const o of i.options.data[0]?.options ?? []) values[o.name] = o.value;
  return values;
}

export function createDiscordBot(opts: DiscordBotOptions): DiscordBot {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    rest: {
      ...(opts.apiBase ? { api: opts.apiBase } : {}),
      timeout: 15_000,
      retries: 1,
      // An unexpected 429 would otherwise be retried forever (shared/notes/libraries.md §2).
      rejectOnRateLimit: (data) => data.retryAfter > MAX_INLINE_WAIT_MS,
    },
  });
  // Usable before start() (registerCommands); login() sets the same token, without a "Bot " prefix.
  client.rest.setToken(opts.token.replace(/^(Bot|Bearer)\s*/i, ''));
  const ctx = { timeZone: opts.timeZone ?? 'Asia/Seoul', topicColors: opts.topicColors };
  const label = `/${opts.commandName}`;
  const log = opts.logger;

  async function send(i: ChatInputCommandInteraction, m: DiscordMessage): Promise<void> {
    const body = { embeds: m.embeds, allowedMentions: NO_MENTIONS, ...(m.content !== undefined ? { content: m.content } : {}) };
    if (i.deferred || i.replied) await i.editReply(body);
    else await i.reply({ ...body, flags: MessageFlags.Ephemeral });
  }

  async function onCommand(i: ChatInputCommandInteraction): Promise<void> {
    const sub = i.options.getSubcommand(false) ?? 'help';
    const where = { command: `${label} ${sub}`, user: i.user.id, channel: i.channelId, guild: i.guildId };
    log.debug(where, 'discord command');
    try {
      // Discord waits 3 s for an answer; these may take longer, so acknowledge first.
      if (SLOW_SUBCOMMANDS.has(sub)) await i.deferReply({ flags: MessageFlags.Ephemeral });
      const built = interactionToText(sub, subcommandOptions(i));
      const reply: Reply = built.ok
        ? await executeCommand(
            {
              platform: 'discord',
              commandName: label,
              text: built.text,
              user: { id: i.user.id, name: i.user.username },
              channel: { platform: 'discord', address: i.channelId },
              isAdmin: async () => isInteractionAdmin(i, opts.adminRoles),
            },
            opts.commands,
          )
        : { kind: 'usage', error: built.error, usage: 'help', command: label };
      await send(i, renderDiscordReply(reply, ctx));
    } catch (err) {
      log.error({ ...where, err }, `discord command failed: ${err instanceof Error ? err.message : String(err)}`);
      try {
        await send(i, renderDiscordReply({ kind: 'failed', reason: ERROR_REASON }, ctx));
      } catch (sendErr) {
        log.warn({ ...where, err: sendErr }, 'could not send the error reply (interaction expired?)');
      }
    }
  }

  async function suggestions(i: AutocompleteInteraction, option: string): Promise<string[]> {
    if (option === 'topic') return opts.autocomplete.topics();
    if (option === 'keyword') return opts.autocomplete.keywords(i.options.getString('topic') ?? '');
    if (option === 'feed') return opts.autocomplete.feeds();
    return [];
  }

  async function onAutocomplete(i: AutocompleteInteraction): Promise<void> {
    const focused = i.options.getFocused(true);
    let values: string[] = [];
    try {
      values = await suggestions(i, focused.name);
    } catch (err) {
      // No suggestions is a usable answer: the user can still type the value.
      log.warn({ option: focused.name, user: i.user.id, err }, 'discord autocomplete source failed');
    }
    await i.respond(autocompleteChoices(values, String(focused.value)));
  }

  client.on(Events.InteractionCreate, (i: Interaction) => {
    const run = i.isChatInputCommand() && i.commandName === opts.commandName
      ? onCommand(i)
      : i.isAutocomplete() && i.commandName === opts.commandName
        ? onAutocomplete(i)
        : undefined;
    run?.catch((err: unknown) => log.error({ interaction: i.id, user: i.user.id, channel: i.channelId, err }, 'discord interaction failed'));
  });
  // Without a listener, an 'error' event would throw and end the process.
  client.on(Events.Error, (err) => log.error({ err }, `discord client error: ${err.message}`));
  client.on(Events.Warn, (message) => log.warn({}, `discord: ${message}`));

  return {
    rest: client.rest,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(opts.token);
      await ready;
      log.info({ user: client.user?.tag, command: label }, 'discord bot connected');
    },
    async stop() {
      await client.destroy();
      log.info({}, 'discord bot stopped');
    },
  };
}
