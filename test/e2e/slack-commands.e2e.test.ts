/**
 * The /news slash command end to end: signed requests to the Slack HTTP
 * receiver that startFrontEnds serves (real Bolt), settings changed in the
 * SQLite file, the next cycle matching with them, and the change surviving a
 * restart. GET /healthz shares the port.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, CHANNEL_ID, NOW, startSlackE2E, type SlackE2E } from './slack-e2e-harness.ts';

const ADD = 'keywords add nvidia 젠슨황';

describe('Slack /news command end to end', () => {
  let h: SlackE2E;
  let port: number;
  beforeEach(async () => {
    h = await startSlackE2E();
    port = await h.startFrontEnds();
  });
  afterEach(async () => {
    await h.close();
  });

  const posts = () => h.slack.calls('chat.postMessage');
  const nvidiaKeywords = async () => (await h.app.settings.current()).topics.find((t) => t.name === 'nvidia')?.keywords;

  it('lets an admin add a keyword that the next cycle matches with, and that survives a restart with its audit entry', async () => {
    // Before: an article that names only 젠슨황 is not matched by the old keywords.
    h.items.a = [{ title: '젠슨황, 서울서 AI 로봇 기조연설', link: 'https://a.test/1', pubDate: h.minutesAgo(30) }];
    await h.app.once();
    expect(posts()).toHaveLength(0);

    const { status, responseId } = await h.command(ADD);
    expect(status).toBe(200);
    const reply = await h.reply(responseId);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(reply.body.text).toBe('✅ added "젠슨황" to nvidia');
    expect(JSON.stringify(reply.body.blocks)).toContain('added \\"젠슨황\\" to nvidia');
    // A configured admin needs no users.info lookup.
    expect(h.slack.calls('users.info')).toHaveLength(0);

    h.clock.advance(5 * 60_000);
    h.items.a = [
      ...h.items.a,
      { title: '젠슨황 "한국 제조업에 피지컬 AI 기회"', link: 'https://a.test/2', pubDate: h.minutesAgo(1), description: '기조연설에서 밝혔다.' },
    ];
    await h.app.once();
    expect(posts()).toHaveLength(1);
    expect(posts()[0]?.body).toMatchObject({ channel: CHANNEL_ID, text: '젠슨황 "한국 제조업에 피지컬 AI 기회" — 아시아경제' });
    expect(JSON.stringify(posts()[0]?.blocks)).toContain('키워드: 젠슨황');

    // Restart: everything closed, a new app on the same database file.
    await h.stopFrontEnds();
    await h.app.close();
    const app = h.reopen();
    expect((await app.settings.current()).topics).toEqual([{ name: 'nvidia', keywords: ['엔비디아', '젠슨황'], exclude: [] }]);
    const [latest] = await app.store.listAudit(10);
    expect(latest).toMatchObject({ platform: 'slack', user: `${ADMIN} (someone)`, action: `/news ${ADD}`, summary: 'added "젠슨황" to nvidia' });
    // Recorded at the app clock's time of the change (before the clock moved on).
    expect(latest?.at).toEqual(new Date(NOW));
  });

  it('refuses a change from a user who is neither configured nor a workspace admin, and changes nothing', async () => {
    h.slack.setUser({ id: 'U0MEMBER', is_admin: false, is_owner: false });
    const { status, responseId } = await h.command(ADD, { user: 'U0MEMBER' });
    expect(status).toBe(200);
    const reply = await h.reply(responseId);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(reply.body.text).toContain('권한이 없습니다');
    expect(h.slack.calls('users.info').map((c) => c.body.user)).toEqual(['U0MEMBER']);

    expect(await nvidiaKeywords()).toEqual(['엔비디아']);
    expect((await h.app.store.listAudit(10)).map((a) => a.action)).toEqual(['seed']);
  });

  it('lets a workspace admin (per users.info) change settings without being listed in slack.admins', async () => {
    h.slack.setUser({ id: 'U0WSADMIN', is_admin: true });
    const { responseId } = await h.command(ADD, { user: 'U0WSADMIN' });
    expect((await h.reply(responseId)).body.text).toBe('✅ added "젠슨황" to nvidia');
    expect(await nvidiaKeywords()).toEqual(['엔비디아', '젠슨황']);
  });

  it('answers 401 to a request with a bad signature or a stale timestamp and runs nothing', async () => {
    const forged = await h.command(ADD, { secret: 'not-the-secret' });
    const stale = await h.command(ADD, { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 });
    expect(forged.status).toBe(401);
    expect(stale.status).toBe(401);

    // A correctly signed command afterwards is answered; the refused ones never were.
    const ok = await h.command('keywords nvidia');
    expect((await h.reply(ok.responseId)).body.text).toContain('엔비디아');
    expect(h.slack.responses.map((r) => r.id)).toEqual([ok.responseId]);
    expect(await nvidiaKeywords()).toEqual(['엔비디아']);
    expect((await h.app.store.listAudit(10)).map((a) => a.action)).toEqual(['seed']);
  });

  it('serves GET /healthz as JSON on the same port as the Slack receiver', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ ok: true, detail: 'starting: first cycle in progress' });

    // No cycle finished 11 minutes after start: unhealthy.
    h.clock.advance(11 * 60_000);
    const late = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(late.status).toBe(503);
    expect(await late.json()).toEqual({ ok: false, detail: 'no cycle finished since start' });
  });
});
