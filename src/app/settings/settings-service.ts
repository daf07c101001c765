/**
 * Runtime settings (feeds, topics, channel subscriptions). The configuration
 * file seeds a new database; from then on the database is the source of
 * truth, chat commands change it, and each cycle reads it, so a change takes
 * effect on the next cycle without a restart.
 */
import { createHash } from 'node:crypto';
import type { Edit, Settings } from '../../core/settings.ts';
import type { Clock, Logger } from '../ports.ts';
import { SettingsConflictError, type AuditEntry, type SettingsStore } from './settings-store.ts';

export interface SettingsService {
  /** The current settings (seeding them from the file on first use). */
  current(): Promise<Settings>;
  /** Applies a pure edit and saves it with an audit entry. Retries once on a concurrent change. */
  change(edit: (s: Settings) => Edit, who: Omit<AuditEntry, 'at' | 'summary'>): Promise<Edit>;
  /** Replaces the settings with the file's (news-alert config import). */
  importFromFile(who: Omit<AuditEntry, 'at' | 'summary'>): Promise<void>;
}

/** A stable hash of the file's settings, to notice the file changing after seeding. */
export function settingsHash(s: Settings): string {
  return createHash('sha256').update(JSON.stringify(s)).digest('hex').slice(0, 16);
}

export function createSettingsService(deps: { store: SettingsStore; fromFile: Settings; clock: Clock; logger: Logger }): SettingsService {
  const fileHash = settingsHash(deps.fromFile);
  let warned = false;

  const load = async () => {
    const rec = await deps.store.getSettings();
    if (rec) {
      if (!warned && rec.seedHash !== fileHash) {
        warned = true;
        deps.logger.warn(
          {},
          'the configuration file\'s feeds, topics or channels differ from the database, which holds the settings changed from chat and wins; run "news-alert config import" to replace them with the file\'s',
        );
      }
      return rec;
    }
    const version = await deps.store.saveSettings(deps.fromFile, {
      expectedVersion: undefined,
      seedHash: fileHash,
      audit: { at: deps.clock.now(), platform: 'config', user: 'config file', action: 'seed', summary: 'settings seeded from the configuration file' },
    });
    deps.logger.info({ feeds: deps.fromFile.feeds.length, topics: deps.fromFile.topics.length }, 'settings seeded from the configuration file');
    return { settings: deps.fromFile, version, seedHash: fileHash };
  };

  return {
    current: async () => (await load()).settings,
    async change(edit, who) {
      for (let attempt = 0; ; attempt++) {
        const rec = await load();
        const result = edit(rec.settings);
        if (!result.ok) return result;
        try {
          await deps.store.saveSettings(result.settings, {
            expectedVersion: rec.version,
            seedHash: rec.seedHash,
            audit: { ...who, at: deps.clock.now(), summary: result.summary },
          });
          deps.logger.info({ platform: who.platform, user: who.user, action: who.action }, `settings changed: ${result.summary}`);
          return result;
        } catch (err) {
          if (!(err instanceof SettingsConflictError) || attempt > 0) throw err;
        }
      }
    },
    async importFromFile(who) {
      const rec = await deps.store.getSettings();
      await deps.store.saveSettings(deps.fromFile, {
        expectedVersion: rec?.version,
        seedHash: fileHash,
        audit: { ...who, at: deps.clock.now(), summary: 'settings replaced with the configuration file\'s' },
      });
    },
  };
}
