/**
 * Opens a SQLite connection configured for this service, and migrates it.
 *
 * Pragmas (https://www.sqlite.org/pragma.html):
 * - busy_timeout first, so every later statement (including the switch to
 *   WAL) waits for another process's lock instead of failing at once.
 * - journal_mode = WAL for files: readers never block the writer, which lets a
 *   `status` command read while the service runs. Persistent in the file.
 * - synchronous = NORMAL: safe against corruption in WAL mode; a power cut may
 *   lose the last commits, never half of one. Only checkpoints fsync.
 * - wal_autocheckpoint, journal_size_limit: see the constants below.
 * - foreign_keys = ON: SQLite leaves them off by default.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations.ts';

export const MEMORY = ':memory:';

/** Milliseconds a statement waits for another connection's lock before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * WAL pages after which a commit copies the WAL back into the database
 * (SQLite's default is 1000). Each checkpoint fsyncs twice (~7 ms apiece,
 * measured on a VM disk) and copies every page changed since the last one; at
 * the default, recording a cold poll of 10 000 articles ran 16 of them and
 * most of its time went there. Fewer checkpoints mean fewer fsyncs, and a page
 * rewritten by many commits is copied once. 10 000 pages of 4 KiB = 40 MiB.
 */
export const WAL_AUTOCHECKPOINT_PAGES = 10_000;
/** Size the WAL file is truncated back to after a checkpoint (it is otherwise left at its peak). */
export const JOURNAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

export interface OpenedDatabase {
  db: Database.Database;
  /** Absolute path of the file, or ':memory:'. */
  path: string;
}

export function openDatabase(path: string): OpenedDatabase {
  const inMemory = path === MEMORY;
  const file = inMemory ? MEMORY : resolve(path);
  if (!inMemory) mkdirSync(dirname(file), { recursive: true });

  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (error) {
    throw new Error(`${file}: cannot open the database: ${messageOf(error)}`, { cause: error });
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!inMemory) db.pragma('journal_mode = WAL');
    db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
    db.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT_BYTES}`);
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, file);
  } catch (error) {
    db.close();
    // Errors from migrate already name the file.
    if (error instanceof Error && error.message.startsWith(file)) throw error;
    throw new Error(`${file}: cannot open the database: ${messageOf(error)}`, { cause: error });
  }
  return { db, path: file };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
