import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startFakeGateway, type FakeGateway, type GatewayFrame } from '../../support/fake-discord-gateway.ts';

describe('the fake Discord gateway', () => {
  let gateway: FakeGateway | undefined;
  let socket: WebSocket | undefined;
  afterEach(async () => {
    socket?.terminate();
    await gateway?.close();
  });

  it('says HELLO, acknowledges heartbeats, answers IDENTIFY with READY and numbers its dispatches', async () => {
    gateway = await startFakeGateway({ heartbeatIntervalMs: 1234, applicationId: '42' });
    const frames: GatewayFrame[] = [];
    const waiters: (() => void)[] = [];
    socket = new WebSocket(`${gateway.url}/?v=10&encoding=json`);
    socket.on('message', (raw) => {
      frames.push(JSON.parse(String(raw)) as GatewayFrame);
      waiters.splice(0).forEach((w) => w());
    });
    const next = async (count: number) => {
      while (frames.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
      return frames[count - 1];
    };

    expect(await next(1)).toEqual({ op: 10, d: { heartbeat_interval: 1234 }, s: null, t: null });
    socket.send(JSON.stringify({ op: 1, d: null }));
    expect(await next(2)).toMatchObject({ op: 11 });
    expect(() => gateway?.sendInteraction({ id: 'early' })).toThrow(/no client/);

    socket.send(JSON.stringify({ op: 2, d: { token: 't', intents: 1, properties: {} } }));
    expect(await next(3)).toMatchObject({ op: 0, t: 'READY', s: 1, d: { v: 10, guilds: [], application: { id: '42', flags: 0 }, resume_gateway_url: gateway.url } });
    await gateway.waitForReady();
    expect(gateway.identifies).toEqual([{ token: 't', intents: 1, properties: {} }]);

    gateway.sendInteraction({ id: 'i1' });
    expect(await next(4)).toEqual({ op: 0, t: 'INTERACTION_CREATE', s: 2, d: { id: 'i1' } });
  });
});
