/**
 * Retry timing. Feeds: exponential backoff on consecutive failures, capped at
 * 6 h (the cap; MonitoRSS and RSStT back off the same way), never
 * earlier than a server's Retry-After. Deliveries: shorter steps, capped at 1 h.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const FEED_BACKOFF_BASE_MS = 5 * MINUTE;
export const FEED_BACKOFF_MAX_MS = 6 * HOUR;
export const DELIVERY_BACKOFF_BASE_MS = 30_000;
export const DELIVERY_BACKOFF_MAX_MS = HOUR;

function exponential(base: number, max: number, failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(max, base * 2 ** Math.min(failures - 1, 30));
}

/** When a feed that has now failed `failures` times in a row may be polled again. */
export function nextFeedPollAfterFailure(now: Date, failures: number, retryAfterMs?: number): Date {
  const wait = Math.max(exponential(FEED_BACKOFF_BASE_MS, FEED_BACKOFF_MAX_MS, failures), retryAfterMs ?? 0);
  return new Date(now.getTime() + wait);
}

/** When a delivery that has failed on attempt `attempts` is tried again. */
export function nextDeliveryAttempt(now: Date, attempts: number, retryAfterMs?: number): Date {
  const wait = retryAfterMs ?? exponential(DELIVERY_BACKOFF_BASE_MS, DELIVERY_BACKOFF_MAX_MS, attempts);
  return new Date(now.getTime() + wait);
}
