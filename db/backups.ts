import type Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface BackupOptions {
  /** Folder for the backups (defaults to `backups/` beside the database). */
  dir?: string;
  /** How many automatic backups to keep for each day (the newest ones of that day). */
  keepPerDay?: number;
  /** How many days with backups to keep. Counted over days that have backups, so a long break keeps history. */
  keepDays?: number;
  now?: Date;
}

export interface BackupFile {
  path: string;
  name: string;
  /** When the backup was taken, ISO 8601 (UTC). */
  takenAt: string;
  kind: 'automatic' | 'before-migration';
  bytes: number;
}

export interface BackupResult {
  backup: BackupFile;
  /** Automatic backups deleted by pruning. */
  removed: string[];
}

// Names carry the UTC time: keyplan-2025-03-01T08-30-00.db (automatic), keyplan-<iso>-before-migration.db (db/open.ts).
const AUTOMATIC = /^keyplan-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d+))?\.db$/;
const BEFORE_MIGRATION = /^keyplan-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-before-migration(?:-(\d+))?\.db$/;

export const defaultBackupDir = (dbPath: string): string => join(dirname(dbPath), 'backups');

/**
 * Copies the live database with SQLite's online backup API (consistent even while it is being written;
 * a plain file copy of a WAL database is not), then prunes older automatic backups.
 * Backups taken before a migration are never pruned.
 */
export async function createAutomaticBackup(
  sqlite: Database.Database,
  dbPath: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  const { keepPerDay = 3, keepDays = 14, now = new Date() } = options;
  if (!(keepPerDay >= 1 && keepDays >= 1)) throw new RangeError('keepPerDay and keepDays must be at least 1');
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

  const removed = pruneAutomaticBackups(dir, keepPerDay, keepDays, target);
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
    const before = auto ? null : BEFORE_MIGRATION.exec(name);
    const match = auto ?? before;
    if (!match) continue;
    const [, day, hh, mm, ss] = match;
    const ms = before ? before[5] : '000';
    const sequence = Number((before ? before[6] : auto?.[5]) ?? 1);
    const path = join(dir, name);
    const file: BackupFile = {
      path,
      name,
      takenAt: `${day}T${hh}:${mm}:${ss}.${ms}Z`,
      kind: auto ? 'automatic' : 'before-migration',
      bytes: statSync(path).size,
    };
    found.push({ file, sequence });
  }
  return found
    .sort((a, b) => b.file.takenAt.localeCompare(a.file.takenAt) || b.sequence - a.sequence)
    .map(({ file }) => file);
}

function pruneAutomaticBackups(dir: string, keepPerDay: number, keepDays: number, keep: string): string[] {
  const perDay = new Map<string, BackupFile[]>();
  for (const backup of listBackups(dir)) {
    if (backup.kind !== 'automatic') continue;
    const day = backup.takenAt.slice(0, 10);
    perDay.set(day, [...(perDay.get(day) ?? []), backup]);
  }
  const removed: string[] = [];
  // Map order is newest day first, and each day's list newest first (listBackups sorts).
  [...perDay.values()].forEach((backups, dayIndex) => {
    backups.forEach((backup, index) => {
      if (backup.path === keep || (dayIndex < keepDays && index < keepPerDay)) return;
      rmSync(backup.path, { force: true });
      removed.push(backup.path);
    });
  });
  return removed;
}
