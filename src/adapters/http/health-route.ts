/**
 * GET /healthz: 200 with `{ ok: true, detail }` when the service is healthy,
 * 503 with `{ ok: false, detail }` when not or when the check itself fails,
 * so a container orchestrator or uptime probe can act on the status alone.
 * Served as a Bolt custom route in HTTP mode, and by a small server of its
 * own in Socket Mode (which has no HTTP receiver).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../app/ports.ts';

export const HEALTH_PATH = '/healthz';

export type HealthCheck = () => Promise<{ ok: boolean; detail: string }>;

const sendJson = (res: ServerResponse, status: number, body: unknown) =>
  void res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));

export function healthHandler(health: HealthCheck, logger: Logger): (req: IncomingMessage, res: ServerResponse) => void {
  return (_req, res) => {
    health().then(
      (h) => sendJson(res, h.ok ? 200 : 503, { ok: h.ok, detail: h.detail }),
      (err: unknown) => {
        logger.error({ err }, 'health check failed');
        sendJson(res, 503, { ok: false, detail: `health check failed: ${err instanceof Error ? err.message : String(err)}` });
      },
    );
  };
}

/** A server answering only GET /healthz (404 elsewhere). `port` 0 picks a free one; the bound port is returned. */
export async function startHealthServer(opts: {
  port: number;
  host?: string | undefined;
  health: HealthCheck;
  logger: Logger;
}): Promise<{ server: Server; port: number }> {
  const handle = healthHandler(opts.health, opts.logger);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== HEALTH_PATH) return sendJson(res, 404, { ok: false, detail: 'not found' });
    if (req.method !== 'GET') return void res.writeHead(405, { allow: 'GET' }).end();
    handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return { server, port: (server.address() as AddressInfo).port };
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeIdleConnections();
  });
}
