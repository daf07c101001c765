import { existsSync } from 'node:fs';
import { openSqliteStore } from '../../adapters/store/sqlite-store.ts';
import type { DeliveryCount, FeedState, Heartbeat, Store } from '../../app/ports.ts';
import type { Config } from '../../config/schema.ts';
import { settingsFromConfig } from '../../compose/settings-from-config.ts';
import { formatIsoInZone, formatLocal } from '../../core/time/format.ts';
import { parseDuration } from '../../core/time/duration.ts';
import { UsageError } from '../../core/errors.ts';
import { judgeHeartbeat } from '../../app/health.ts';
import { checkUsage } from '../args.ts';
import { writeJson, writeLine, type CommandContext } from '../context.ts';
import { renderTable, truncate } from '../table.ts';

function openExisting(config: Config): Store | undefined {
  if (config.database !== ':memory:' && !existsSync(config.database)) return undefined;
  return openSqliteStore(config.database);
}

interface StatusData {
  heartbeat: Heartbeat | undefined;
  feeds: { name: string; url: string; enabled: boolean; state: FeedState | undefined }[];
  deliveries: DeliveryCount[];
}

async function readStatus(config: Config, store: Store): Promise<StatusData & { channels: string[] }> {
  const states = new Map((await store.listFeedStates()).map((s) => [s.url, s]));
  // The database holds the settings changed from chat; the file only seeds them.
  const settings = (await store.getSettings())?.settings ?? settingsFromConfig(config);
  return {
    heartbeat: await store.getHeartbeat(),
    feeds: settings.feeds.map((f) => ({ name: f.name, url: f.url, enabled: f.enabled, state: states.get(f.url) })),
    deliveries: await store.deliveryCounts(),
    channels: settings.channels.map((c) => c.name),
  };
}

/** `status`: each feed's last fetch, result, failures and next poll, plus the outbox per channel. */
export async function statusCommand(ctx: CommandContext): Promise<number> {
  checkUsage(ctx.args, ['json'], 0);
  const config = ctx.loadConfig();
  const tz = config.timezone;
  const store = openExisting(config);
  if (!store) {
    writeLine(ctx.io.stderr, `No database at ${config.database} yet: run "news-alert once" or "news-alert run" first.`);
    return 1;
  }
  try {
    const s = await readStatus(config, store);
    if (ctx.args.values.json) {
      const iso = (d: Date | undefined) => (d ? formatIsoInZone(d, tz) : null);
      writeJson(ctx.io.stdout, {
        worker: s.heartbeat ? { lastCycleAt: iso(s.heartbeat.lastCycleAt), nextCycleAt: iso(s.heartbeat.nextCycleAt) } : null,
        feeds: s.feeds.map(({ name, url, enabled, state }) => ({
          name,
          url,
          enabled,
          lastFetchAt: iso(state?.lastFetchAt),
          lastSuccessAt: iso(state?.lastSuccessAt),
          result: state?.lastStatus ?? null,
          error: state?.lastError ?? null,
          failures: state?.consecutiveFailures ?? 0,
          nextPollAt: iso(state?.nextPollAt),
          items: state?.lastItemCount ?? null,
        })),
        deliveries: s.deliveries,
      });
      return 0;
    }
    const when = (d: Date | undefined) => (d ? formatLocal(d, tz) : '—');
    writeLine(
      ctx.io.stdout,
      s.heartbeat
        ? `Worker: last cycle ${when(s.heartbeat.lastCycleAt)}, next ${when(s.heartbeat.nextCycleAt)} (${tz})`
        : `Worker: no cycle recorded by "news-alert run" yet (${tz})`,
    );
    writeLine(ctx.io.stdout);
    const rows = s.feeds.map(({ name, enabled, state }) => {
      const result = !enabled
        ? 'disabled'
        : !state?.lastStatus
          ? 'never polled'
          : state.lastStatus === 'error'
            ? `error: ${truncate(state.lastError ?? '', 60)}`
            : state.lastStatus === 'ok'
              ? `ok (${state.lastItemCount ?? 0} items)`
              : 'not modified';
      const next = state?.nextPollAt ? when(state.nextPollAt) : 'on schedule';
      return [truncate(name, 24), when(state?.lastFetchAt), result, String(state?.consecutiveFailures ?? 0), next];
    });
    writeLine(ctx.io.stdout, renderTable(['FEED', 'LAST FETCH', 'RESULT', 'FAILURES', 'NEXT POLL'], rows));
    writeLine(ctx.io.stdout);
    const channels = [...new Set([...s.channels, ...s.deliveries.map((d) => d.channel)])];
    const drows = channels.map((ch) => {
      const of = (st: string) => s.deliveries.find((d) => d.channel === ch && d.status === st);
      const n = (st: string) => String(of(st)?.count ?? 0);
      const lastError = of('failed')?.lastError ?? of('pending')?.lastError ?? '';
      return [ch, n('sent'), n('pending'), n('held'), n('failed'), n('unknown'), truncate(lastError, 60)];
    });
    writeLine(ctx.io.stdout, renderTable(['CHANNEL', 'SENT', 'PENDING', 'HELD', 'FAILED', 'UNKNOWN', 'LAST ERROR'], drows));
    return 0;
  } finally {
    await store.close();
  }
}

/**
 * `health`: exit 0 when the worker finished a cycle recently. Used by the
 * Docker HEALTHCHECK. "Recently" = before its next planned cycle plus a
 * grace period for a slow cycle.
 */
export async function healthCommand(ctx: CommandContext): Promise<number> {
  checkUsage(ctx.args, ['since'], 0);
  const config = ctx.loadConfig();
  let graceMs: number;
  try {
    graceMs = parseDuration(ctx.args.values.since ?? '5m');
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const store = openExisting(config);
  if (!store) {
    writeLine(ctx.io.stderr, `unhealthy: no database at ${config.database}`);
    return 1;
  }
  try {
    const verdict = judgeHeartbeat(await store.getHeartbeat(), new Date(), { lateGraceMs: graceMs });
    writeLine(verdict.ok ? ctx.io.stdout : ctx.io.stderr, `${verdict.ok ? 'healthy' : 'unhealthy'}: ${verdict.detail}`);
    return verdict.ok ? 0 : 1;
  } finally {
    await store.close();
  }
}
