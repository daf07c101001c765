import { createRestClient } from '../../adapters/discord/discord-rest.ts';
import { registerCommands } from '../../adapters/discord/news-command.ts';
import { ConfigError, UsageError } from '../../core/errors.ts';
import { checkUsage } from '../args.ts';
import { writeLine, type CommandContext } from '../context.ts';

/**
 * `register-commands [--guild ID]`: registers the Discord /news command (a
 * bulk overwrite). With --guild it is guild-scoped and updates at once,
 * which is what you want while testing; global commands can take a while.
 */
export async function registerCommandsCommand(ctx: CommandContext): Promise<number> {
  checkUsage(ctx.args, ['guild'], 0);
  const config = ctx.loadConfig({ checkSecrets: false });
  const { token, applicationId, apiUrl } = ctx.env.discord;
  const missing = [!token && 'DISCORD_TOKEN', !applicationId && 'DISCORD_APPLICATION_ID'].filter(Boolean) as string[];
  if (missing.length) throw new ConfigError(ctx.configPath, missing.map((v) => ({ path: '', message: `register-commands needs ${v} in the environment` })));
  const guildId = ctx.args.values.guild;
  if (guildId !== undefined && !/^\d{17,20}$/.test(guildId)) throw new UsageError('--guild must be a server id (17–20 digits)');
  const rest = createRestClient(token, apiUrl);
  await registerCommands({ rest, applicationId: applicationId as string, ...(guildId ? { guildId } : {}), name: config.discord.command });
  writeLine(ctx.io.stdout, `/${config.discord.command} registered ${guildId ? `in server ${guildId} (available now)` : 'globally (may take up to an hour to appear)'}`);
  return 0;
}
