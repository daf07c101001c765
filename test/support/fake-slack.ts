/**
 * A fake Slack for tests, speaking the real wire formats on 127.0.0.1 (port 0):
 *
 * - Web API, `POST /api/<method>`: form-urlencoded (how @slack/web-api sends,
 *   `blocks` as a JSON string field) or JSON bodies, `Authorization: Bearer`.
 *   chat.postMessage answers `{ok:true, channel, ts, message}` with increasing
 *   ts; auth.test and users.info answer like Slack; other methods `unknown_method`.
 *   Errors are reported as Slack does: `ok:false` with HTTP 200, 429 with Retry-After.
 * - Incoming webhooks, `POST /webhook/:id`: JSON body, answers the text `ok`.
 * - `POST /respond/:id`: records slash-command `response_url` posts.
 *
 *   const slack = await startFakeSlack();
 *   const client = createSlackWebClient('xoxb-test', { apiUrl: slack.apiUrl });
 *   slack.fail({ status: 429, retryAfter: 3 });          // the next chat.postMessage
 *   expect(slack.calls('chat.postMessage')[0]?.blocks).toEqual([...]);
 *   await slack.close();
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type SlackFailure =
  | { status: 429; retryAfter?: number | undefined }
  | { status: number; body?: string | undefined }
  | { error: string }
  /** Accept the request and never answer (until close()). */
  | { hang: true }
  /** Answer as usual: queued before a failure, it lets that many calls through first. */
  | { pass: true };

export interface SlackApiCall {
  /** Web API method, e.g. `chat.postMessage`. */
  method: string;
  headers: IncomingHttpHeaders;
  contentType: 'form' | 'json' | 'other';
  /** Fields as sent: strings for a form body, JSON values for a JSON body. */
  body: Record<string, unknown>;
  /** `blocks` parsed from its JSON string (form) or as sent (JSON). */
  blocks: unknown[] | undefined;
  /** chat.postMessage that succeeded: the `ts` the fake answered with. */
  ts?: string | undefined;
}

export interface SlackPost {
  /** The `:id` of /webhook/:id or /respond/:id. */
  id: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface FakeUser {
  id: string;
  is_admin?: boolean;
  is_owner?: boolean;
  [field: string]: unknown;
}

export interface FakeSlack {
  /** `http://127.0.0.1:PORT/api/`, for WebClient's slackApiUrl. */
  readonly apiUrl: string;
  url(path: string): string;
  webhookUrl(id: string): string;
  responseUrl(id: string): string;
  /** Script the next call of `method` (default chat.postMessage) to fail; queued in order. */
  fail(next: SlackFailure, method?: string): void;
  /** Script the next post to an incoming webhook to fail; queued in order. */
  failWebhook(next: SlackFailure): void;
  /** Users known to users.info. */
  setUser(user: FakeUser): void;
  /** Web API calls, oldest first; only those of `method` when given. */
  calls(method?: string): SlackApiCall[];
  readonly webhookPosts: readonly SlackPost[];
  readonly responses: readonly SlackPost[];
  close(): Promise<void>;
}

export interface FakeSlackOptions {
  /** Accepted bearer tokens; default `xoxb-test`. */
  tokens?: string[];
  team?: string;
  botUserId?: string;
  botId?: string;
}

/** Statuses incoming webhooks answer their text errors with (docs.slack.dev, incoming webhooks, handling errors). */
const WEBHOOK_ERROR_STATUS: Record<string, number> = {
  invalid_token: 403,
  action_prohibited: 403,
  channel_not_found: 404,
  no_service: 404,
  no_team: 404,
  channel_is_archived: 410,
};

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  void res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
const text = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) =>
  void res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(body);

function parseBody(raw: string, contentType: string | undefined): Pick<SlackApiCall, 'contentType' | 'body' | 'blocks'> {
  let body: Record<string, unknown> = {};
  let kind: SlackApiCall['contentType'] = 'other';
  if (contentType?.startsWith('application/x-www-form-urlencoded')) {
    kind = 'form';
    body = Object.fromEntries(new URLSearchParams(raw));
  } else if (contentType?.startsWith('application/json')) {
    kind = 'json';
    body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  }
  const b = body.blocks;
  const blocks = typeof b === 'string' ? (JSON.parse(b) as unknown[]) : Array.isArray(b) ? b : undefined;
  return { contentType: kind, body, blocks };
}

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const tokens = new Set(options.tokens ?? ['xoxb-test']);
  const { team = 'T0FAKE', botUserId = 'U0BOT', botId = 'B0BOT' } = options;
  const apiCalls: SlackApiCall[] = [];
  const webhookPosts: SlackPost[] = [];
  const responses: SlackPost[] = [];
  const apiFailures = new Map<string, SlackFailure[]>();
  const webhookFailures: SlackFailure[] = [];
  const users = new Map<string, FakeUser>();
  let tsCounter = 1_764_000_000;

  /** Answers a scripted failure; true when it did. `api`: errors as Web API JSON, else webhook text. */
  const answerFailure = (res: ServerResponse, failure: SlackFailure | undefined, api: boolean): boolean => {
    if (!failure || 'pass' in failure) return false;
    if ('hang' in failure) return true;
    if ('error' in failure) {
      if (api) json(res, 200, { ok: false, error: failure.error });
      else text(res, WEBHOOK_ERROR_STATUS[failure.error] ?? 400, failure.error);
      return true;
    }
    const headers: Record<string, string> = {};
    if ('retryAfter' in failure && failure.retryAfter !== undefined) headers['retry-after'] = String(failure.retryAfter);
    const fallback = failure.status === 429 ? 'rate_limited' : 'internal_error';
    const body = 'body' in failure && failure.body !== undefined ? failure.body : fallback;
    if (api && failure.status === 429) json(res, 429, { ok: false, error: 'ratelimited' }, headers);
    else text(res, failure.status, body, headers);
    return true;
  };

  const handleApi = (method: string, call: SlackApiCall, res: ServerResponse) => {
    if (answerFailure(res, apiFailures.get(method)?.shift(), true)) return;
    const auth = call.headers.authorization;
    const token = typeof call.body.token === 'string' ? call.body.token : auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
    if (!token) return json(res, 200, { ok: false, error: 'not_authed' });
    if (!tokens.has(token)) return json(res, 200, { ok: false, error: 'invalid_auth' });
    switch (method) {
      case 'chat.postMessage': {
        const channel = call.body.channel;
        if (typeof channel !== 'string' || !channel) return json(res, 200, { ok: false, error: 'channel_not_found' });
        if (!call.body.text && !call.blocks) return json(res, 200, { ok: false, error: 'no_text' });
        tsCounter += 1;
        const ts = `${tsCounter}.000100`;
        call.ts = ts;
        const message = {
          type: 'message',
          user: botUserId,
          bot_id: botId,
          text: call.body.text,
          blocks: call.blocks,
          ts,
          ...(call.body.thread_ts ? { thread_ts: call.body.thread_ts } : {}),
        };
        return json(res, 200, { ok: true, channel, ts, message });
      }
      case 'auth.test':
        return json(res, 200, {
          ok: true,
          url: 'https://fake.slack.test/',
          team: 'Fake',
          user: 'newsbot',
          team_id: team,
          user_id: botUserId,
          bot_id: botId,
        });
      case 'users.info': {
        const user = users.get(String(call.body.user ?? ''));
        if (!user) return json(res, 200, { ok: false, error: 'user_not_found' });
        return json(res, 200, { ok: true, user: { is_admin: false, is_owner: false, ...user } });
      }
      default:
        return json(res, 200, { ok: false, error: 'unknown_method' });
    }
  };

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    try {
      if (req.method !== 'POST') return text(res, 405, 'method_not_allowed');
      const api = /^\/api\/([\w.]+)$/.exec(path);
      if (api?.[1]) {
        const call: SlackApiCall = { method: api[1], headers: req.headers, ...parseBody(raw, req.headers['content-type']) };
        apiCalls.push(call);
        return handleApi(api[1], call, res);
      }
      const hook = /^\/(webhook|respond)\/([\w-]+)$/.exec(path);
      if (hook?.[1] && hook[2]) {
        const post: SlackPost = { id: hook[2], headers: req.headers, body: raw ? (JSON.parse(raw) as unknown) : undefined };
        if (hook[1] === 'respond') {
          responses.push(post);
          return text(res, 200, 'ok');
        }
        webhookPosts.push(post);
        if (answerFailure(res, webhookFailures.shift(), false)) return;
        return text(res, 200, 'ok');
      }
      return text(res, 404, 'not_found');
    } catch (err) {
      return text(res, 400, `invalid_payload: ${String(err)}`);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${origin}/api/`,
    url: (path) => new URL(path, origin).href,
    webhookUrl: (id) => `${origin}/webhook/${id}`,
    responseUrl: (id) => `${origin}/respond/${id}`,
    fail: (next, method = 'chat.postMessage') => {
      const queue = apiFailures.get(method) ?? [];
      queue.push(next);
      apiFailures.set(method, queue);
    },
    failWebhook: (next) => void webhookFailures.push(next),
    setUser: (user) => void users.set(user.id, user),
    calls: (method) => (method ? apiCalls.filter((c) => c.method === method) : [...apiCalls]),
    webhookPosts,
    responses,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
