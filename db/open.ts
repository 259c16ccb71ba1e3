import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema.js';

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

/** A migration could not be applied. The original file is untouched; `backupPath` holds a copy. */
export class MigrationError extends Error {
  constructor(
    message: string,
    readonly databasePath: string,
    readonly backupPath: string | null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

export const defaultMigrationsFolder = (): string => {
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  return join(here, 'migrations');
};

/**
 * Opens (creating if needed) the Keyplan database at `path`, with the pragmas every connection
 * needs, and brings its schema up to date. An existing file is backed up before any migration.
 */
export async function openDatabase(path: string, options: OpenOptions = {}): Promise<DbHandle> {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const db = drizzle(sqlite, { schema });
    const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
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

interface AppliedRow {
  hash: string;
  created_at: number;
}

/** Counts migrations still to apply; refuses files written by another (newer or altered) build. */
export function checkMigrations(sqlite: Database.Database, migrations: MigrationMeta[], path: string): number {
  const table = sqlite
    .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
    .get();
  if (!table) return migrations.length;
  const applied = sqlite.prepare('select hash, created_at from __drizzle_migrations order by created_at').all() as AppliedRow[];
  const byTime = new Map(migrations.map((m) => [m.folderMillis, m]));
  for (const row of applied) {
    const known = byTime.get(Number(row.created_at));
    if (!known) {
      throw new MigrationError(
        'This database was written by a newer version of Keyplan. Install the newer version to open it.',
        path,
        null,
      );
    }
    if (known.hash !== row.hash) {
      throw new MigrationError('This database was migrated by a different build of Keyplan (migration checksums differ).', path, null);
    }
  }
  const last = applied.at(-1);
  return migrations.filter((m) => !last || m.folderMillis > Number(last.created_at)).length;
}

function hasUserTables(sqlite: Database.Database): boolean {
  return Boolean(sqlite.prepare("select 1 from sqlite_master where type = 'table' and name not like 'sqlite_%'").get());
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
