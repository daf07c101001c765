/**
 * The routes of the fake Discord (fake-discord.ts): Create Message (with
 * replies, enforce_nonce and Discord's body checks), Execute Webhook,
 * interaction callbacks and @original edits, bulk command overwrites and
 * GET /gateway/bot. Tests add or replace routes with `fake.route()`.
 */
import { DISCORD_ERRORS, validateMessageBody } from './fake-discord-errors.ts';
import type { FakeDiscord, FakeDiscordOptions, FakeHandler, FakeMessage, FakeResponse } from './fake-discord.ts';

export function installDiscordRoutes(fake: FakeDiscord, ctx: { options: FakeDiscordOptions; snowflake: () => string }): void {
  const { options: opts, snowflake } = ctx;
  const { applicationId } = fake;
  const nonces = new Map<string, FakeMessage>();

  function createMessage(channelId: string, body: Record<string, unknown>, extra: Partial<FakeMessage> = {}): FakeMessage {
    const message: FakeMessage = {
      id: snowflake(),
      channel_id: channelId,
      content: typeof body.content === 'string' ? body.content : '',
      embeds: Array.isArray(body.embeds) ? body.embeds : [],
      timestamp: new Date().toISOString(),
      body,
      ...extra,
    };
    fake.messages.push(message);
    return message;
  }
  const asJson = (m: FakeMessage) => {
    const { body: _body, ...rest } = m;
    return { ...rest, type: m.message_reference ? 19 : 0, author: { id: applicationId, username: 'news-alert', bot: true }, mentions: [] };
  };
  const invalid = (body: unknown): FakeResponse | undefined => {
    const problem = validateMessageBody(body);
    return problem ? { status: 400, json: problem } : undefined;
  };

  fake.route(
    'POST /channels/:channelId/messages',
    ({ params, body }) => {
      const channelId = params.channelId ?? '';
      if (opts.channels && !opts.channels.includes(channelId)) return DISCORD_ERRORS.unknownChannel;
      const b = (body ?? {}) as Record<string, unknown>;
      const bad = invalid(b);
      if (bad) return bad;
      // enforce_nonce: the same author and nonce within minutes returns the first message.
      const nonceKey = b.enforce_nonce && b.nonce !== undefined ? `${channelId}:${String(b.nonce)}` : undefined;
      const earlier = nonceKey ? nonces.get(nonceKey) : undefined;
      if (earlier) return { status: 200, json: asJson(earlier) };
      const ref = (b.message_reference ?? undefined) as { message_id?: string; fail_if_not_exists?: boolean } | undefined;
      const target = ref && fake.messages.find((m) => m.id === ref.message_id && m.channel_id === channelId);
      if (ref && !target && ref.fail_if_not_exists !== false) {
        return { status: 400, json: { code: 50035, message: 'Invalid Form Body', errors: { message_reference: { _errors: [{ code: 'REPLIES_UNKNOWN_MESSAGE', message: 'Unknown message' }] } } } };
      }
      const message = createMessage(channelId, b, target ? { message_reference: { type: 0, message_id: target.id, channel_id: channelId } } : {});
      if (nonceKey) nonces.set(nonceKey, message);
      return { status: 200, json: asJson(message) };
    },
    { bot: true },
  );

  fake.route('POST /webhooks/:webhookId/:webhookToken', ({ params, query, body }) => {
    const { webhookId = '', webhookToken = '' } = params;
    if (opts.webhooks && !(webhookId in opts.webhooks)) return DISCORD_ERRORS.unknownWebhook;
    if (opts.webhooks && opts.webhooks[webhookId] !== webhookToken) return DISCORD_ERRORS.invalidWebhookToken;
    const bad = invalid(body);
    if (bad) return bad;
    const channelId = query.get('thread_id') ?? `${webhookId}0`;
    const message = createMessage(channelId, (body ?? {}) as Record<string, unknown>, { webhook_id: webhookId });
    return query.get('wait') === 'true' ? { status: 200, json: asJson(message) } : { status: 204 };
  });

  // discord.js reply() throws "Unexpected end of JSON input" unless this is a 204 without a JSON content type.
  fake.route('POST /interactions/:interactionId/:interactionToken/callback', (req) => {
    fake.interactionCallbacks.push(req);
    return { status: 204 };
  });

  fake.route('PATCH /webhooks/:applicationId/:interactionToken/messages/@original', (req) => {
    fake.originalEdits.push(req);
    const b = (req.body ?? {}) as Record<string, unknown>;
    return { status: 200, json: { id: snowflake(), channel_id: '0', content: b.content ?? '', embeds: b.embeds ?? [], webhook_id: applicationId } };
  });

  const putCommands = (scope: (p: Record<string, string>) => string): FakeHandler => ({ params, body }) => {
    const list = (Array.isArray(body) ? body : []).map((c) => ({ ...(c as object), id: snowflake(), application_id: params.applicationId, version: snowflake(), ...(params.guildId ? { guild_id: params.guildId } : {}) }));
    fake.commands.set(scope(params), list);
    return { status: 200, json: list };
  };
  fake.route('PUT /applications/:applicationId/commands', putCommands(() => 'global'), { bot: true });
  fake.route('PUT /applications/:applicationId/guilds/:guildId/commands', putCommands((p) => p.guildId ?? ''), { bot: true });

  fake.route(
    'GET /gateway/bot',
    () => ({ status: 200, json: { url: fake.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } } }),
    { bot: true },
  );

}
