import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { constants, copyFileSync, existsSync, lstatSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BackupRestored } from '../../shared/contract/index.js';
import { ApiFailure } from '../api/failure.js';
import type { ApiOptions } from '../api/context.js';
import { checkMigrations } from '../inspect.js';
import { defaultMigrationsFolder, type DbHandle } from '../open.js';
import { MigrationError } from '../openErrors.js';
import { findInvalidRow } from '../rowValidators.js';
import { storageCodeOf } from '../storageErrors.js';
import { backUpNow, defaultBackupDir, isBackupName, listBackups, pruneBackups, reasonOf, type BackupFile } from './files.js';
import { removeLeftovers } from './leftovers.js';

// Not restored: the migrations bookkeeping describes the current schema, and settings are this
// installation's preferences rather than account data (the UI and Electron's menus follow the
// language chosen now; a restore must not switch it back behind their backs).
const NOT_RESTORED = new Set(['__drizzle_migrations', 'settings']);
const SOURCE = 'restore_source';
const unreadable = () => new ApiFailure('conflict', 'backups.errors.unreadable');
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Replaces the account data of the live database with a backup's, all or nothing, while the app keeps
 * its connection: the backup is copied to a private temp file and checked and upgraded there (the
 * backup itself is never opened or changed), every row of it checked against the rules of the API
 * (db/rowValidators.ts), a safety backup of the current data is taken, then one transaction empties
 * every data table and fills it from the attached copy. Older safety backups are pruned afterwards.
 */
export function restoreBackup(handle: DbHandle, name: string, options: ApiOptions = {}): BackupRestored {
  const chosen = findBackup(handle, name);
  const backupDir = defaultBackupDir(handle.path);
  const tempDir = options.tempDir ?? tmpdir();
  const work = mkdtempSync(join(tempDir, 'keyplan-restore-'));
  try {
    const copy = join(work, 'restore.db');
    copyBackup(chosen.path, copy);
    upgradeCopy(copy, options);
    const safety = backUpNow(handle, 'before-restore', 'backups.errors.safetyFailed');
    try {
      replaceData(handle.sqlite, copy);
    } catch (error) {
      // Rolled back: the current data is still there, so its safety copy would only be clutter.
      rmSync(safety.path, { force: true });
      if (error instanceof ApiFailure) throw error;
      throw new ApiFailure(storageCodeOf(error) ?? 'conflict', 'backups.errors.restoreFailed', { reason: reasonOf(error) });
    }
    try {
      pruneBackups(backupDir, {}, safety.path);
    } catch {
      // The data is restored; older safety copies go at the next restore or automatic backup.
    }
    return { restored: chosen.name, safetyBackup: safety.name };
  } finally {
    rmSync(work, { recursive: true, force: true });
    // And whatever an earlier restore, killed halfway, left behind.
    removeLeftovers({ backupDir, tempDir });
  }
}

/** Only a name the list shows: no paths, no other folders, no links. */
function findBackup(handle: DbHandle, name: string): BackupFile {
  if (!isBackupName(name)) throw new ApiFailure('bad_input', 'backups.errors.badName', { name });
  const found = listBackups(defaultBackupDir(handle.path)).find((backup) => backup.name === name);
  if (!found || !lstatSync(found.path).isFile()) throw new ApiFailure('not_found', 'backups.errors.notFound', { name });
  return found;
}

/**
 * A finished backup is a closed file nobody writes to, so its bytes are an exact copy. Opening it in
 * place, even read-only, would leave -wal/-shm files beside it (backups carry the WAL flag).
 */
function copyBackup(source: string, target: string): void {
  copyFileSync(source, target, constants.COPYFILE_EXCL);
  // A backup opened and changed by another tool may hold committed pages in its -wal.
  if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${target}-wal`, constants.COPYFILE_EXCL);
}

/** Checks the copy and migrates it to the current schema, as openDatabase would; throws an ApiFailure if it is unusable. */
function upgradeCopy(path: string, options: ApiOptions): void {
  // Opening does not read the file yet (a damaged one fails below); a failure here is ours, not the backup's.
  const copy = new Database(path, { fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    let intact = false;
    try {
      intact = copy.pragma('integrity_check', { simple: true }) === 'ok';
      // One self-contained file to attach later.
      copy.pragma('journal_mode = DELETE');
    } catch {
      intact = false;
    }
    const keyplanFile = intact && copy.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
    if (!keyplanFile) throw unreadable();

    copy.pragma('foreign_keys = ON');
    const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
    let pending: number;
    try {
      pending = checkMigrations(copy, readMigrationFiles({ migrationsFolder }), path);
    } catch (error) {
      if (error instanceof MigrationError) throw new ApiFailure('conflict', 'backups.errors.otherVersion');
      throw error;
    }
    if (pending > 0) {
      try {
        migrate(drizzle(copy), { migrationsFolder });
      } catch (error) {
        throw new ApiFailure('conflict', 'backups.errors.upgradeFailed', { reason: reasonOf(error) });
      }
    }
    if ((copy.pragma('foreign_key_check') as unknown[]).length > 0) throw unreadable();
    // Every row must pass the rules a row written through the API passes.
    const problem = findInvalidRow(copy);
    if (problem) throw new ApiFailure('conflict', 'backups.errors.badRow', { table: problem.table, id: problem.id, field: problem.field });
  } finally {
    copy.close();
  }
}

/** The tables holding user data, in creation order. */
function dataTables(sqlite: Database.Database): string[] {
  const tables = sqlite.pragma('main.table_list') as { name: string; type: string }[];
  const order = sqlite.prepare("select name from main.sqlite_master where type = 'table' order by rowid").pluck().all() as string[];
  const plain = new Set(tables.filter((t) => t.type === 'table' && !t.name.startsWith('sqlite_') && !NOT_RESTORED.has(t.name)).map((t) => t.name));
  return order.filter((name) => plain.has(name));
}

const columnsOf = (sqlite: Database.Database, schema: string, table: string) =>
  (sqlite.pragma(`${schema}.table_info(${quote(table)})`) as { name: string }[]).map((c) => c.name);

/** One transaction on the live connection: every data table emptied and refilled from the attached copy. */
function replaceData(sqlite: Database.Database, copyPath: string): void {
  sqlite.prepare(`ATTACH DATABASE ? AS ${SOURCE}`).run(copyPath);
  try {
    const plan = dataTables(sqlite).map((table) => {
      const columns = columnsOf(sqlite, 'main', table);
      const available = new Set(columnsOf(sqlite, SOURCE, table));
      if (!columns.every((column) => available.has(column))) throw unreadable();
      return { table, columns: columns.map(quote).join(', ') };
    });
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      // Rows go in table by table, so references are checked once, at COMMIT.
      sqlite.pragma('defer_foreign_keys = ON');
      for (const { table } of [...plan].reverse()) sqlite.exec(`DELETE FROM main.${quote(table)}`);
      // Explicit column lists, never SELECT *: SQLite's INSERT…SELECT * fast path skips the bookkeeping of
      // deferred foreign keys on parent tables, and the COMMIT would then fail on rows that are fine.
      for (const { table, columns } of plan) {
        sqlite.exec(`INSERT INTO main.${quote(table)} (${columns}) SELECT ${columns} FROM ${SOURCE}.${quote(table)}`);
      }
      sqlite.exec('COMMIT');
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      throw error;
    }
  } finally {
    sqlite.exec(`DETACH DATABASE ${SOURCE}`);
  }
}
