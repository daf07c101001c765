/**
 * The @discordjs/rest client our Discord sinks use, with a rate-limit policy
 * that never hangs: an unexpected 429 fails fast (the client would otherwise
 * sleep and retry it forever, see shared/notes/libraries.md §2), while the
 * short pre-emptive waits of a bucket in use are still handled in-client.
 */
import { DefaultRestOptions, REST, type RateLimitData, type RESTOptions } from '@discordjs/rest';

/** Longest pre-emptive bucket wait taken in-client; longer ones fail with a retryable error (the outbox retries). */
export const MAX_INLINE_WAIT_MS = 5_000;

export interface DiscordRestOptions {
  /** Default 15 s (the library's default too). */
  timeoutMs?: number;
  /**
   * Retries of a 5xx, a reset connection or a timeout, inside one send.
   * Default 1. Only safe where a repeat cannot double-post (channel messages
   * carry an enforced nonce; webhooks cannot, so the webhook sink uses 0).
   */
  retries?: number;
}

/**
 * `rejectOnRateLimit` is asked both before a request (the bucket is known to
 * be empty: wait for its reset) and after a surprise 429. It cannot tell the
 * two apart, so the client's `makeRequest` remembers which URLs just got a
 * 429. Those are rejected at once (RateLimitError, retryable with its
 * retry-after); known bucket waits are taken when short.
 */
function rateLimitPolicy(): Pick<RESTOptions, 'makeRequest' | 'rejectOnRateLimit'> {
  const got429 = new Set<string>();
  return {
    async makeRequest(url, init) {
      const res = await DefaultRestOptions.makeRequest(url, init);
      if (res.status === 429) got429.add(url);
      else got429.delete(url);
      return res;
    },
    rejectOnRateLimit: (data: RateLimitData) => got429.delete(data.url) || data.retryAfter > MAX_INLINE_WAIT_MS,
  };
}

/** A REST client for Discord API v10; `apiBase` like `https://discord.com/api` (tests: the fake's `/api`). */
export function createRestClient(token: string | undefined, apiBase: string | undefined, opts: DiscordRestOptions = {}): REST {
  const rest = new REST({
    version: '10',
    ...(apiBase ? { api: apiBase } : {}),
    timeout: opts.timeoutMs ?? 15_000,
    retries: opts.retries ?? 1,
    ...rateLimitPolicy(),
  });
  return token ? rest.setToken(token) : rest;
}
