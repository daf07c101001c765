/**
 * The delivery worker: sends what the outbox holds. Deliveries are claimed
 * (committed as 'sending') before they are sent, so a crash can never send
 * one twice; channels are worked in parallel, each channel in order. The
 * worker decides per error: retry later (backoff or Retry-After), or give up
 * (permanent errors, too many attempts, channel no longer configured).
 */
import { DeliveryError } from '../core/errors.ts';
import { nextDeliveryAttempt } from '../core/schedule/backoff.ts';
import type { ChannelSink, ChannelTarget, Clock, Delivery, Logger, OutgoingMessage, Store } from './ports.ts';
import { storyViewOf } from './story-view.ts';

export interface DeliverDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Sinks by platform. */
  sinks: ReadonlyMap<string, ChannelSink>;
  /** Configured channels by name. */
  channels: ReadonlyMap<string, ChannelTarget>;
  maxAttempts: number;
}

export interface DeliverResult {
  sent: OutgoingMessage[];
  retrying: number;
  failed: number;
}

/** Claims and sends due deliveries until none are left (or `batch` per round is exhausted). */
export async function deliverDue(deps: DeliverDeps, opts: { batch?: number; signal?: AbortSignal } = {}): Promise<DeliverResult> {
  const result: DeliverResult = { sent: [], retrying: 0, failed: 0 };
  const batch = opts.batch ?? 100;
  for (;;) {
    if (opts.signal?.aborted) break;
    const due = await deps.store.claimDueDeliveries(deps.clock.now(), batch);
    if (due.length === 0) break;
    const byChannel = new Map<string, Delivery[]>();
    for (const d of due) byChannel.set(d.channel, [...(byChannel.get(d.channel) ?? []), d]);
    await Promise.all([...byChannel.values()].map((list) => sendInOrder(list, deps, result)));
    if (due.length < batch) break;
  }
  return result;
}

async function sendInOrder(list: Delivery[], deps: DeliverDeps, result: DeliverResult): Promise<void> {
  let last = 0;
  for (const d of list) {
    // Pace messages to one channel (Slack: about one per second per channel).
    const gap = deps.sinks.get(d.platform)?.minIntervalMs ?? 0;
    const wait = last + gap - Date.now();
    if (gap > 0 && wait > 0) await new Promise((r) => setTimeout(r, wait));
    await sendOne(d, deps, result);
    last = Date.now();
  }
}

async function sendOne(d: Delivery, deps: DeliverDeps, result: DeliverResult): Promise<void> {
  const channel = deps.channels.get(d.channel);
  const sink = channel ? deps.sinks.get(channel.platform) : undefined;
  if (!channel || !sink) {
    const why = !channel ? `channel "${d.channel}" is no longer configured` : `no sink for platform "${d.platform}"`;
    await deps.store.markFailed(d.id, deps.clock.now(), why, null);
    deps.logger.warn({ channel: d.channel, article: d.articleId }, `delivery dropped: ${why}`);
    result.failed++;
    return;
  }
  const payloads = sink.format({ kind: 'alert', story: storyViewOf(d.article) }, channel);
  try {
    let ref: string | undefined;
    for (const payload of payloads) {
      const sent = await sink.send(channel, payload);
      ref ??= sent.ref;
      result.sent.push({ channel: channel.name, platform: channel.platform, articles: [d.articleId], payload });
    }
    await deps.store.markSent(d.id, deps.clock.now(), ref);
  } catch (err) {
    const now = deps.clock.now();
    const message = err instanceof Error ? err.message : String(err);
    const retryable = err instanceof DeliveryError ? err.retryable : true;
    const retryAfterMs = err instanceof DeliveryError ? err.retryAfterMs : undefined;
    const giveUp = !retryable || d.attempts >= deps.maxAttempts;
    const retryAt = giveUp ? null : nextDeliveryAttempt(now, d.attempts, retryAfterMs);
    await deps.store.markFailed(d.id, now, message, retryAt);
    const fields = { channel: d.channel, platform: d.platform, article: d.articleId, attempts: d.attempts, retryAt: retryAt?.toISOString() };
    if (giveUp) {
      result.failed++;
      deps.logger.error(fields, `delivery failed, giving up (${retryable ? 'too many attempts' : 'permanent error'}): ${message}`);
    } else {
      result.retrying++;
      deps.logger.warn(fields, `delivery failed, will retry: ${message}`);
    }
  }
}
