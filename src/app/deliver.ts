/**
 * The delivery worker: sends what the outbox holds. Deliveries are claimed
 * (committed as 'sending') before they are sent, so a crash can never send
 * one twice; channels are worked in parallel, each channel in order. The
 * worker decides per error: retry later (backoff or Retry-After), or give up
 * (permanent errors, too many attempts, channel no longer configured).
 */
import { DeliveryError } from '../core/errors.ts';
import type { OutboundMessage, StoryView } from '../core/message.ts';
import { nextDeliveryAttempt } from '../core/schedule/backoff.ts';
import type { ChannelSink, ChannelTarget, Clock, Delivery, Logger, OutgoingMessage, SentMark, Store } from './ports.ts';
import { loadStoryViews, sourceOf, storyViewFrom } from './story-view.ts';

export interface DeliverChannel extends ChannelTarget {
  topics: string[];
  mode: 'instant' | 'digest';
  digest: { schedule: string; maxStories: number };
}

export interface DeliverDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Sinks by platform. */
  sinks: ReadonlyMap<string, ChannelSink>;
  /** Channels by name, as the settings have them now. */
  channels: ReadonlyMap<string, DeliverChannel>;
  maxAttempts: number;
}

export interface DeliverResult {
  sent: OutgoingMessage[];
  retrying: number;
  failed: number;
}

/** Claims and sends due deliveries until none are left. */
export async function deliverDue(deps: DeliverDeps, opts: { batch?: number; signal?: AbortSignal | undefined } = {}): Promise<DeliverResult> {
  const result: DeliverResult = { sent: [], retrying: 0, failed: 0 };
  const batch = opts.batch ?? 100;
  for (;;) {
    if (opts.signal?.aborted) break;
    const due = await deps.store.claimDueDeliveries(deps.clock.now(), batch);
    if (due.length === 0) break;
    const byChannel = new Map<string, Delivery[]>();
    for (const d of due) {
      const list = byChannel.get(d.channel);
      if (list) list.push(d);
      else byChannel.set(d.channel, [d]);
    }
    await Promise.all([...byChannel.values()].map((list) => sendInOrder(list, deps, result)));
    if (due.length < batch) break;
  }
  return result;
}

async function sendInOrder(list: Delivery[], deps: DeliverDeps, result: DeliverResult): Promise<void> {
  // Pace messages to one channel (Slack: about one per second per channel).
  const gap = deps.sinks.get(list[0]?.platform ?? '')?.minIntervalMs ?? 0;
  // An unpaced sink sends the whole list at once, so its stories are read in one query. A paced
  // one reads each story as its message goes: another outlet may report it in the meantime.
  const views = gap > 0 ? undefined : await prefetchViews(list, deps);
  // An unpaced sink's sends are recorded together too (one commit, not one per message).
  const sent = new SentRecords(deps, gap > 0 ? 1 : list.length);
  let last = 0;
  for (const d of list) {
    const wait = last + gap - Date.now();
    if (gap > 0 && wait > 0) await new Promise((r) => setTimeout(r, wait));
    await sendOne(d, deps, result, views, sent);
    last = Date.now();
  }
  await sent.flush();
}

/**
 * Records sent deliveries, `batch` at a time. Rules:
 * - A delivery is marked sent only after its platform took it; until then it
 *   is 'sending', which a restart turns 'unknown' (never resent). So a batch
 *   waiting to be written risks nothing but the word 'sent' on a crash.
 * - An update looks up the reference of the alert it threads under: the
 *   pending records are written before that (flush), so it always finds it.
 * - A record that cannot be written is logged and left 'sending', never
 *   retried (recordSent).
 */
class SentRecords {
  private pending: { mark: SentMark; delivery: Delivery }[] = [];

  constructor(
    private readonly deps: DeliverDeps,
    private readonly batch: number,
  ) {}

  async add(mark: SentMark, delivery: Delivery): Promise<void> {
    this.pending.push({ mark, delivery });
    if (this.pending.length >= this.batch) await this.flush();
  }

  async flush(): Promise<void> {
    const records = this.pending;
    this.pending = [];
    await recordSent(this.deps, records);
  }
}

/**
 * Marks deliveries whose messages went out as sent, in one write. When that
 * write fails they stay 'sending' ('unknown' after a restart): logged, never
 * retried, since sending them again would repeat the messages.
 */
export async function recordSent(deps: Pick<DeliverDeps, 'store' | 'logger'>, records: readonly { mark: SentMark; delivery: Delivery }[]): Promise<void> {
  if (records.length === 0) return;
  try {
    await deps.store.markSentAll(records.map((r) => r.mark));
  } catch (err) {
    deps.logger.error(
      { err, channel: records[0]?.delivery.channel, deliveries: records.map((r) => r.mark.id), articles: records.map((r) => r.delivery.articleId) },
      'sent, but could not record it: left as sending (unknown after a restart), never sent again',
    );
  }
}

/** The story views of these deliveries, or undefined when they cannot be read (each message then reads its own, and fails on its own). */
async function prefetchViews(list: Delivery[], deps: DeliverDeps): Promise<Map<string, StoryView> | undefined> {
  try {
    return await loadStoryViews(deps.store, [...new Set(list.map(storyOf))]);
  } catch (err) {
    deps.logger.warn({ err, deliveries: list.length }, 'could not read the stories of a delivery batch at once; reading them one by one');
    return undefined;
  }
}

const storyOf = (d: Delivery): string => d.article.storyId ?? d.article.id;

/** The channel and sink for a delivery, or the reason there is none (the delivery is dropped). */
export function resolveTarget(deps: DeliverDeps, channelName: string, platform: string): { channel: DeliverChannel; sink: ChannelSink } | string {
  const channel = deps.channels.get(channelName);
  if (!channel) return `channel "${channelName}" is no longer configured`;
  const sink = deps.sinks.get(channel.platform);
  if (!sink) return `no sink for platform "${platform}" (is its token set?)`;
  return { channel, sink };
}

async function messageFor(d: Delivery, store: Store, views: ReadonlyMap<string, StoryView> | undefined): Promise<OutboundMessage> {
  const storyId = storyOf(d);
  const story = (views ?? (await loadStoryViews(store, [storyId]))).get(storyId) ?? storyViewFrom([d.article]);
  if (!story) throw new Error(`no article for delivery ${d.id}`);
  return d.kind === 'update' ? { kind: 'update', story, source: sourceOf(d.article) } : { kind: 'alert', story };
}

async function sendOne(
  d: Delivery,
  deps: DeliverDeps,
  result: DeliverResult,
  views: ReadonlyMap<string, StoryView> | undefined,
  sent: SentRecords,
): Promise<void> {
  const target = resolveTarget(deps, d.channel, d.platform);
  if (typeof target === 'string') {
    await deps.store.markFailed(d.id, deps.clock.now(), target, null);
    deps.logger.warn({ channel: d.channel, article: d.articleId }, `delivery dropped: ${target}`);
    result.failed++;
    return;
  }
  const { channel, sink } = target;
  let ref: string | undefined;
  try {
    const message = await messageFor(d, deps.store, views);
    if (d.kind === 'update') await sent.flush(); // the alert's reference may be among the pending records
    const replyTo = d.kind === 'update' ? await deps.store.storyAlertRef(d.article.storyId ?? d.article.id, d.channel) : undefined;
    for (const payload of sink.format(message, channel)) {
      const out = await sink.send(channel, payload, { replyTo });
      ref ??= out.ref;
      result.sent.push({ channel: channel.name, platform: channel.platform, articles: [d.articleId], payload });
    }
  } catch (err) {
    await failed([d], err, deps, result);
    return;
  }
  await sent.add({ id: d.id, at: deps.clock.now(), ref }, d);
}

/** Records a failed send: retry later, or give up when the error is permanent or attempts ran out. */
export async function failed(
  ds: Delivery[],
  err: unknown,
  deps: DeliverDeps,
  result: DeliverResult,
  retry: (ids: number[], at: Date | null, message: string) => Promise<void> = async (ids, at, message) => {
    for (const id of ids) await deps.store.markFailed(id, deps.clock.now(), message, at);
  },
): Promise<void> {
  const now = deps.clock.now();
  const message = err instanceof Error ? err.message : String(err);
  const retryable = err instanceof DeliveryError ? err.retryable : true;
  const retryAfterMs = err instanceof DeliveryError ? err.retryAfterMs : undefined;
  const attempts = Math.max(...ds.map((d) => d.attempts));
  const giveUp = !retryable || attempts >= deps.maxAttempts;
  const retryAt = giveUp ? null : nextDeliveryAttempt(now, attempts, retryAfterMs);
  if (giveUp) for (const d of ds) await deps.store.markFailed(d.id, now, message, null);
  else await retry(ds.map((d) => d.id), retryAt, message);
  const first = ds[0];
  const fields = { channel: first?.channel, platform: first?.platform, articles: ds.map((d) => d.articleId), attempts, retryAt: retryAt?.toISOString() };
  if (giveUp) {
    result.failed += ds.length;
    deps.logger.error(fields, `delivery failed, giving up (${retryable ? 'too many attempts' : 'permanent error'}): ${message}`);
  } else {
    result.retrying += ds.length;
    deps.logger.warn(fields, `delivery failed, will retry: ${message}`);
  }
}
