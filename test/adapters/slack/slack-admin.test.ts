import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAdminCheck } from '../../../src/adapters/slack/slack-admin.ts';
import { createSlackWebClient } from '../../../src/adapters/slack/slack-web-client.ts';
import { RecordingLogger } from '../../fakes/recording-logger.ts';
import { startFakeSlack, type FakeSlack } from '../../support/fake-slack.ts';

let slack: FakeSlack;
let logger: RecordingLogger;
let t: number;
beforeEach(async () => {
  slack = await startFakeSlack();
  logger = new RecordingLogger();
  t = 1_000_000;
});
afterEach(() => slack.close());

const check = () =>
  createAdminCheck({ client: createSlackWebClient('xoxb-test', { apiUrl: slack.apiUrl }), admins: ['UCONF'], logger, ttlMs: 60_000, now: () => t });

describe('who is a Slack admin', () => {
  it('trusts the configured ids without asking Slack', async () => {
    expect(await check()('UCONF')).toBe(true);
    expect(slack.calls('users.info')).toHaveLength(0);
  });

  it('accepts workspace admins, owners and primary owners, and nobody else', async () => {
    slack.setUser({ id: 'UADM', is_admin: true });
    slack.setUser({ id: 'UOWN', is_owner: true });
    slack.setUser({ id: 'UPRI', is_primary_owner: true });
    slack.setUser({ id: 'UUSR' });
    const isAdmin = check();
    expect(await Promise.all(['UADM', 'UOWN', 'UPRI', 'UUSR'].map(isAdmin))).toEqual([true, true, true, false]);
  });

  it('caches the answer for the ttl, then asks again', async () => {
    slack.setUser({ id: 'UADM', is_admin: true });
    const isAdmin = check();
    expect(await isAdmin('UADM')).toBe(true);
    slack.setUser({ id: 'UADM', is_admin: false });
    t += 59_000;
    expect(await isAdmin('UADM')).toBe(true);
    t += 2_000;
    expect(await isAdmin('UADM')).toBe(false);
    expect(slack.calls('users.info')).toHaveLength(2);
  });

  it('says no when users.info fails, logs why, and asks again next time', async () => {
    slack.setUser({ id: 'UADM', is_admin: true });
    slack.fail({ error: 'missing_scope' }, 'users.info');
    const isAdmin = check();
    expect(await isAdmin('UADM')).toBe(false);
    expect(logger.at('warn')[0]).toMatchObject({ obj: { user: 'UADM' } });
    expect(String(logger.at('warn')[0]?.obj.err)).toContain('missing_scope');
    expect(await isAdmin('UADM')).toBe(true);
  });
});
