import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkMigrations, hasUserTables, inspectDatabase } from './inspect.js';
import { MigrationError } from './openErrors.js';
import * as schema from './schema.js';

export { DamagedDatabaseError, MigrationError, NotKeyplanDatabaseError } from './openErrors.js';

/**
 * How long a call waits for another connection's write lock before answering 'busy'. Short: the user is
 * waiting, and WAL lets reads go on meanwhile, so only a write ever waits.
 */
export const BUSY_TIMEOUT_MS = 2000;

export type Db = BetterSQLite3Database<typeof schema>;

export interface DbHandle {
  db: Db;
  sqlite: Database.Database;
  path: string;
  /** Applied migrations: the schema version shown in Settings. */
  schemaVersion: number;
  close(): void;
}

export interface OpenOptions {
  /** Where the generated SQL migrations are (defaults to db/migrations next to this file). */
  migrationsFolder?: string;
  /** better-sqlite3 compiled for another runtime (Electron) than the running Node. */
  nativeBinding?: string;
  /** Folder for the pre-migration backup (defaults to `backups/` beside the database). */
  backupDir?: string;
}

export const defaultMigrationsFolder = (): string => {
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  return join(here, 'migrations');
};

/**
 * Opens (creating if needed) the Keyplan database at `path`, with the pragmas every connection
 * needs, and brings its schema up to date. An existing file is first looked at read-only: a damaged
 * file (quick_check), another program's SQLite file or one from a newer Keyplan is refused
 * (DamagedDatabaseError, NotKeyplanDatabaseError, MigrationError) exactly as it was. Only then is it
 * switched to WAL, and backed up before any migration.
 */
export async function openDatabase(path: string, options: OpenOptions = {}): Promise<DbHandle> {
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
  inspectDatabase(path, { migrationsFolder, busyTimeoutMs: BUSY_TIMEOUT_MS, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const db = drizzle(sqlite, { schema });
    const migrations = readMigrationFiles({ migrationsFolder });
    const pending = checkMigrations(sqlite, migrations, path);
    if (pending > 0) {
      const backupPath = hasUserTables(sqlite) ? await backupBeforeMigration(sqlite, path, options.backupDir) : null;
      try {
        migrate(db, { migrationsFolder });
      } catch (cause) {
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw new MigrationError(`Updating the database schema failed: ${reason}`, path, backupPath, { cause });
      }
    }
    return { db, sqlite, path, schemaVersion: migrations.length, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

async function backupBeforeMigration(sqlite: Database.Database, path: string, backupDir?: string): Promise<string> {
  const dir = backupDir ?? join(dirname(path), 'backups');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let target = join(dir, `keyplan-${stamp}-before-migration.db`);
  for (let n = 2; existsSync(target); n++) target = join(dir, `keyplan-${stamp}-before-migration-${n}.db`);
  await sqlite.backup(target);
  return target;
}
