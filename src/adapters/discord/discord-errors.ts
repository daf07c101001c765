/**
 * Turning what @discordjs/rest throws into DeliveryError: retryable or not,
 * with how long to wait, and a message that names the Discord code and says
 * what to fix.
 *
 * Errors are recognised by shape, not `instanceof`: @discordjs/rest ships a
 * CommonJS and an ESM build whose classes differ, and discord.js (CommonJS)
 * hands out the CommonJS ones, so a REST client from a discord.js Client
 * would fail every `instanceof` check against the classes imported here.
 */
import { DeliveryError } from '../../core/errors.ts';

export interface DeliveryTarget {
  channel: string;
  platform: string;
}

/**
 * JSON error codes (discord-api-docs topics/opcodes-and-status-codes.md) that
 * will not fix themselves, with what the operator should do.
 */
const TOKEN_REJECTED = 'the bot token was rejected; check the configured token';
const PERMANENT_CODES: Record<number, string> = {
  40001: TOKEN_REJECTED,
  50001: 'the bot cannot see this channel; invite it to the server and grant View Channel',
  50013: 'the bot lacks a permission here; grant Send Messages, Embed Links and Read Message History',
  10003: 'there is no channel with this id; check the channel id in the configuration',
  10015: 'the webhook does not exist (deleted?); create a new one and update the URL',
  50027: 'the webhook token is invalid; copy the webhook URL again',
  50035: 'Discord rejected the message body (a formatting bug: please report it)',
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** RateLimitError: `retryAfter` and `route`, name `RateLimitError[route]`. */
function asRateLimit(err: unknown): { retryAfter: number; route: string; global: boolean; scope: string } | undefined {
  if (!(err instanceof Error) || !err.name.startsWith('RateLimitError') || !isObject(err)) return undefined;
  const { retryAfter, route, global, scope } = err as unknown as Record<string, unknown>;
  if (typeof retryAfter !== 'number') return undefined;
  return { retryAfter, route: String(route ?? ''), global: global === true, scope: String(scope ?? 'user') };
}

/** DiscordAPIError (every 4xx but 429): HTTP `status`, JSON `code`, the raw error body. */
function asApiError(err: unknown): { status: number; code: number | string | undefined } | undefined {
  if (!(err instanceof Error) || !('rawError' in err) || !('status' in err) || typeof err.status !== 'number') return undefined;
  const code = 'code' in err && (typeof err.code === 'number' || typeof err.code === 'string') ? err.code : undefined;
  return { status: err.status, code };
}

/** HTTPError: a 5xx after the client's own retries. */
function asHttpError(err: unknown): { status: number } | undefined {
  if (!(err instanceof Error) || err.name !== 'HTTPError' || !('status' in err) || typeof err.status !== 'number') return undefined;
  return { status: err.status };
}

export interface MapOptions {
  /** A secret (a webhook token) to keep out of messages; when set, the cause (whose URL holds it) is not attached either. */
  secret?: string | undefined;
}

export function toDeliveryError(err: unknown, target: DeliveryTarget, opts: MapOptions = {}): DeliveryError {
  if (err instanceof DeliveryError) return err;
  const scrub = (s: string) => (opts.secret ? s.split(opts.secret).join('***') : s);
  const make = (retryable: boolean, message: string, retryAfterMs?: number) =>
    new DeliveryError({ ...target, retryable, retryAfterMs }, scrub(message), opts.secret ? undefined : { cause: err });

  const rateLimit = asRateLimit(err);
  if (rateLimit) {
    const ms = Math.max(0, Math.ceil(rateLimit.retryAfter));
    const scope = rateLimit.global ? 'global' : rateLimit.scope;
    return make(true, `Discord rate limit on ${rateLimit.route} (${scope}): retry after ${ms} ms`, ms);
  }

  const api = asApiError(err);
  if (api) {
    // Invalid Form Body lists one problem per line: keep the log line whole.
    const detail = err instanceof Error ? err.message.replace(/\s*\n\s*/g, '; ') : '';
    const hint = typeof api.code === 'number' ? PERMANENT_CODES[api.code] : undefined;
    const byStatus =
      api.status === 401 ? TOKEN_REJECTED : api.status === 403 ? 'access denied' : api.status === 404 ? 'not found' : 'request rejected';
    // Every 4xx other than 429 is permanent: the same request would fail the same way.
    return make(false, `Discord error ${api.status}${api.code !== undefined ? ` code ${api.code}` : ''} (${detail}): ${hint ?? byStatus}`);
  }

  const http = asHttpError(err);
  if (http) return make(true, `Discord server error ${http.status}`);

  const message = err instanceof Error ? err.message : String(err);
  // After a 401, @discordjs/rest forgets the token and refuses every later request with this.
  if (/Expected token to be set/.test(message)) return make(false, `no Discord bot token (rejected earlier with 401?): ${message}`);
  if (err instanceof Error && err.name === 'AbortError') return make(true, 'Discord did not answer in time (request timed out)');
  const code = isObject(err) && typeof err.code === 'string' ? ` ${err.code}` : '';
  return make(true, `cannot reach Discord:${code} ${message}`);
}
