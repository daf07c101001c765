import { existsSync } from 'node:fs';
import { loadStoryViews } from '../../app/story-view.ts';
import { composeApp } from '../../compose/app.ts';
import { checkUsage } from '../args.ts';
import type { CommandContext } from '../context.ts';
import { writeJson, writeLine } from '../context.ts';
import { onceJson, onceSummary } from '../cycle-report.ts';
import { createProgress } from '../progress.ts';

export async function onceCommand(ctx: CommandContext): Promise<number> {
  checkUsage(ctx.args, ['json', 'dry-run', 'force'], 0);
  const config = ctx.loadConfig();
  const { json, 'dry-run': dryRun = false, force } = ctx.args.values;
  // A dry run changes nothing, not even by creating the database file.
  const database = dryRun && config.database !== ':memory:' && !existsSync(config.database) ? ':memory:' : config.database;
  // With --json, stdout carries exactly one JSON document: console alerts go to stderr.
  const alertsOut = json ? ctx.io.stderr : ctx.io.stdout;
  const app = composeApp({ config: { ...config, database }, env: ctx.env, logger: ctx.logger, stdout: alertsOut });
  const progress = createProgress(ctx.io.stderr, 'polling feeds');
  try {
    const result = await app.once({ dryRun, force, onFeedDone: (d, t) => progress.update(d, t) });
    progress.done();
    if (json) {
      const stories = await loadStoryViews(app.store, [...result.cycle.stories], result.cycle.preview?.values());
      writeJson(ctx.io.stdout, onceJson(result, config.timezone, stories));
    } else {
      if (dryRun) {
        for (const m of result.messages) writeLine(ctx.io.stdout, `[dry run] → ${m.channel} (${m.platform})\n${String(typeof m.payload === 'string' ? m.payload : JSON.stringify(m.payload))}\n`);
      }
      writeLine(ctx.io.stderr, onceSummary(result, dryRun));
    }
    return 0;
  } finally {
    progress.done();
    await app.close();
  }
}
