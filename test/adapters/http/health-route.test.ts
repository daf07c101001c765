import { describe, expect, it } from 'vitest';
import { closeServer, startHealthServer } from '../../../src/adapters/http/health-route.ts';
import { RecordingLogger } from '../../fakes/recording-logger.ts';

describe('the /healthz server', () => {
  it('answers 503 with the reason when the health check itself throws, and logs it', async () => {
    const logger = new RecordingLogger();
    const { server, port } = await startHealthServer({
      port: 0,
      host: '127.0.0.1',
      health: async () => {
        throw new Error('store closed');
      },
      logger,
    });
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz?probe=1`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ ok: false, detail: 'health check failed: store closed' });
      expect(logger.at('error')).toHaveLength(1);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`, { method: 'POST' })).status).toBe(405);
      expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
    } finally {
      await closeServer(server);
    }
  });
});
