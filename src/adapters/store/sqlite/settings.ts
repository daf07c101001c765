/**
 * The SettingsStore part of the SQLite store: one settings row (id = 1) with
 * a version, and an append-only audit table (migration 4).
 *
 * A save compares the stored version with the one the caller read, inside an
 * IMMEDIATE transaction, so of two edits made from the same version only the
 * first is saved; the second gets SettingsConflictError and nothing of it
 * (settings or audit row) is written.
 */
import type Database from 'better-sqlite3';
import {
  SettingsConflictError,
  type AuditEntry,
  type AuditRecord,
  type SettingsStore,
} from '../../../app/settings/settings-store.ts';
import type { Settings } from '../../../core/settings.ts';
import { toMs } from './rows.ts';

interface SettingsRow {
  settings: string;
  version: number;
  seed_hash: string | null;
}

interface AuditRow {
  id: number;
  at: number;
  platform: string;
  user_id: string;
  action: string;
  summary: string;
}

type SaveOptions = Parameters<SettingsStore['saveSettings']>[1];

export function settingsStore(db: Database.Database): SettingsStore {
  const get = db.prepare<[], SettingsRow>('SELECT settings, version, seed_hash FROM settings WHERE id = 1');
  const put = db.prepare<[SettingsRow]>(
    `INSERT INTO settings (id, settings, version, seed_hash) VALUES (1, @settings, @version, @seed_hash)
     ON CONFLICT (id) DO UPDATE SET
       settings = excluded.settings, version = excluded.version, seed_hash = excluded.seed_hash`,
  );
  const addAudit = db.prepare<[Omit<AuditRow, 'id'>]>(
    `INSERT INTO audit (at, platform, user_id, action, summary) VALUES (@at, @platform, @user_id, @action, @summary)`,
  );
  // Newest first = last recorded first (ids only grow; clocks may not).
  const latestAudit = db.prepare<[number], AuditRow>(
    'SELECT id, at, platform, user_id, action, summary FROM audit ORDER BY id DESC LIMIT ?',
  );

  const saveTx = db.transaction((settings: Settings, opts: SaveOptions): number => {
    const audit = auditValues(opts.audit);
    const stored = get.get()?.version;
    if (stored !== opts.expectedVersion) throw new SettingsConflictError();
    const version = (stored ?? 0) + 1;
    put.run({ settings: JSON.stringify(settings), version, seed_hash: opts.seedHash ?? null });
    addAudit.run(audit);
    return version;
  });

  return {
    async getSettings() {
      const row = get.get();
      if (row === undefined) return undefined;
      return {
        settings: JSON.parse(row.settings) as Settings,
        version: row.version,
        seedHash: row.seed_hash ?? undefined,
      };
    },

    async saveSettings(settings, opts) {
      return saveTx.immediate(settings, opts);
    },

    async listAudit(limit) {
      const n = Math.floor(limit);
      if (!(n > 0)) return [];
      return latestAudit.all(n).map(auditFromRow);
    },
  };
}

function auditValues(e: AuditEntry): Omit<AuditRow, 'id'> {
  return { at: toMs(e.at, 'audit.at'), platform: e.platform, user_id: e.user, action: e.action, summary: e.summary };
}

function auditFromRow(r: AuditRow): AuditRecord {
  return { id: r.id, at: new Date(r.at), platform: r.platform, user: r.user_id, action: r.action, summary: r.summary };
}
