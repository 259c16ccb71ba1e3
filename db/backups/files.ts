import type Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BackupEntry, BackupKind } from '../../shared/contract/index.js';
import { ApiFailure } from '../api/failure.js';
import type { DbHandle } from '../open.js';
import { storageCodeOf } from '../storageErrors.js';

export interface BackupOptions {
  /** Folder for the backups (defaults to `backups/` beside the database). */
  dir?: string;
  /** How many automatic backups to keep for each day (the newest ones of that day). */
  keepPerDay?: number;
  /** How many days with backups to keep. Counted over days that have backups, so a long break keeps history. */
  keepDays?: number;
  /** How many safety backups taken before a restore to keep (the newest). */
  keepBeforeRestore?: number;
  now?: Date;
}

/** A backup as the contract shows it, and where it is on disk. */
export interface BackupFile extends BackupEntry {
  path: string;
}

export interface BackupResult {
  backup: BackupFile;
  /** Automatic backups deleted by pruning. */
  removed: string[];
}

// Names carry the UTC time: keyplan-2025-03-01T08-30-00.db (automatic), keyplan-<iso>-before-migration.db (db/open.ts),
// keyplan-<iso>-manual.db and keyplan-<iso>-before-restore.db (writeBackupNow).
const AUTOMATIC = /^keyplan-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d+))?\.db$/;
const LABELLED = /^keyplan-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(before-migration|manual|before-restore)(?:-(\d+))?\.db$/;

/** Whether `name` is a plain file name of the form backups are written under (no folder, nothing else). */
export const isBackupName = (name: string): boolean => AUTOMATIC.test(name) || LABELLED.test(name);

export const defaultBackupDir = (dbPath: string): string => join(dirname(dbPath), 'backups');

/**
 * Copies the live database with SQLite's online backup API (consistent even while it is being written;
 * a plain file copy of a WAL database is not), then prunes older backups (see pruneBackups).
 */
export async function createAutomaticBackup(
  sqlite: Database.Database,
  dbPath: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  const { now = new Date() } = options;
  const keep = keepSettings(options);
  const dir = options.dir ?? defaultBackupDir(dbPath);
  mkdirSync(dir, { recursive: true });

  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  let name = `keyplan-${stamp}.db`;
  for (let n = 2; existsSync(join(dir, name)); n++) name = `keyplan-${stamp}-${n}.db`;
  const target = join(dir, name);
  // Written under another name first, so an interrupted backup never looks like a complete one.
  const partial = `${target}.partial`;
  try {
    await sqlite.backup(partial);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }

  const removed = pruneBackups(dir, keep, target);
  const backup = listBackups(dir).find((b) => b.path === target);
  if (!backup) throw new Error(`The backup ${target} disappeared right after it was written.`);
  return { backup, removed };
}

/** Every backup in `dir`, newest first. A missing folder has none. */
export function listBackups(dir: string): BackupFile[] {
  if (!existsSync(dir)) return [];
  const found: { file: BackupFile; sequence: number }[] = [];
  for (const name of readdirSync(dir)) {
    const auto = AUTOMATIC.exec(name);
    const labelled = auto ? null : LABELLED.exec(name);
    const match = auto ?? labelled;
    if (!match) continue;
    const [, day, hh, mm, ss] = match;
    const ms = labelled ? labelled[5] : '000';
    const sequence = Number((labelled ? labelled[7] : auto?.[5]) ?? 1);
    const path = join(dir, name);
    const file: BackupFile = {
      path,
      name,
      createdAt: `${day}T${hh}:${mm}:${ss}.${ms}Z`,
      kind: labelled ? (labelled[6] as BackupKind) : 'automatic',
      sizeBytes: statSync(path).size,
    };
    found.push({ file, sequence });
  }
  return found
    .sort((a, b) => b.file.createdAt.localeCompare(a.file.createdAt) || b.sequence - a.sequence)
    .map(({ file }) => file);
}

type KeepOptions = Pick<BackupOptions, 'keepPerDay' | 'keepDays' | 'keepBeforeRestore'>;

/** The pruning settings with their defaults; refuses settings that would prune every backup. */
function keepSettings({ keepPerDay = 3, keepDays = 14, keepBeforeRestore = 10 }: KeepOptions): Required<KeepOptions> {
  if (!(keepPerDay >= 1 && keepDays >= 1 && keepBeforeRestore >= 1)) throw new RangeError('keepPerDay, keepDays and keepBeforeRestore must be at least 1');
  return { keepPerDay, keepDays, keepBeforeRestore };
}

/**
 * Deletes older backups, never `keep`: automatic ones beyond `keepPerDay` a day for `keepDays` days,
 * and safety copies taken before a restore beyond the newest `keepBeforeRestore` (each restore makes
 * one, so they would pile up). Backups the user made and those taken before a migration are never
 * deleted: each was made on purpose, and they are few.
 */
export function pruneBackups(dir: string, options: KeepOptions, keep: string): string[] {
  const { keepPerDay, keepDays, keepBeforeRestore } = keepSettings(options);
  const perDay = new Map<string, BackupFile[]>();
  const beforeRestore: BackupFile[] = [];
  for (const backup of listBackups(dir)) {
    if (backup.kind === 'before-restore') beforeRestore.push(backup);
    if (backup.kind !== 'automatic') continue;
    const day = backup.createdAt.slice(0, 10);
    perDay.set(day, [...(perDay.get(day) ?? []), backup]);
  }
  const removed: string[] = [];
  const remove = (backup: BackupFile) => {
    rmSync(backup.path, { force: true });
    removed.push(backup.path);
  };
  // Newest first (listBackups sorts).
  beforeRestore.forEach((backup, index) => {
    if (backup.path !== keep && index >= keepBeforeRestore) remove(backup);
  });
  // Map order is newest day first, and each day's list newest first (listBackups sorts).
  [...perDay.values()].forEach((backups, dayIndex) => {
    backups.forEach((backup, index) => {
      if (backup.path === keep || (dayIndex < keepDays && index < keepPerDay)) return;
      remove(backup);
    });
  });
  return removed;
}

/**
 * Writes a backup of the live database now, synchronously, for a backend call (a manual backup, or the
 * safety copy taken before a restore). better-sqlite3's online backup API is asynchronous only, and a
 * backend call answers synchronously; `VACUUM INTO` is SQLite's synchronous way to the same result: a
 * transactionally consistent copy read through the live connection (never a plain file copy), compacted.
 * It cannot run inside a transaction, so the caller must not be in one.
 */
export function writeBackupNow(sqlite: Database.Database, dir: string, kind: 'manual' | 'before-restore', now = new Date()): BackupFile {
  mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let name = `keyplan-${stamp}-${kind}.db`;
  for (let n = 2; existsSync(join(dir, name)); n++) name = `keyplan-${stamp}-${kind}-${n}.db`;
  const target = join(dir, name);
  const partial = `${target}.partial`;
  try {
    sqlite.prepare('VACUUM INTO ?').run(partial);
    const fd = openSync(partial, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
    throw error;
  }
  const backup = listBackups(dir).find((b) => b.path === target);
  if (!backup) throw new Error(`The backup ${target} disappeared right after it was written.`);
  return backup;
}

// What the backups channels call.

const toEntry = ({ path: _path, ...entry }: BackupFile): BackupEntry => entry;
export const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 300);

export const listBackupEntries = (handle: DbHandle): BackupEntry[] => listBackups(defaultBackupDir(handle.path)).map(toEntry);

export const createManualBackup = (handle: DbHandle): BackupEntry => toEntry(backUpNow(handle, 'manual', 'backups.errors.writeFailed'));

export function backUpNow(handle: DbHandle, kind: 'manual' | 'before-restore', failureKey: string): BackupFile {
  try {
    return writeBackupNow(handle.sqlite, defaultBackupDir(handle.path), kind);
  } catch (error) {
    // The message says what could not be backed up; the code says why (a full disk is not a bug).
    throw new ApiFailure(storageCodeOf(error) ?? 'conflict', failureKey, { reason: reasonOf(error) });
  }
}
