/**
 * /news over the Discord gateway end to end: startFrontEnds connects the real
 * discord.js client to the fake gateway, interactions arrive as
 * INTERACTION_CREATE, answers go to the fake REST's interaction callbacks,
 * and a change made from chat takes effect in the next cycle and survives a
 * restart on the same database file.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findTopic } from '../../src/core/settings.ts';
import { autocomplete, MANAGER_PERMISSIONS, slashCommand, type Invoker } from '../support/discord-interactions.ts';
import type { FakeGateway } from '../support/fake-discord-gateway.ts';
import type { FakeRequest } from '../support/fake-discord.ts';
import type { FrontEnds } from '../../src/compose/front-ends.ts';
import { ADMIN_ROLE, APPLICATION_ID, startDiscordWorld, type World } from './discord-world.ts';

const MANAGER: Invoker = { userId: '1500000000000000011', username: 'minji', permissions: MANAGER_PERMISSIONS };
const ROLE_ADMIN: Invoker = { userId: '1500000000000000012', username: 'seojun', roles: ['1600000000000000009', ADMIN_ROLE] };
const MEMBER: Invoker = { userId: '1500000000000000013', username: 'jiho', roles: ['1600000000000000009'] };

interface Callback {
  type: number;
  data?: { flags?: number; allowed_mentions?: { parse: string[] }; embeds?: { description?: string }[]; choices?: { name: string; value: string }[] };
}

let w: World;
let gateway: FakeGateway;
let frontEnds: FrontEnds;
beforeEach(async () => {
  w = await startDiscordWorld();
  ({ gateway, frontEnds } = await w.startFrontEnds());
});
afterEach(() => w.stop());

const target = { applicationId: APPLICATION_ID };
async function callbackOf(payload: { id: string; token: string }): Promise<Callback> {
  const req: FakeRequest = await w.discord.waitFor((r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`);
  return req.body as Callback;
}
async function run(sub: string, values: Record<string, string>, who: Invoker): Promise<Callback> {
  const payload = slashCommand(target, sub, values, who);
  gateway.sendInteraction(payload);
  return callbackOf(payload);
}
const answerText = (c: Callback) => c.data?.embeds?.map((e) => e.description ?? '').join('\n') ?? '';
const keywordsOf = async (topic: string) => findTopic(await w.app.settings.current(), topic)?.keywords;

describe('/news over the Discord gateway, end to end', () => {
  it('serves /healthz on the bound port while the bot is connected', async () => {
    const res = await fetch(`http://127.0.0.1:${frontEnds.port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it('lets an admin add a keyword that the next cycle matches, refuses a plain member, and keeps the change across a restart', async () => {
    // Before the change, an article naming only 젠슨황 matches no topic.
    w.serve('a', [{ title: '젠슨황, 서울서 깜짝 치맥 회동', link: 'https://a.test/jensen/1', pubDate: w.minutesAgo(30) }]);
    await w.app.once();
    expect(w.discord.messages).toEqual([]);

    const added = await run('keywords-add', { topic: 'nvidia', keywords: '젠슨황' }, MANAGER);
    expect(added.type).toBe(4); // CHANNEL_MESSAGE_WITH_SOURCE
    expect(added.data?.flags).toBe(64); // EPHEMERAL
    expect(added.data?.allowed_mentions).toEqual({ parse: [] });
    expect(answerText(added)).toContain('✅');
    expect(await keywordsOf('nvidia')).toEqual(['엔비디아', 'NVIDIA', '젠슨황']);

    const refused = await run('keywords-add', { topic: 'nvidia', keywords: '황회장' }, MEMBER);
    expect(refused.data?.flags).toBe(64);
    expect(answerText(refused)).toContain('권한이 없습니다');
    expect(await keywordsOf('nvidia')).toEqual(['엔비디아', 'NVIDIA', '젠슨황']);

    const byRole = await run('keywords-add', { topic: 'semiconductor', keywords: 'HBM' }, ROLE_ADMIN);
    expect(answerText(byRole)).toContain('✅');
    expect(await keywordsOf('semiconductor')).toEqual(['반도체', 'HBM']);

    // The next cycle uses the new keyword, without a restart.
    w.clock.advance(5 * 60_000);
    w.serve('b', [{ title: '젠슨황 "한국은 AI 최고의 파트너"', link: 'https://b.test/jensen/2', pubDate: w.minutesAgo(3) }]);
    await w.app.once();
    const [alert, ...rest] = w.botMessages();
    expect(rest).toEqual([]);
    expect(alert?.embeds[0]).toMatchObject({ title: '젠슨황 "한국은 AI 최고의 파트너"', url: 'https://b.test/jensen/2' });
    expect(JSON.stringify(alert?.embeds[0])).toContain('젠슨황\\n주제: nvidia');
    expect(w.hookMessages()).toHaveLength(1);
    expect(w.logger.at('error')).toEqual([]);

    // A restart: everything closed, a new app on the same database file.
    const app = await w.recompose();
    expect(findTopic(await app.settings.current(), 'nvidia')?.keywords).toContain('젠슨황');
    expect(findTopic(await app.settings.current(), 'semiconductor')?.keywords).toContain('HBM');
    const audit = await app.store.listAudit(10);
    expect(audit.map((a) => [a.platform, a.user, a.action])).toEqual([
      ['discord', '1500000000000000012 (seojun)', '/news keywords add semiconductor HBM'],
      ['discord', '1500000000000000011 (minji)', '/news keywords add nvidia 젠슨황'],
      ['config', 'config file', 'seed'],
    ]);
  });

  it('suggests the matching topic names while a topic is typed', async () => {
    const typed = autocomplete(target, 'keywords-add', { topic: 'semi' }, 'topic', MEMBER);
    gateway.sendInteraction(typed);
    expect(await callbackOf(typed)).toEqual({ type: 8, data: { choices: [{ name: 'semiconductor', value: 'semiconductor' }] } });

    const empty = autocomplete(target, 'keywords-remove', { topic: '' }, 'topic', MEMBER);
    gateway.sendInteraction(empty);
    expect((await callbackOf(empty)).data?.choices?.map((c) => c.value)).toEqual(['nvidia', 'semiconductor']);

    const keyword = autocomplete(target, 'keywords-remove', { topic: 'nvidia', keyword: 'nv' }, 'keyword', MEMBER);
    gateway.sendInteraction(keyword);
    expect((await callbackOf(keyword)).data?.choices).toEqual([{ name: 'NVIDIA', value: 'NVIDIA' }]);
  });
});
