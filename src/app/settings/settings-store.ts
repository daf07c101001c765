/** What the settings service needs from persistence (the Store implements it). */
import type { Settings } from '../../core/settings.ts';

export interface AuditEntry {
  at: Date;
  /** slack, discord, cli, config … */
  platform: string;
  /** Platform user id (or "config file"). */
  user: string;
  /** The command as given, e.g. "keywords add nvidia 젠슨황". */
  action: string;
  /** What changed, in words. */
  summary: string;
}

export interface AuditRecord extends AuditEntry {
  id: number;
}

export interface SettingsRecord {
  settings: Settings;
  /** Increases with every save: lost updates are refused, not silently merged. */
  version: number;
  /** Hash of the configuration file's feeds/topics/channels when they were last seeded. */
  seedHash: string | undefined;
}

export class SettingsConflictError extends Error {
  constructor() {
    super('settings were changed by someone else meanwhile; try again');
    this.name = 'SettingsConflictError';
  }
}

export interface SettingsStore {
  getSettings(): Promise<SettingsRecord | undefined>;
  /**
   * Saves the settings and the audit entry in one transaction, if the stored
   * version is still `expectedVersion` (undefined = nothing stored yet);
   * otherwise throws SettingsConflictError. Returns the new version.
   */
  saveSettings(settings: Settings, opts: { expectedVersion: number | undefined; seedHash?: string | undefined; audit: AuditEntry }): Promise<number>;
  /** Newest first. */
  listAudit(limit: number): Promise<AuditRecord[]>;
}
