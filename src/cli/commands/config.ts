import { userInfo } from 'node:os';
import { stringify } from 'yaml';
import { composeApp } from '../../compose/app.ts';
import { UsageError } from '../../core/errors.ts';
import { formatDuration } from '../../core/time/duration.ts';
import { formatIsoInZone } from '../../core/time/format.ts';
import { checkUsage } from '../args.ts';
import { writeJson, writeLine, type CommandContext } from '../context.ts';

/**
 * `config export`: the effective configuration as YAML — the file's settings
 * with the feeds, topics and channels the database holds (changed from chat).
 * `config import`: replace the database's feeds, topics and channels with the file's.
 */
export async function configCommand(ctx: CommandContext): Promise<number> {
  checkUsage(ctx.args, [], 1);
  const sub = ctx.args.positionals[0];
  if (sub !== 'export' && sub !== 'import') throw new UsageError('use "config export" or "config import"');
  const config = ctx.loadConfig();
  const app = composeApp({ config, env: ctx.env, logger: ctx.logger, stdout: ctx.io.stdout });
  try {
    if (sub === 'import') {
      await app.settings.importFromFile({ platform: 'cli', user: userInfo().username, action: 'config import' });
      writeLine(ctx.io.stdout, `feeds, topics and channels replaced with those of ${ctx.configPath}`);
      return 0;
    }
    const s = await app.settings.current();
    const { $schema: _schema, retention: _unused, ...rest } = config;
    const effective = {
      ...rest,
      backfill: { ...config.backfill, maxAge: formatDuration(config.backfill.maxAge) },
      stories: { window: formatDuration(config.stories.window) },
      feeds: s.feeds,
      topics: s.topics,
      channels: s.channels.map(({ address, ...c }) =>
        c.platform === 'slack' || c.platform === 'discord' ? { ...c, channel: address } : address ? { ...c, url: address } : c,
      ),
    };
    ctx.io.stdout.write(`# yaml-language-server: $schema=./schema.json\n${stringify(effective, { lineWidth: 0 })}`);
    return 0;
  } finally {
    await app.close();
  }
}

/** `audit [--limit N] [--json]`: who changed what, when, from where. */
export async function auditCommand(ctx: CommandContext): Promise<number> {
  checkUsage(ctx.args, ['limit', 'json'], 0);
  const limit = Number(ctx.args.values.limit ?? '50');
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a positive whole number');
  const config = ctx.loadConfig();
  const app = composeApp({ config, env: ctx.env, logger: ctx.logger, stdout: ctx.io.stdout });
  try {
    await app.settings.current(); // seeds a new database, so the log starts with the seed
    const entries = await app.store.listAudit(limit);
    if (ctx.args.values.json) {
      writeJson(ctx.io.stdout, { audit: entries.map((e) => ({ ...e, at: formatIsoInZone(e.at, config.timezone) })) });
      return 0;
    }
    for (const e of entries) writeLine(ctx.io.stdout, `${formatIsoInZone(e.at, config.timezone)}  ${e.platform}  ${e.user}  ${e.action}  → ${e.summary}`);
    return 0;
  } finally {
    await app.close();
  }
}
