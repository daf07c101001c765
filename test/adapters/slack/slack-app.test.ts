import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackApp } from '../../../src/adapters/slack/slack-app.ts';
import { RecordingLogger } from '../../fakes/recording-logger.ts';
import { ADMIN, signature, startHarness, type Harness } from './slack-app-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const texts = (blocks: unknown[]) => JSON.stringify(blocks);
const keywordsOf = async (topic: string) => (await h.deps.settings.current()).topics.find((t) => t.name === topic)?.keywords;
/** Long enough for a wrongly accepted request to have been executed and answered. */
const settle = () => new Promise((r) => setTimeout(r, 200));

describe('Slack app: the /news slash command over HTTP', () => {
  it('acks a signed /news topics with 200 and sends the topics, ephemeral, to the response_url', async () => {
    const { status, responseId } = await h.command('topics');
    expect(status).toBe(200);
    const { body } = await h.response(responseId);
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('✓ nvidia: 엔비디아, NVIDIA');
    expect(texts(body.blocks)).toContain('✓ nvidia: 엔비디아, NVIDIA');
    expect(texts(body.blocks)).toContain('physical-ai: 피지컬 AI');
  });

  it('refuses a bad signature and a stale timestamp with 401 and executes nothing', async () => {
    const bad = await h.command('keywords add nvidia 젠슨황', { sign: false });
    const stale = await h.command('keywords add nvidia 젠슨황', { sign: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(bad.status).toBe(401);
    expect(stale.status).toBe(401);
    await settle();
    expect(h.slack.responses).toHaveLength(0);
    expect(await keywordsOf('nvidia')).toEqual(['엔비디아', 'NVIDIA']);
    expect(h.store.audit.map((a) => a.action)).toEqual(['seed']);
  });

  it('lets a configured admin add keywords without asking Slack who they are', async () => {
    const { responseId } = await h.command('keywords add nvidia 젠슨황', { user: ADMIN });
    const { body } = await h.response(responseId);
    expect(body.text).toContain('✅');
    expect(await keywordsOf('nvidia')).toEqual(['엔비디아', 'NVIDIA', '젠슨황']);
    expect(h.store.audit.at(-1)).toMatchObject({ platform: 'slack', user: `${ADMIN} (someone)`, action: '/news keywords add nvidia 젠슨황' });
    expect(h.slack.calls('users.info')).toHaveLength(0);
  });

  it('refuses a change from a user who is no admin, and changes nothing', async () => {
    h.slack.setUser({ id: 'UUSER' });
    const { responseId } = await h.command('keywords add nvidia 젠슨황', { user: 'UUSER' });
    const { body } = await h.response(responseId);
    expect(body.text).toContain('관리자만');
    expect(texts(body.blocks)).toContain('관리자만');
    expect(await keywordsOf('nvidia')).toEqual(['엔비디아', 'NVIDIA']);
    expect(h.slack.calls('users.info')[0]?.body.user).toBe('UUSER');
  });

  it('allows a workspace admin (users.info is_admin), asking Slack once for several commands', async () => {
    h.slack.setUser({ id: 'UWSADMIN', is_admin: true });
    const first = await h.command('keywords add nvidia 젠슨황', { user: 'UWSADMIN' });
    expect((await h.response(first.responseId)).body.text).toContain('✅');
    const second = await h.command('keywords remove nvidia 젠슨황', { user: 'UWSADMIN' });
    expect((await h.response(second.responseId)).body.text).toContain('✅');
    expect(await keywordsOf('nvidia')).toEqual(['엔비디아', 'NVIDIA']);
    expect(h.slack.calls('users.info')).toHaveLength(1);
  });

  it('treats a user as no admin when users.info fails, and logs why', async () => {
    h.slack.fail({ error: 'missing_scope' }, 'users.info');
    const { responseId } = await h.command('topics remove nvidia', { user: 'UWHO' });
    expect((await h.response(responseId)).body.text).toContain('관리자만');
    expect(h.logger.at('warn').some((r) => r.obj.user === 'UWHO' && /users\.info/.test(r.msg ?? ''))).toBe(true);
    expect(await keywordsOf('nvidia')).toEqual(['엔비디아', 'NVIDIA']);
  });

  it('answers malformed input with the usage', async () => {
    const { responseId } = await h.command('keywords add');
    const { body } = await h.response(responseId);
    expect(body.text).toContain('사용법: /news keywords add');
    expect(texts(body.blocks)).toContain('/news keywords add &lt;주제&gt;');
  });

  it('answers a command whose logic throws with an error reply, logs it, and keeps serving', async () => {
    h.deps.status = async () => {
      throw new Error('database is locked');
    };
    const failed = await h.command('status', { user: 'UUSER', channel: 'C0OTHER' });
    expect(failed.status).toBe(200);
    expect((await h.response(failed.responseId)).body.text).toContain('명령을 처리하지 못했습니다');
    const [logged] = h.logger.at('error');
    expect(logged?.obj).toMatchObject({ command: '/news status', user: 'UUSER', channel: 'C0OTHER' });
    expect(String(logged?.obj.err)).toContain('database is locked');

    const next = await h.command('topics');
    expect((await h.response(next.responseId)).body.text).toContain('nvidia');
  });

  it('renders search results escaped, with the page and how to get the next one', async () => {
    const story = (i: number, title: string, url?: string) => ({
      id: `s${i}`, title, url, feed: `매체<${i}>`, published: new Date('2026-11-29T00:30:00Z'), topics: ['nvidia'], keywords: ['엔비디아'], facts: [],
      otherSources: [{ feed: '연합뉴스', title, url: undefined, published: new Date('2026-11-29T00:40:00Z') }],
    });
    h.stories = [story(0, '<!channel> 엔비디아 & 삼성'), story(1, '<!here> 링크 <@U123>', 'https://news.test/a?x=1'), ...[2, 3, 4, 5, 6].map((i) => story(i, `기사 ${i}`))];
    const { responseId } = await h.command('search 엔비디아');
    const { body } = await h.response(responseId);
    const json = texts(body.blocks);
    expect(json).toContain('&lt;!channel&gt; 엔비디아 &amp; 삼성');
    expect(body.text).not.toContain('<!channel>');
    expect(json).not.toMatch(/<!channel>|<!here>|<@U123>/);
    expect(json).toContain('<https://news.test/a?x=1|');
    expect(json).toContain('매체&lt;0&gt; 외 1곳 · 2026-11-29 09:30');
    expect(json).toContain('(1/2쪽)');
    expect(json).toContain('/news search 엔비디아 7d p2');
  });
});

describe('Slack app: health and start-up', () => {
  it('serves GET /healthz: 200 JSON when healthy, 503 when not', async () => {
    const ok = await fetch(`http://127.0.0.1:${h.port}/healthz`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('application/json');
    expect(await ok.json()).toEqual({ ok: true, detail: 'last cycle 1 min ago' });

    h.health = { ok: false, detail: 'no cycle for 30 min' };
    const down = await fetch(`http://127.0.0.1:${h.port}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ ok: false, detail: 'no cycle for 30 min' });
  });

  it('acks clicks on the alerts\' open-article button', async () => {
    const payload = JSON.stringify({
      type: 'block_actions', team: { id: 'T0FAKE' }, user: { id: 'UUSER' }, api_app_id: 'A0APP', token: 't', trigger_id: '1.2.3',
      container: { type: 'message', channel_id: 'C0AI', message_ts: '1.2' }, channel: { id: 'C0AI' },
      actions: [{ type: 'button', action_id: 'open_article', block_id: 'b', action_ts: '1.3', url: 'https://news.test/a' }],
    });
    const body = new URLSearchParams({ payload }).toString();
    const res = await fetch(`http://127.0.0.1:${h.port}/slack/events`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signature(body) }, body,
    });
    expect(res.status).toBe(200);
    expect(h.logger.at('error')).toEqual([]);
  });

  it('needs a signing secret or an app token', () => {
    const make = () =>
      createSlackApp({ botToken: 'xoxb-test', command: '/news', admins: [], port: 0, health: async () => ({ ok: true, detail: '' }), commands: h.deps, logger: new RecordingLogger() });
    expect(make).toThrow(/SLACK_SIGNING_SECRET \(HTTP mode\) or SLACK_APP_TOKEN \(Socket Mode\)/);
  });
});
