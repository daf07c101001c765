/**
 * A fake Discord REST API v10 for tests, on 127.0.0.1 port 0. Point the real
 * @discordjs/rest at it with `api: fake.apiBase`. It records what it is sent,
 * answers like Discord (message objects with increasing snowflakes, 204
 * without a content type for interaction callbacks, JSON errors with codes)
 * and can be scripted to fail the next calls of a route.
 *
 *   const fake = await startFakeDiscord();
 *   const rest = createDiscordRest(fake.token, fake.apiBase);
 *   fake.script('POST /channels/:channelId/messages', DISCORD_ERRORS.missingAccess);
 *   fake.route('POST /interactions/:id/:token/callback', (req) => ({ status: 204 })); // replaces the default one
 *   await fake.close();
 */
import { createServer, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bucketHeaders, DISCORD_ERRORS, rateLimited } from './fake-discord-errors.ts';
import { installDiscordRoutes } from './fake-discord-routes.ts';

export { DISCORD_ERRORS } from './fake-discord-errors.ts';

export interface FakeRequest {
  method: string;
  /** Path under `/api/v10`, e.g. `/channels/123/messages`. */
  path: string;
  query: URLSearchParams;
  params: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body (undefined when there was none). */
  body: unknown;
}

/** `json` set: sent as application/json; unset: an empty body with no content type (what Discord does for 204). */
export interface FakeResponse {
  status: number;
  json?: unknown;
  headers?: OutgoingHttpHeaders;
}

export type FakeHandler = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>;

/** A scripted answer for the next call of a route, instead of (or around) its handler. */
export type Scripted =
  /** 429 with `retry_after` JSON, `Retry-After`, `X-RateLimit-Scope` (and `X-RateLimit-Global` when global). */
  | { rateLimit: { retryAfterSec: number; global?: boolean; scope?: 'user' | 'shared' | 'global' } }
  /** This status and JSON body (no body: a bare 5xx, as from a proxy). */
  | { status: number; json?: unknown }
  /**
   * Handled normally, but the answer says the bucket is empty until
   * `resetAfterSec`. The client files rate-limit state under the bucket an
   * earlier answer named, so this takes effect from the second call of a route on.
   */
  | { bucketEmpty: { resetAfterSec: number } }
  /** Handled normally (the message is created), answered after `delayMs`: a client timeout that did arrive. */
  | { delayMs: number };

export interface FakeMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: unknown[];
  timestamp: string;
  message_reference?: { type: 0; message_id: string; channel_id: string };
  webhook_id?: string;
  /** The body as received. */
  body: Record<string, unknown>;
}

export interface FakeDiscordOptions {
  /** Bot token expected as `Authorization: Bot <token>` on bot routes. */
  token?: string;
  applicationId?: string;
  /** Returned by GET /gateway/bot (a later fake gateway listens there). */
  gatewayUrl?: string;
  /** Channels that exist; any id when unset. Others get 404 Unknown Channel. */
  channels?: string[];
  /** Webhooks that exist, id → token; any when unset. */
  webhooks?: Record<string, string>;
}

export interface FakeDiscord {
  /** For `new REST({ api })`: `http://127.0.0.1:<port>/api`. */
  readonly apiBase: string;
  readonly token: string;
  readonly applicationId: string;
  /** Every request, oldest first. */
  readonly requests: FakeRequest[];
  /** Messages created through channels or webhooks, in order. */
  readonly messages: FakeMessage[];
  readonly interactionCallbacks: FakeRequest[];
  readonly originalEdits: FakeRequest[];
  /** Registered commands: key 'global' or the guild id. */
  readonly commands: Map<string, unknown[]>;
  gatewayUrl: string;
  /** The URL users configure for a webhook (https://discord.com/…); sinks post its id/token to `apiBase`. */
  webhookUrl(id: string, token: string): string;
  /** Queues answers for the next calls of a route, e.g. `'POST /channels/:id/messages'` (parameter names do not matter). */
  script(route: string, ...answers: Scripted[]): void;
  /** Adds or replaces a route: `'METHOD /path/:param'`. `bot`: require `Authorization: Bot <token>`. */
  route(route: string, handler: FakeHandler, opts?: { bot?: boolean }): void;
  /** Resolves with the first request (already made or next) that matches. */
  waitFor(match: (r: FakeRequest) => boolean, timeoutMs?: number): Promise<FakeRequest>;
  close(): Promise<void>;
}

interface Route {
  method: string;
  parts: string[];
  shape: string;
  bot: boolean;
  handler: FakeHandler;
}

/** A route key with its parameter names dropped: 'POST /channels/:id/messages' and '…/:channelId/…' are one route. */
const routeShape = (key: string) => key.trim().replace(/:[^/\s]+/g, ':');

function matchRoute(route: Route, method: string, parts: string[]): Record<string, string> | undefined {
  if (route.method !== method || route.parts.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, p] of route.parts.entries()) {
    const actual = decodeURIComponent(parts[i] ?? ''); // the client sends @original as %40original
    if (p.startsWith(':')) params[p.slice(1)] = actual;
    else if (p !== actual) return undefined;
  }
  return params;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export async function startFakeDiscord(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const token = opts.token ?? 'fake-bot-token';
  const applicationId = opts.applicationId ?? '1100000000000000001';
  const routes: Route[] = [];
  const scripts = new Map<string, Scripted[]>();
  const waiters: { match: (r: FakeRequest) => boolean; resolve: (r: FakeRequest) => void }[] = [];
  let nextId = 1300000000000000000n;
  const snowflake = () => String(++nextId);

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/^\/api\/v10(?=\/)/, '');
    const parts = path.split('/').filter(Boolean);
    let params: Record<string, string> | undefined;
    const route = routes.find((r) => (params = matchRoute(r, method, parts)) !== undefined);
    const request: FakeRequest = { method, path, query: url.searchParams, params: params ?? {}, headers: req.headers, body: parseBody(raw) };
    fake.requests.push(request);
    for (const w of [...waiters]) {
      if (w.match(request)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(request);
      }
    }

    let answer: FakeResponse;
    const scripted = route ? scripts.get(route.shape)?.shift() : undefined;
    if (!route || !url.pathname.startsWith('/api/v10/')) answer = { status: 404, json: { code: 0, message: '404: Not Found' } };
    else if (route.bot && req.headers.authorization !== `Bot ${token}`) answer = DISCORD_ERRORS.unauthorized;
    else if (scripted && 'rateLimit' in scripted) answer = rateLimited(scripted.rateLimit);
    else if (scripted && 'status' in scripted) answer = scripted;
    else {
      answer = await route.handler(request);
      // Every answer names its bucket, as Discord's do (the client keys its rate-limit state by it).
      const bucket = scripted && 'bucketEmpty' in scripted ? bucketHeaders(0, scripted.bucketEmpty.resetAfterSec) : bucketHeaders(4, 1);
      answer = { ...answer, headers: { ...bucket, ...answer.headers } };
      if (scripted && 'delayMs' in scripted) await sleep(scripted.delayMs);
    }
    if (res.destroyed) return;
    const body = answer.json === undefined ? '' : JSON.stringify(answer.json);
    res.writeHead(answer.status, { ...(answer.json === undefined ? {} : { 'content-type': 'application/json' }), ...answer.headers });
    res.end(body);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  const fake: FakeDiscord = {
    apiBase: `http://127.0.0.1:${port}/api`,
    token,
    applicationId,
    requests: [],
    messages: [],
    interactionCallbacks: [],
    originalEdits: [],
    commands: new Map(),
    gatewayUrl: opts.gatewayUrl ?? 'ws://127.0.0.1:1',
    webhookUrl: (id, tok) => `https://discord.com/api/webhooks/${id}/${tok}`,
    script: (route, ...answers) => void scripts.set(routeShape(route), [...(scripts.get(routeShape(route)) ?? []), ...answers]),
    route(route, handler, o = {}) {
      const [method = 'GET', path = '/'] = route.trim().split(/\s+/);
      const entry = { method, parts: path.split('/').filter(Boolean), shape: routeShape(route), bot: o.bot ?? false, handler };
      const existing = routes.findIndex((r) => r.shape === entry.shape);
      if (existing >= 0) routes[existing] = entry;
      else routes.push(entry);
    },
    waitFor(match, timeoutMs = 5_000) {
      const seen = fake.requests.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('fake discord: no matching request')), timeoutMs);
        waiters.push({ match, resolve: (r) => (clearTimeout(timer), resolve(r)) });
      });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };

  installDiscordRoutes(fake, { options: opts, snowflake });
  return fake;
}

/** JSON bodies parsed; anything else (multipart uploads) kept as text. */
function parseBody(raw: string): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

