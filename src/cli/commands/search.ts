import { existsSync } from 'node:fs';
import { openSqliteStore } from '../../adapters/store/sqlite-store.ts';
import { UsageError } from '../../core/errors.ts';
import { matchedTerms } from '../../core/format/matched-terms.ts';
import { parseDuration } from '../../core/time/duration.ts';
import { formatIsoInZone, formatLocal } from '../../core/time/format.ts';
import { checkUsage } from '../args.ts';
import { writeJson, writeLine, type CommandContext } from '../context.ts';

/** `search <query> [--since 7d] [--limit N] [--json]` over stored articles, newest first. */
export async function searchCommand(ctx: CommandContext): Promise<number> {
  checkUsage(ctx.args, ['since', 'limit', 'json'], Number.POSITIVE_INFINITY);
  const text = ctx.args.positionals.join(' ').trim();
  let sinceMs: number;
  try {
    sinceMs = parseDuration(ctx.args.values.since ?? '7d');
  } catch (err) {
    throw new UsageError(`--since: ${(err as Error).message}`);
  }
  const limit = Number(ctx.args.values.limit ?? '20');
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit must be a whole number from 1 to 1000');
  const config = ctx.loadConfig();
  if (config.database !== ':memory:' && !existsSync(config.database)) {
    writeLine(ctx.io.stderr, `No database at ${config.database} yet: nothing has been collected.`);
    return 1;
  }
  const store = openSqliteStore(config.database);
  try {
    const found = await store.searchArticles({ text, since: new Date(Date.now() - sinceMs), limit });
    const tz = config.timezone;
    if (ctx.args.values.json) {
      writeJson(ctx.io.stdout, {
        query: text,
        results: found.map((a) => ({
          id: a.id,
          feed: a.feed,
          title: a.title,
          url: a.url ?? null,
          published: formatIsoInZone(a.published, tz),
          topics: a.topics,
          keywords: [...new Set(a.hits.map((h) => h.keyword))],
        })),
      });
      return 0;
    }
    if (found.length === 0) writeLine(ctx.io.stdout, `No articles${text ? ` matching "${text}"` : ''} in the last ${ctx.args.values.since ?? '7d'}.`);
    for (const a of found) {
      const terms = matchedTerms(a.hits);
      writeLine(ctx.io.stdout, `${formatLocal(a.published, tz)}  ${a.title}`);
      writeLine(ctx.io.stdout, `  ${a.feed}${a.topics.length ? ` · ${a.topics.join(', ')}` : ''}${terms.length ? ` — ${terms.join(', ')}` : ''}`);
      if (a.url) writeLine(ctx.io.stdout, `  ${a.url}`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
