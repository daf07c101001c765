import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackWebClient } from '../../../src/adapters/slack/slack-sink.ts';
import { type FakeSlack, startFakeSlack } from '../../support/fake-slack.ts';

let slack: FakeSlack;
beforeEach(async () => {
  slack = await startFakeSlack();
});
afterEach(() => slack.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(slack.url(path), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('fake Slack', () => {
  it('accepts chat.postMessage as JSON too, with blocks, and answers increasing ts', async () => {
    const headers = { authorization: 'Bearer xoxb-test' };
    const blocks = [{ type: 'divider' }];
    const a = (await (await post('/api/chat.postMessage', { channel: 'C1', text: 'a', blocks }, headers)).json()) as { ts: string };
    const b = (await (await post('/api/chat.postMessage', { channel: 'C1', text: 'b' }, headers)).json()) as { ts: string };
    expect(Number(b.ts)).toBeGreaterThan(Number(a.ts));
    expect(slack.calls('chat.postMessage')[0]).toMatchObject({ contentType: 'json', blocks, body: { channel: 'C1', text: 'a' } });
  });

  it('answers like Slack without a token: ok false with HTTP 200', async () => {
    const res = await post('/api/chat.postMessage', { channel: 'C1', text: 'a' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: false, error: 'not_authed' });
  });

  it('serves auth.test and scripted users.info to a real WebClient', async () => {
    slack.setUser({ id: 'U9', is_admin: true });
    const client = createSlackWebClient('xoxb-test', { apiUrl: slack.apiUrl });
    expect(await client.auth.test()).toMatchObject({ ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0FAKE' });
    expect((await client.users.info({ user: 'U9' })).user).toMatchObject({ id: 'U9', is_admin: true, is_owner: false });
    await expect(client.users.info({ user: 'U404' })).rejects.toMatchObject({ data: { error: 'user_not_found' } });
    expect(slack.calls().map((c) => c.method)).toEqual(['auth.test', 'users.info', 'users.info']);
  });

  it('scripts failures per method, in order', async () => {
    slack.fail({ error: 'internal_error' }, 'auth.test');
    const client = new WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
    await expect(client.auth.test()).rejects.toMatchObject({ data: { error: 'internal_error' } });
    await expect(client.auth.test()).resolves.toMatchObject({ ok: true });
  });

  it('records response_url posts', async () => {
    await post('/respond/r1', { text: 'done', response_type: 'ephemeral' });
    expect(slack.responses).toEqual([expect.objectContaining({ id: 'r1', body: { text: 'done', response_type: 'ephemeral' } })]);
  });

  it('answers webhook errors as text with their status', async () => {
    slack.failWebhook({ error: 'no_service' });
    const res = await post('/webhook/x', { text: 'a' });
    expect([res.status, await res.text()]).toEqual([404, 'no_service']);
    const ok = await post('/webhook/x', { text: 'b' });
    expect([ok.status, await ok.text()]).toEqual([200, 'ok']);
  });
});
