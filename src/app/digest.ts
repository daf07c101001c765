/**
 * Digests: a digest channel's held stories on its schedule, an instant
 * channel's alerts held through quiet hours when they end, or on request
 * (`digest now`). Nothing is sent when there is nothing new.
 */
import { buildDigest } from '../core/digest/build-digest.ts';
import type { DigestMessage } from '../core/message.ts';
import { failed, recordSent, resolveTarget, type DeliverDeps, type DeliverResult } from './deliver.ts';
import type { Delivery, DigestPayload, OutgoingMessage, StoredArticle } from './ports.ts';
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
  const parts = sink.formatDigest?.(digest, channel) ?? sink.format(digest, channel).map((payload) => ({ payload, stories: [...views.keys()] }));
  const messages = parts.map((p) => ({ channel: channelName, platform: channel.platform, articles: articles.map((a) => a.id), payload: p.payload }));
  if (opts.dryRun) return { channel: channelName, stories: views.size, messages };

  let ref: string | undefined;
  let sentParts = 0;
  try {
    for (const part of parts) {
      const out = await sink.send(channel, part.payload); // every part is sent; the first ref is kept
      ref ??= out.ref;
      sentParts++;
    }
  } catch (err) {
    return partlySent(deps, { channel: channelName, held, parts, sentParts, ref, err, stories: views.size, messages });
  }
  const at = deps.clock.now();
  await recordSent(deps, held.map((d) => ({ mark: { id: d.id, at, ref }, delivery: d })));
  deps.logger.info({ channel: channelName, stories: views.size, messages: parts.length, reason: opts.reason }, 'digest sent');
  return { channel: channelName, stories: views.size, messages };
}

/**
 * A digest whose sending failed after `sentParts` of its messages. Rules:
 * - the held deliveries of stories a sent message showed are marked sent:
 *   sending them again would repeat them in the channel;
 * - the rest go back on hold, to be retried as a digest (never as single
 *   alerts), with the backoff and attempt count of any failed delivery;
 * - with nothing sent, that is the whole digest.
 */
async function partlySent(
  deps: DeliverDeps,
  run: { channel: string; held: Delivery[]; parts: DigestPayload[]; sentParts: number; ref: string | undefined; err: unknown; stories: number; messages: OutgoingMessage[] },
): Promise<DigestRun> {
  const shown = new Set(run.parts.slice(0, run.sentParts).flatMap((p) => p.stories));
  const done = run.held.filter((d) => shown.has(d.article.storyId ?? d.article.id));
  const rest = run.held.filter((d) => !shown.has(d.article.storyId ?? d.article.id));
  const at = deps.clock.now();
  await recordSent(deps, done.map((d) => ({ mark: { id: d.id, at, ref: run.ref }, delivery: d })));
  const result: DeliverResult = { sent: [], retrying: 0, failed: 0 };
  if (rest.length) await failed(rest, run.err, deps, result, (ids, until, message) => deps.store.returnToHeld(ids, until, message));
  if (run.sentParts > 0) {
    deps.logger.warn(
      { channel: run.channel, sentMessages: run.sentParts, messages: run.parts.length, storiesShown: shown.size, heldAgain: rest.length },
      'digest sent in part: the stories its sent messages showed are marked sent, the rest stay held for the retry',
    );
  }
  const message = run.err instanceof Error ? run.err.message : String(run.err);
  return { channel: run.channel, stories: run.stories, messages: run.messages.slice(0, run.sentParts), skipped: message };
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
