/**
 * What the fake Discord answers when things go wrong: Discord's JSON errors,
 * 429s, and its check of a message body, as Discord does it: an empty
 * message is 50006, anything over a documented limit is 50035 Invalid Form
 * Body with Discord's nested `errors` object (resources/message.mdx, "Embed
 * Limits"; Create Message). Written from the documentation, not from our
 * formatter, so a formatter bug shows up as a rejected send. Lengths in code
 * points, as Discord counts.
 */
import type { OutgoingHttpHeaders } from 'node:http';

export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: Record<string, unknown>;
}

const len = (v: unknown) => (typeof v === 'string' ? [...v].length : 0);

/** `{ embeds: { 0: { title: { _errors: [...] } } } }` from a path like ['embeds', 0, 'title']. */
function nest(path: (string | number)[], leaf: unknown): Record<string, unknown> {
  return path.reduceRight<Record<string, unknown>>((inner, key) => ({ [String(key)]: inner }), leaf as Record<string, unknown>);
}

function formError(path: (string | number)[], code: string, message: string): DiscordErrorBody {
  return { code: 50035, message: 'Invalid Form Body', errors: nest(path, { _errors: [{ code, message }] }) };
}

const tooLong = (path: (string | number)[], max: number) => formError(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});

/** The first problem Discord would report for this Create Message / Execute Webhook body, or undefined. */
export function validateMessageBody(body: unknown): DiscordErrorBody | undefined {
  const b = asObj(body);
  const embeds = Array.isArray(b.embeds) ? b.embeds.map(asObj) : [];
  if (!len(b.content) && embeds.length === 0) return { code: 50006, message: 'Cannot send an empty message' };
  if (len(b.content) > 2000) return tooLong(['content'], 2000);
  if (embeds.length > 10) return formError(['embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  if (b.nonce !== undefined && len(String(b.nonce)) > 25) return tooLong(['nonce'], 25);
  let total = 0;
  for (const [i, e] of embeds.entries()) {
    const fields = Array.isArray(e.fields) ? e.fields.map(asObj) : [];
    const footer = asObj(e.footer).text;
    const author = asObj(e.author).name;
    if (len(e.title) > 256) return tooLong(['embeds', i, 'title'], 256);
    if (len(e.description) > 4096) return tooLong(['embeds', i, 'description'], 4096);
    if (fields.length > 25) return formError(['embeds', i, 'fields'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    for (const [j, f] of fields.entries()) {
      if (!len(f.name) || !len(f.value)) return formError(['embeds', i, 'fields', j], 'BASE_TYPE_REQUIRED', 'This field is required');
      if (len(f.name) > 256) return tooLong(['embeds', i, 'fields', j, 'name'], 256);
      if (len(f.value) > 1024) return tooLong(['embeds', i, 'fields', j, 'value'], 1024);
    }
    if (len(footer) > 2048) return tooLong(['embeds', i, 'footer', 'text'], 2048);
    if (e.url !== undefined && !/^https?:\/\/\S+$/.test(String(e.url))) return formError(['embeds', i, 'url'], 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
    total += len(e.title) + len(e.description) + len(footer) + len(author) + fields.reduce((n, f) => n + len(f.name) + len(f.value), 0);
  }
  if (total > 6000) return formError(['embeds'], 'MESSAGE_EMBEDS_TOO_LONG', 'Embed size exceeds maximum size of 6000');
  return undefined;
}

/** Discord's JSON errors (topics/opcodes-and-status-codes.md) with their HTTP statuses. */
export const DISCORD_ERRORS = {
  unauthorized: { status: 401, json: { code: 0, message: '401: Unauthorized' } },
  missingAccess: { status: 403, json: { code: 50001, message: 'Missing Access' } },
  missingPermissions: { status: 403, json: { code: 50013, message: 'Missing Permissions' } },
  unknownChannel: { status: 404, json: { code: 10003, message: 'Unknown Channel' } },
  unknownWebhook: { status: 404, json: { code: 10015, message: 'Unknown Webhook' } },
  invalidWebhookToken: { status: 401, json: { code: 50027, message: 'Invalid Webhook Token' } },
  serverError: { status: 500, json: { code: 0, message: '500: Internal Server Error' } },
  badGateway: { status: 502 },
} as const;

/** Rate-limit headers of one bucket (topics/rate-limits.md); with 0 remaining the client waits (or gives up) before its next call. */
export function bucketHeaders(remaining: number, resetAfterSec: number): OutgoingHttpHeaders {
  return { 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset-after': String(resetAfterSec), 'x-ratelimit-bucket': 'fake-bucket' };
}

/** Discord's 429: `Retry-After` in whole seconds, `retry_after` in the JSON as a float (topics/rate-limits.md). */
export function rateLimited(r: { retryAfterSec: number; global?: boolean; scope?: string }): { status: number; json: unknown; headers: OutgoingHttpHeaders } {
  const global = r.global ?? false;
  return {
    status: 429,
    json: { message: 'You are being rate limited.', retry_after: r.retryAfterSec, global },
    headers: {
      'retry-after': String(Math.ceil(r.retryAfterSec)),
      'x-ratelimit-scope': r.scope ?? (global ? 'global' : 'user'),
      ...(global ? { 'x-ratelimit-global': 'true' } : bucketHeaders(0, r.retryAfterSec)),
    },
  };
}
