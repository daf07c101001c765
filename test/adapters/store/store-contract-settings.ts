/**
 * Store contract, part: settings and their audit trail (see store-contract.ts).
 * Every save names the version it was based on; a save based on a version
 * that is no longer stored is refused whole, so no edit is silently lost.
 */
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../src/app/settings/settings-store.ts';
import { SettingsConflictError } from '../../../src/app/settings/settings-store.ts';
import type { Settings } from '../../../src/core/settings.ts';
import type { CurrentStore } from './store-contract.ts';
import { at } from './store-fixtures.ts';

const SEEDED: Settings = {
  feeds: [{ name: '연합뉴스', url: 'https://www.yna.co.kr/rss/news.xml', enabled: true, fetchArticle: false }],
  topics: [{ name: 'nvidia', keywords: ['엔비디아', 'NVIDIA'], exclude: ['엔비디아 주가'] }],
  channels: [
    {
      name: 'slack-news',
      platform: 'slack',
      address: 'C0123456',
      topics: ['nvidia'],
      mode: 'instant',
      digest: { schedule: '0 9 * * *', maxStories: 10 },
      quietHours: '22:00-07:00',
    },
    { name: 'console', platform: 'console', topics: ['nvidia'], mode: 'digest', digest: { schedule: '0 18 * * 1-5', maxStories: 5 } },
  ],
};

const EDITED: Settings = { ...SEEDED, topics: [{ name: 'nvidia', keywords: ['엔비디아', 'NVIDIA', '젠슨 황'], exclude: [] }] };

function entry(minutes: number, action: string): AuditEntry {
  return { at: at(minutes), platform: 'slack', user: 'U042', action, summary: `did ${action}` };
}

const SEED_AUDIT: AuditEntry = { at: at(0), platform: 'config', user: 'config file', action: 'seed', summary: 'seeded from news-alert.yaml' };

export function describeSettingsContract(store: CurrentStore): void {
  describe('settings and audit', () => {
    it('has no settings and no audit in a new store', async () => {
      expect(await store().getSettings()).toBeUndefined();
      expect(await store().listAudit(10)).toEqual([]);
    });

    it('seeds settings when none are stored, as version 1 with the seed hash', async () => {
      const version = await store().saveSettings(SEEDED, { expectedVersion: undefined, seedHash: 'sha256:abc', audit: SEED_AUDIT });
      expect(version).toBe(1);
      expect(await store().getSettings()).toEqual({ settings: SEEDED, version: 1, seedHash: 'sha256:abc' });
      expect(await store().listAudit(10)).toEqual([{ ...SEED_AUDIT, id: expect.any(Number) }]);
    });

    it('saves an edit based on the stored version, storing the seed hash given', async () => {
      await store().saveSettings(SEEDED, { expectedVersion: undefined, seedHash: 'sha256:abc', audit: SEED_AUDIT });
      expect(await store().saveSettings(EDITED, { expectedVersion: 1, seedHash: 'sha256:abc', audit: entry(5, 'keywords add nvidia 젠슨 황') })).toBe(2);
      expect(await store().getSettings()).toEqual({ settings: EDITED, version: 2, seedHash: 'sha256:abc' });
      expect(await store().saveSettings(SEEDED, { expectedVersion: 2, seedHash: undefined, audit: entry(6, 'undo') })).toBe(3);
      const record = await store().getSettings();
      expect(record).toMatchObject({ settings: SEEDED, version: 3 });
      expect(record?.seedHash).toBeUndefined();
    });

    it('refuses an edit based on a stale version, changing nothing', async () => {
      await store().saveSettings(SEEDED, { expectedVersion: undefined, seedHash: 'sha256:abc', audit: SEED_AUDIT });
      await store().saveSettings(EDITED, { expectedVersion: 1, seedHash: 'sha256:abc', audit: entry(5, 'first') });

      await expect(
        store().saveSettings(SEEDED, { expectedVersion: 1, seedHash: 'sha256:new', audit: entry(6, 'second') }),
      ).rejects.toBeInstanceOf(SettingsConflictError);
      await expect(
        store().saveSettings(SEEDED, { expectedVersion: undefined, seedHash: 'sha256:new', audit: entry(7, 'reseed') }),
      ).rejects.toBeInstanceOf(SettingsConflictError);
      expect(await store().getSettings()).toEqual({ settings: EDITED, version: 2, seedHash: 'sha256:abc' });
      expect((await store().listAudit(10)).map((a) => a.action)).toEqual(['first', 'seed']);
    });

    it('refuses an edit based on a version when nothing is stored yet', async () => {
      await expect(
        store().saveSettings(SEEDED, { expectedVersion: 1, seedHash: undefined, audit: entry(1, 'edit') }),
      ).rejects.toBeInstanceOf(SettingsConflictError);
      expect(await store().getSettings()).toBeUndefined();
      expect(await store().listAudit(10)).toEqual([]);
    });

    it('lists the audit newest first, at most `limit` entries, with every field', async () => {
      await store().saveSettings(SEEDED, { expectedVersion: undefined, seedHash: 'h', audit: SEED_AUDIT });
      for (let v = 1; v <= 4; v++) {
        await store().saveSettings(SEEDED, { expectedVersion: v, seedHash: 'h', audit: entry(v * 10, `edit ${v}`) });
      }
      const latest = await store().listAudit(3);
      expect(latest.map((a) => a.action)).toEqual(['edit 4', 'edit 3', 'edit 2']);
      expect(latest[0]).toEqual({ id: expect.any(Number), at: at(40), platform: 'slack', user: 'U042', action: 'edit 4', summary: 'did edit 4' });
      expect(latest[0]?.at).toBeInstanceOf(Date);
      expect(new Set((await store().listAudit(100)).map((a) => a.id)).size).toBe(5);
      expect(await store().listAudit(0)).toEqual([]);
    });
  });
}
