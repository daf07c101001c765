/**
 * Opens a SQLite connection configured for this service, and migrates it.
 *
 * Pragmas (https://www.sqlite.org/pragma.html):
 * - busy_timeout first, so every later statement (including the switch to
 *   WAL) waits for another process's lock instead of failing at once.
 * - journal_mode = WAL for files: readers never block the writer, which lets a
 *   `status` command read while the service runs. Persistent in the file.
 * - synchronous = NORMAL: safe against corruption in WAL mode; a power cut may
 *   lose the last commits, never half of one.
 * - foreign_keys = ON: SQLite leaves them off by default.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations.ts';

export const MEMORY = ':memory:';

/** Milliseconds a statement waits for another connection's lock before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

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
