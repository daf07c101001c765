import { configJsonSchema } from '../../config/json-schema.ts';
import { checkUsage } from '../args.ts';
import { writeLine, type CommandContext } from '../context.ts';

/** Validates the configuration without starting anything. Errors (exit 2) are printed by main. */
export async function checkConfigCommand(ctx: CommandContext): Promise<number> {
  checkUsage(ctx.args, [], 0);
  const c = ctx.loadConfig();
  const enabled = c.feeds.filter((f) => f.enabled).length;
  writeLine(
    ctx.io.stdout,
    `${ctx.configPath}: OK — ${enabled} feed(s)${enabled < c.feeds.length ? ` (+${c.feeds.length - enabled} disabled)` : ''}, ` +
      `${c.topics.length} topic(s), ${c.channels.length} channel(s); database ${c.database}; schedule "${c.poll.schedule}" (${c.timezone})`,
  );
  return 0;
}

export async function schemaCommand(ctx: CommandContext): Promise<number> {
  checkUsage(ctx.args, [], 0);
  ctx.io.stdout.write(configJsonSchema());
  return 0;
}
