import Database from 'better-sqlite3';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { existsSync, statSync } from 'node:fs';
import { DamagedDatabaseError, MigrationError, NotKeyplanDatabaseError } from './openErrors.js';

/** What an existing file is, found without writing to it. */
export type Inspection = { state: 'new' } | { state: 'keyplan'; pendingMigrations: number };

export interface InspectOptions {
  migrationsFolder: string;
  nativeBinding?: string;
  busyTimeoutMs: number;
}

const QUICK_CHECK_LINES = 5;
const isDamage = (error: unknown) =>
  error instanceof Database.SqliteError && (error.code.startsWith('SQLITE_CORRUPT') || error.code === 'SQLITE_NOTADB');

/**
 * Looks at the file through a read-only connection, so a file Keyplan then refuses (damaged, another
 * program's, from a newer version) is left byte for byte as it was: never switched to WAL, never given
 * a migrations table. A missing or empty file, or an SQLite file without tables, is a new database.
 */
export function inspectDatabase(path: string, options: InspectOptions): Inspection {
  if (!existsSync(path) || statSync(path).size === 0) return { state: 'new' };
  const sqlite = new Database(path, {
    readonly: true,
    fileMustExist: true,
    timeout: options.busyTimeoutMs,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    const problems = quickCheckProblems(sqlite, path);
    if (problems.length > 0) throw new DamagedDatabaseError(path, problems);
    if (!hasUserTables(sqlite)) return { state: 'new' };
    if (!hasMigrationsTable(sqlite)) throw new NotKeyplanDatabaseError(path);
    return { state: 'keyplan', pendingMigrations: checkMigrations(sqlite, readMigrationFiles({ migrationsFolder: options.migrationsFolder }), path) };
  } finally {
    sqlite.close();
  }
}

/** quick_check's findings (none when the file is sound); a file SQLite cannot read at all is damaged too. */
function quickCheckProblems(sqlite: Database.Database, path: string): string[] {
  try {
    const rows = sqlite.pragma(`quick_check(${QUICK_CHECK_LINES})`, { simple: false }) as { quick_check: string }[];
    const lines = rows.map((row) => row.quick_check);
    return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
  } catch (error) {
    if (isDamage(error)) return [error instanceof Error ? error.message : String(error)];
    throw error instanceof Error ? error : new Error(`Could not read ${path}`);
  }
}

export function hasUserTables(sqlite: Database.Database): boolean {
  return Boolean(sqlite.prepare("select 1 from sqlite_master where type = 'table' and name not like 'sqlite_%'").get());
}

export const hasMigrationsTable = (sqlite: Database.Database): boolean =>
  Boolean(sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get());

interface AppliedRow {
  hash: string;
  created_at: number;
}

/** Counts migrations still to apply; refuses files written by another (newer or altered) build. */
export function checkMigrations(sqlite: Database.Database, migrations: MigrationMeta[], path: string): number {
  if (!hasMigrationsTable(sqlite)) return migrations.length;
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
