/**
 * Socket Mode without a WebSocket: the fake Web API holds (or refuses)
 * apps.connections.open, which is as far as a test on 127.0.0.1 can take the
 * connection; what matters here is that /healthz is served meanwhile and that
 * a failed connection leaves nothing listening.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSlackApp, type SlackAppOptions } from '../../../src/adapters/slack/slack-app.ts';
import type { CommandDeps } from '../../../src/app/commands/execute-command.ts';
import { RecordingLogger } from '../../fakes/recording-logger.ts';
import { startFakeSlack, type FakeSlack } from '../../support/fake-slack.ts';

let slack: FakeSlack;
let closed: boolean;
beforeEach(async () => {
  slack = await startFakeSlack({ tokens: ['xoxb-test', 'xapp-test'] });
  closed = false;
});
afterEach(async () => {
  if (!closed) await slack.close();
});

/** A port that was free a moment ago, so the test knows where the health server should be. */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

const options = (port: number, appToken = 'xapp-test'): SlackAppOptions => ({
  botToken: 'xoxb-test',
  appToken,
  apiUrl: slack.apiUrl,
  command: '/news',
  admins: [],
  port,
  host: '127.0.0.1',
  health: async () => ({ ok: false, detail: 'no cycle yet' }),
  // Never reached: no command can arrive before the socket is open.
  commands: {} as CommandDeps,
  logger: new RecordingLogger(),
  botId: 'B0BOT',
  botUserId: 'U0BOT',
});

describe('Slack app in Socket Mode', () => {
  it('serves /healthz on its own server while connecting with the app token', async () => {
    slack.fail({ hang: true }, 'apps.connections.open');
    const port = await freePort();
    const app = createSlackApp(options(port));
    const started = app.start().catch((err: unknown) => err);

    await vi.waitFor(() => expect(slack.calls('apps.connections.open')).toHaveLength(1), { timeout: 5000, interval: 10 });
    expect(slack.calls('apps.connections.open')[0]?.headers.authorization).toBe('Bearer xapp-test');
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ok: false, detail: 'no cycle yet' });
    expect((await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST' })).status).toBe(404);

    // Ends the held request: the connection fails, and start() with it.
    await slack.close();
    closed = true;
    expect(await started).toBeInstanceOf(Error);
  });

  it('rejects start() when Slack refuses the app token, and leaves the port free', async () => {
    const port = await freePort();
    const app = createSlackApp(options(port, 'xapp-revoked'));
    await expect(app.start()).rejects.toThrow(/invalid_auth/);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    await app.stop();
  });
});
