/**
 * INTERACTION_CREATE payloads shaped as Discord sends them over the gateway
 * (discord-api-docs interactions/receiving-and-responding.mdx): a slash
 * command (type 2) whose data.options hold the subcommand (type 1) with its
 * options nested, or an autocomplete (type 4) with the focused option marked.
 * In a guild the user comes inside `member` with role ids and the member's
 * permissions as a decimal string bitfield; in a DM as `user`.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  InteractionContextType,
  InteractionType,
  PermissionFlagsBits,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIUser,
} from 'discord-api-types/v10';

export const GUILD_ID = '1200000000000000001';
export const CHANNEL_ID = '1200000000000000002';
export const COMMAND_ID = '1200000000000000003';

export interface Invoker {
  userId?: string;
  username?: string;
  /** Role ids of the member. */
  roles?: string[];
  /** The member's permissions in the channel. Default: read and write, no Manage Server. */
  permissions?: bigint;
  /** False: a DM with the bot (no guild, no member). */
  inGuild?: boolean;
  channelId?: string;
}

export const MEMBER_PERMISSIONS = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.UseApplicationCommands;
export const MANAGER_PERMISSIONS = MEMBER_PERMISSIONS | PermissionFlagsBits.ManageGuild;

let nextId = 1400000000000000000n;
const snowflake = () => String(++nextId);

type OptionValue = string | number;

function basicOptions(values: Record<string, OptionValue>, focused?: string): APIApplicationCommandInteractionDataBasicOption[] {
  return Object.entries(values).map(([name, value]) => {
    const focus = name === focused ? { focused: true } : {};
    return typeof value === 'number'
      ? { name, type: ApplicationCommandOptionType.Integer, value, ...focus }
      : { name, type: ApplicationCommandOptionType.String, value, ...focus };
  });
}

function envelope(who: Invoker, applicationId: string) {
  const user: APIUser = { id: who.userId ?? '1500000000000000001', username: who.username ?? 'minji', discriminator: '0', global_name: null, avatar: null };
  const channelId = who.channelId ?? CHANNEL_ID;
  const inGuild = who.inGuild ?? true;
  const place = inGuild
    ? {
        guild_id: GUILD_ID,
        guild_locale: 'ko',
        channel: { id: channelId, type: ChannelType.GuildText, guild_id: GUILD_ID, name: 'news' },
        member: {
          user,
          roles: who.roles ?? [],
          permissions: String(who.permissions ?? MEMBER_PERMISSIONS),
          joined_at: '2025-01-01T00:00:00.000Z',
          deaf: false,
          mute: false,
          flags: 0,
        },
        context: InteractionContextType.Guild,
      }
    : { user, channel: { id: channelId, type: ChannelType.DM, recipients: [user] }, context: InteractionContextType.BotDM };
  return {
    id: snowflake(),
    application_id: applicationId,
    token: `interaction-token-${snowflake()}`,
    version: 1,
    channel_id: channelId,
    app_permissions: String(MEMBER_PERMISSIONS),
    locale: 'ko',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    attachment_size_limit: 10_485_760,
    ...place,
  };
}

export interface CommandTarget {
  applicationId: string;
  commandName?: string;
}

/** `/news <subcommand> name:value…` as Discord delivers it. */
export function slashCommand(target: CommandTarget, subcommand: string, values: Record<string, OptionValue> = {}, who: Invoker = {}) {
  return {
    ...envelope(who, target.applicationId),
    type: InteractionType.ApplicationCommand,
    data: {
      id: COMMAND_ID,
      name: target.commandName ?? 'news',
      type: ApplicationCommandType.ChatInput,
      ...(who.inGuild === false ? {} : { guild_id: GUILD_ID }),
      options: [{ name: subcommand, type: ApplicationCommandOptionType.Subcommand, options: basicOptions(values) }],
    },
  };
}

/** The user is typing into `focused` (its partial value is in `values`). */
export function autocomplete(target: CommandTarget, subcommand: string, values: Record<string, OptionValue>, focused: string, who: Invoker = {}) {
  const command = slashCommand(target, subcommand, {}, who);
  return {
    ...command,
    type: InteractionType.ApplicationCommandAutocomplete,
    data: { ...command.data, options: [{ name: subcommand, type: ApplicationCommandOptionType.Subcommand, options: basicOptions(values, focused) }] },
  };
}
