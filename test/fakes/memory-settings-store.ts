import { SettingsConflictError, type AuditRecord, type SettingsRecord, type SettingsStore } from '../../src/app/settings/settings-store.ts';
import type { Settings } from '../../src/core/settings.ts';

/** SettingsStore in memory, with the same version check as the real stores. */
export class MemorySettingsStore implements SettingsStore {
  record: SettingsRecord | undefined;
  readonly audit: AuditRecord[] = [];

  async getSettings() {
    return this.record ? structuredClone(this.record) : undefined;
  }

  async saveSettings(settings: Settings, opts: Parameters<SettingsStore['saveSettings']>[1]) {
    if (this.record?.version !== opts.expectedVersion) throw new SettingsConflictError();
    const version = (this.record?.version ?? 0) + 1;
    this.record = { settings: structuredClone(settings), version, seedHash: opts.seedHash };
    this.audit.push({ ...opts.audit, id: this.audit.length + 1 });
    return version;
  }

  async listAudit(limit: number) {
    return [...this.audit].reverse().slice(0, limit);
  }
}
