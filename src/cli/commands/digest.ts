import { composeApp } from '../../compose/app.ts';
import { UsageError } from '../../core/errors.ts';
import { checkUsage } from '../args.ts';
import { writeJson, writeLine, type CommandContext } from '../context.ts';

const DAY_MS = 86_400_000;

/**
 * `digest [--channel NAME] [--dry-run] [--json]`: builds a digest now. A
 * digest channel gets its held stories; an instant channel its stories of
 * the last 24 h. Without --channel, every digest channel.
 */
export async function digestCommand(ctx: CommandContext): Promise<number> {
  checkUsage(ctx.args, ['channel', 'dry-run', 'json'], 0);
  const config = ctx.loadConfig();
  const { json, 'dry-run': dryRun = false, channel } = ctx.args.values;
  const app = composeApp({ config, env: ctx.env, logger: ctx.logger, stdout: json ? ctx.io.stderr : ctx.io.stdout });
  try {
    const channels = await app.channels();
    const names = channel ? [channel] : channels.filter((c) => c.mode === 'digest').map((c) => c.name);
    if (channel && !channels.some((c) => c.name === channel)) {
      throw new UsageError(`no channel "${channel}" (channels: ${channels.map((c) => c.name).join(', ') || 'none'})`);
    }
    if (names.length === 0) throw new UsageError('no digest channels: give --channel NAME');
    const runs = [];
    for (const name of names) {
      const mode = channels.find((c) => c.name === name)?.mode;
      runs.push(await app.digest(name, { reason: 'manual', dryRun, ...(mode === 'instant' ? { recentMs: DAY_MS } : {}) }));
    }
    if (json) {
      writeJson(ctx.io.stdout, { digests: runs.map((r) => ({ channel: r.channel, stories: r.stories, skipped: r.skipped ?? null, messages: r.messages })) });
      return 0;
    }
    for (const r of runs) {
      if (dryRun) for (const m of r.messages) writeLine(ctx.io.stdout, `[dry run] → ${m.channel} (${m.platform})\n${typeof m.payload === 'string' ? m.payload : JSON.stringify(m.payload, null, 2)}\n`);
      writeLine(ctx.io.stderr, r.skipped ? `${r.channel}: nothing sent (${r.skipped})` : `${r.channel}: ${r.stories} stor${r.stories === 1 ? 'y' : 'ies'} in ${r.messages.length} message(s)${dryRun ? ' (dry run)' : ''}`);
    }
    return 0;
  } finally {
    await app.close();
  }
}
