/**
 * Digests: a digest channel's held stories on its schedule, an instant
 * channel's alerts held through quiet hours when they end, or on request
 * (`digest now`). Nothing is sent when there is nothing new.
 */
import { buildDigest } from '../core/digest/build-digest.ts';
import type { DigestMessage } from '../core/message.ts';
import { failed, recordSent, resolveTarget, type DeliverDeps, type DeliverResult } from './deliver.ts';
import type { Delivery, OutgoingMessage, StoredArticle } from './ports.ts';
import { loadStoryViews } from './story-view.ts';

export interface DigestOptions {
  reason: DigestMessage['reason'];
  /** Only holds whose time has come (quiet hours over). */
  releasedOnly?: boolean | undefined;
  /** Build and return the messages; send nothing, change nothing. */
  dryRun?: boolean | undefined;
  /** With nothing held (an instant channel asking "digest now"): the channel's stories of this period instead. */
  recentMs?: number | undefined;
}

export interface DigestRun {
  channel: string;
  stories: number;
  messages: OutgoingMessage[];
  /** Why nothing was sent, when nothing was. */
  skipped?: string | undefined;
}

export async function runDigest(deps: DeliverDeps, channelName: string, opts: DigestOptions): Promise<DigestRun> {
  const now = deps.clock.now();
  const target = resolveTarget(deps, channelName, 'unknown');
  if (typeof target === 'string') return { channel: channelName, stories: 0, messages: [], skipped: target };
  const { channel, sink } = target;
  const select = { releasedOnly: Boolean(opts.releasedOnly) };
  const held: Delivery[] = opts.dryRun ? await deps.store.listHeld(channelName, now, select) : await deps.store.claimHeld(channelName, now, select);

  let articles: StoredArticle[] = held.map((d) => d.article);
  if (held.length === 0 && opts.recentMs !== undefined) {
    const since = new Date(now.getTime() - opts.recentMs);
    const wanted = new Set(channel.topics);
    articles = (await deps.store.searchArticles({ text: '', since, limit: 500 })).filter((a) => a.topics.some((t) => wanted.has(t)));
  }
  const storyIds = [...new Set(articles.map((a) => a.storyId ?? a.id))];
  const views = await loadStoryViews(deps.store, storyIds);
  const since = articles.length ? new Date(Math.min(...articles.map((a) => a.firstSeenAt.getTime()))) : undefined;
  const digest = buildDigest([...views.values()], { topics: channel.topics, maxStories: channel.digest.maxStories, since, until: now, reason: opts.reason });
  if (!digest) {
    await recordSent(deps, held.map((d) => ({ mark: { id: d.id, at: now }, delivery: d })));
    return { channel: channelName, stories: 0, messages: [], skipped: 'nothing new' };
  }
  const payloads = sink.format(digest, channel);
  const messages = payloads.map((payload) => ({ channel: channelName, platform: channel.platform, articles: articles.map((a) => a.id), payload }));
  if (opts.dryRun) return { channel: channelName, stories: views.size, messages };

  let ref: string | undefined;
  try {
    for (const payload of payloads) {
      const out = await sink.send(channel, payload); // every payload: `ref ??= (await send()).ref` skipped the rest once a ref was known
      ref ??= out.ref;
    }
  } catch (err) {
    const result: DeliverResult = { sent: [], retrying: 0, failed: 0 };
    // A digest that failed goes back on hold as a whole, to be retried as a digest (never as single alerts).
    await failed(held, err, deps, result, (ids, at, message) => deps.store.returnToHeld(ids, at, message));
    return { channel: channelName, stories: views.size, messages: [], skipped: err instanceof Error ? err.message : String(err) };
  }
  const at = deps.clock.now();
  await recordSent(deps, held.map((d) => ({ mark: { id: d.id, at, ref }, delivery: d })));
  deps.logger.info({ channel: channelName, stories: views.size, messages: payloads.length, reason: opts.reason }, 'digest sent');
  return { channel: channelName, stories: views.size, messages };
}

/** Sends the digests of channels whose quiet hours have ended (and retries failed digests). */
export async function flushQuietHours(deps: DeliverDeps): Promise<DigestRun[]> {
  const channels = await deps.store.channelsWithReleasedHolds(deps.clock.now());
  const runs: DigestRun[] = [];
  for (const ch of channels) {
    // A digest channel's holds are released early only when its digest failed and is being retried.
    const reason = deps.channels.get(ch)?.mode === 'digest' ? 'schedule' : 'quiet-hours';
    runs.push(await runDigest(deps, ch, { reason, releasedOnly: true }));
  }
  return runs;
}
