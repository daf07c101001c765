/**
 * A fake Discord gateway (API v10, JSON encoding, no compression) for tests,
 * on 127.0.0.1 port 0. discord.js has no gateway-URL option: it asks
 * `GET /gateway/bot` and connects where that points, so tests point the fake
 * REST there (`startFakeDiscord({ gatewayUrl: gateway.url })`).
 *
 * It speaks the opening of the protocol as Discord does (topics/gateway.md):
 * HELLO (op 10) on connect, READY (op 0) after IDENTIFY (op 2), and
 * HEARTBEAT_ACK (op 11) for every HEARTBEAT (op 1). Dispatches carry
 * increasing sequence numbers per connection.
 *
 *   const gateway = await startFakeGateway();
 *   const rest = await startFakeDiscord({ gatewayUrl: gateway.url });
 *   await gateway.sendInteraction(payload); // INTERACTION_CREATE to every identified client
 */
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface GatewayFrame {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

export interface FakeGatewayOptions {
  /** Sent in HELLO; the client heartbeats at this interval. Default 45 000 ms, as Discord. */
  heartbeatIntervalMs?: number;
  applicationId?: string;
  botUserId?: string;
}

export interface FakeGateway {
  /** What GET /gateway/bot returns: `ws://127.0.0.1:<port>`. */
  readonly url: string;
  /** IDENTIFY payloads (op 2 `d`) received, oldest first. */
  readonly identifies: Record<string, unknown>[];
  /** Every frame clients sent, oldest first. */
  readonly received: GatewayFrame[];
  /** Resolves once a client has identified and got READY. */
  waitForReady(timeoutMs?: number): Promise<void>;
  /** Dispatches INTERACTION_CREATE with the next sequence number to every client that got READY. */
  sendInteraction(payload: object): void;
  /** Dispatches any event (op 0) to every client that got READY. */
  dispatch(event: string, data: unknown): void;
  close(): Promise<void>;
}

interface Session {
  socket: WebSocket;
  seq: number;
  ready: boolean;
}

export async function startFakeGateway(opts: FakeGatewayOptions = {}): Promise<FakeGateway> {
  const heartbeatInterval = opts.heartbeatIntervalMs ?? 45_000;
  const applicationId = opts.applicationId ?? '1100000000000000001';
  const botUserId = opts.botUserId ?? applicationId;
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sessions = new Set<Session>();
  const readyWaiters: (() => void)[] = [];
  let sessionCount = 0;

  const send = (session: Session, frame: GatewayFrame) => session.socket.send(JSON.stringify(frame));
  const dispatchTo = (session: Session, event: string, data: unknown) => send(session, { op: 0, t: event, s: ++session.seq, d: data });

  server.on('connection', (socket) => {
    const session: Session = { socket, seq: 0, ready: false };
    sessions.add(session);
    socket.on('close', () => sessions.delete(session));
    socket.on('message', (raw) => {
      let frame: GatewayFrame;
      try {
        frame = JSON.parse(String(raw)) as GatewayFrame;
      } catch {
        socket.close(4002, 'Decode error'); // what Discord does with a payload it cannot decode
        return;
      }
      fake.received.push(frame);
      if (frame.op === 1) send(session, { op: 11, d: null, s: null, t: null });
      else if (frame.op === 2) {
        fake.identifies.push(frame.d as Record<string, unknown>);
        const sessionId = `fake-session-${++sessionCount}`;
        dispatchTo(session, 'READY', {
          v: 10,
          user: { id: botUserId, username: 'news-alert', discriminator: '0', global_name: null, avatar: null, bot: true },
          guilds: [],
          session_id: sessionId,
          resume_gateway_url: url,
          shard: [0, 1],
          application: { id: applicationId, flags: 0 },
        });
        session.ready = true;
        for (const resolve of readyWaiters.splice(0)) resolve();
      }
    });
    send(session, { op: 10, d: { heartbeat_interval: heartbeatInterval }, s: null, t: null });
  });

  const readySessions = () => [...sessions].filter((s) => s.ready);

  const fake: FakeGateway = {
    url,
    identifies: [],
    received: [],
    waitForReady(timeoutMs = 5_000) {
      if (readySessions().length) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('fake gateway: no client got READY')), timeoutMs);
        readyWaiters.push(() => (clearTimeout(timer), resolve()));
      });
    },
    dispatch(event, data) {
      const targets = readySessions();
      if (targets.length === 0) throw new Error(`fake gateway: no client is connected to receive ${event}`);
      for (const s of targets) dispatchTo(s, event, data);
    },
    sendInteraction: (payload) => fake.dispatch('INTERACTION_CREATE', payload),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const s of sessions) s.socket.terminate();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
  return fake;
}
