import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../../support/fake-discord.ts';

// The fake Discord's other routes, driven by the real @discordjs/rest, so the
// gateway and slash-command work can rely on them.
let fake: FakeDiscord;
let rest: REST;

beforeEach(async () => {
  fake = await startFakeDiscord({ gatewayUrl: 'ws://127.0.0.1:9/' });
  rest = new REST({ version: '10', api: fake.apiBase, retries: 0 }).setToken(fake.token);
});
afterEach(() => fake.close());

describe('fake Discord REST', () => {
  it('answers an interaction callback with 204 and no content type, and records it', async () => {
    await expect(rest.post(Routes.interactionCallback('1400000000000000001', 'itoken'), { body: { type: 4, data: { content: 'ok', flags: 64 } }, auth: false })).resolves.toBeDefined();
    expect(fake.interactionCallbacks).toHaveLength(1);
    expect(fake.interactionCallbacks[0]?.params).toEqual({ interactionId: '1400000000000000001', interactionToken: 'itoken' });
    expect(fake.interactionCallbacks[0]?.body).toEqual({ type: 4, data: { content: 'ok', flags: 64 } });
  });

  it('records an edit of the original interaction response', async () => {
    const edited = (await rest.patch(Routes.webhookMessage(fake.applicationId, 'itoken', '@original'), { body: { content: '완료' }, auth: false })) as { content: string };
    expect(edited.content).toBe('완료');
    expect(fake.originalEdits[0]?.body).toEqual({ content: '완료' });
  });

  it('overwrites global and guild commands, giving them ids', async () => {
    const cmds = [{ name: 'watch', description: '키워드 관리', type: 1 }];
    const global = (await rest.put(Routes.applicationCommands(fake.applicationId), { body: cmds })) as { id: string; name: string }[];
    await rest.put(Routes.applicationGuildCommands(fake.applicationId, '1500000000000000001'), { body: cmds });
    expect(global[0]).toMatchObject({ name: 'watch', id: expect.stringMatching(/^\d{19}$/) });
    expect(fake.commands.get('global')).toHaveLength(1);
    expect(fake.commands.get('1500000000000000001')?.[0]).toMatchObject({ guild_id: '1500000000000000001' });
  });

  it('hands out the configured gateway URL, to the bot only', async () => {
    expect(await rest.get(Routes.gatewayBot())).toMatchObject({ url: 'ws://127.0.0.1:9/', shards: 1 });
    const stranger = new REST({ version: '10', api: fake.apiBase, retries: 0 }).setToken('wrong');
    await expect(stranger.get(Routes.gatewayBot())).rejects.toMatchObject({ status: 401 });
  });

  it('lets a test replace a route and wait for a request', async () => {
    fake.route('POST /interactions/:id/:token/callback', () => ({ status: 200, json: { replaced: true } }));
    const waiting = fake.waitFor((r) => r.path.endsWith('/callback'));
    expect(await rest.post(Routes.interactionCallback('1400000000000000001', 't'), { body: { type: 1 }, auth: false })).toEqual({ replaced: true });
    expect((await waiting).method).toBe('POST');
  });

  it('hands out increasing snowflake ids', async () => {
    const ids: string[] = [];
    for (const content of ['1', '2', '3']) ids.push(((await rest.post(Routes.channelMessages('1200000000000000001'), { body: { content } })) as { id: string }).id);
    expect([...ids].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1))).toEqual(ids);
    expect(new Set(ids).size).toBe(3);
  });
});
