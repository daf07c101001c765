/**
 * A local HTTP server for tests that fetch feeds (or anything else over HTTP).
 * Listens on 127.0.0.1, port 0. Each path gets a canned response or a
 * handler; every request is recorded with its headers. Unknown paths get 404.
 *
 *   const server = await startFeedServer({ '/feed.xml': { body: xml, headers: { 'content-type': 'application/rss+xml' } } });
 *   server.route('/slow', { hang: true });
 *   await source.fetch({ name: 'x', url: server.url('/feed.xml') });
 *   expect(server.requestsTo('/feed.xml')[0]?.headers['user-agent']).toBe('…');
 *   await server.close();
 */
import { createServer, type IncomingHttpHeaders, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CannedResponse {
  /** Default 200. */
  status?: number;
  headers?: OutgoingHttpHeaders;
  body?: string | Uint8Array;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Accept the request and never answer (until close()). */
  hang?: boolean;
  /** Send headers, then stall before the body forever (tests a timeout that must cover the body). */
  hangAfterHeaders?: boolean;
  /** Send the body chunked (no Content-Length) in pieces of this many bytes. */
  chunkSize?: number;
  /** After the body, keep sending this chunk every few ms until the client goes away. */
  endless?: string | Uint8Array;
}

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  /** Path without the query. */
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type RouteHandler = (req: RecordedRequest) => CannedResponse | Promise<CannedResponse>;
export type Route = CannedResponse | RouteHandler;

export interface FeedServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Absolute URL of a path on this server. */
  url(path: string): string;
  /** Adds or replaces the response for a path (matched without the query). */
  route(path: string, route: Route): void;
  /** Every request so far, oldest first. */
  readonly requests: readonly RecordedRequest[];
  requestsTo(path: string): RecordedRequest[];
  /** Closes the server, cutting any connection still open (hanging responses included). */
  close(): Promise<void>;
}

/** A handler answering each call with the next response; the last one repeats. */
export function sequence(...responses: CannedResponse[]): RouteHandler {
  let i = 0;
  return () => {
    const r = responses[Math.min(i, responses.length - 1)];
    i += 1;
    if (!r) throw new Error('sequence() needs at least one response');
    return r;
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function startFeedServer(routes: Record<string, Route> = {}): Promise<FeedServer> {
  const table = new Map<string, Route>(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  let closing = false;

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = req.url ?? '/';
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      url,
      path: url.split('?')[0] ?? '/',
      headers: req.headers,
      body: Buffer.concat(chunks),
    };
    requests.push(recorded);
    const route = table.get(recorded.path);
    try {
      const canned: CannedResponse =
        route === undefined ? { status: 404, body: 'not found' } : typeof route === 'function' ? await route(recorded) : route;
      await answer(res, canned, () => closing);
    } catch (err) {
      if (!res.headersSent) res.writeHead(500).end(String(err));
      else res.destroy();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    url: (path) => new URL(path, origin).href,
    route: (path, route) => void table.set(path, route),
    requests,
    requestsTo: (path) => requests.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing = true;
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function answer(res: ServerResponse, r: CannedResponse, isClosing: () => boolean): Promise<void> {
  if (r.hang) return; // never answered; close() cuts the connection
  if (r.delayMs) await sleep(r.delayMs);
  const body = r.body === undefined ? Buffer.alloc(0) : Buffer.from(r.body);
  const headers: OutgoingHttpHeaders = { ...r.headers };
  const streamed = r.chunkSize !== undefined || r.endless !== undefined || r.hangAfterHeaders;
  if (!streamed && !hasHeader(headers, 'content-length')) headers['content-length'] = body.length;
  res.writeHead(r.status ?? 200, headers);
  if (r.hangAfterHeaders) {
    res.flushHeaders();
    return;
  }
  if (!streamed) {
    res.end(body);
    return;
  }
  const size = r.chunkSize ?? (body.length || 1);
  for (let i = 0; i < body.length; i += size) {
    if (!(await write(res, body.subarray(i, i + size)))) return;
  }
  if (r.endless !== undefined) {
    const chunk = Buffer.from(r.endless);
    while (!res.destroyed && !isClosing()) {
      if (!(await write(res, chunk))) return;
      await sleep(1);
    }
    return;
  }
  res.end();
}

/** Writes one chunk and waits for it to flush; false when the client has gone. */
function write(res: ServerResponse, chunk: Buffer): Promise<boolean> {
  if (res.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => res.write(chunk, (err) => resolve(!err && !res.destroyed)));
}

function hasHeader(headers: Record<string, unknown>, name: string): boolean {
  return Object.keys(headers).some((k) => k.toLowerCase() === name);
}
