import { closeSync, constants, copyFileSync, existsSync, fsyncSync, linkSync, mkdtempSync, openSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { defaultBackupDir, listBackups, type BackupFile } from './backups/files.js';
import { inspectDatabase } from './inspect.js';
import { BUSY_TIMEOUT_MS, defaultMigrationsFolder } from './open.js';

/**
 * What to do about a damaged database file (openDatabase threw DamagedDatabaseError): which backup to
 * put in its place and where the damaged file goes. electron/ asks the user, then calls recoverFromBackup.
 */
export interface RecoveryPlan {
  databasePath: string;
  /** Where the backups were looked for. */
  backupDir: string;
  /** The newest backup that passes quick_check and this version can open; null when there is none. */
  backup: BackupFile | null;
  /** Where the damaged file is moved to (with its -wal and -shm): kept, never deleted. */
  damagedPath: string;
}

export interface RecoveryOptions {
  backupDir?: string;
  migrationsFolder?: string;
  nativeBinding?: string;
  now?: Date;
}

const SIDE_FILES = ['-wal', '-shm'];

/** Looks for the backup to restore; reads the backups (through private copies) and writes nothing beside them. */
export function planRecovery(databasePath: string, options: RecoveryOptions = {}): RecoveryPlan {
  const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
  let damagedPath = join(dirname(databasePath), `keyplan-damaged-${stamp}.db`);
  for (let n = 2; existsSync(damagedPath); n++) damagedPath = join(dirname(databasePath), `keyplan-damaged-${stamp}-${n}.db`);
  const backupDir = options.backupDir ?? defaultBackupDir(databasePath);
  const backup = listBackups(backupDir).find((candidate) => isUsableBackup(candidate.path, options)) ?? null;
  return { databasePath, backupDir, backup, damagedPath };
}

/**
 * Puts the plan's backup in place of the damaged file. The backup is copied and checked first; then the
 * damaged file's -wal and -shm are moved aside (a stale log must never be replayed over the restored
 * file), the damaged file gets its new name, and the checked copy takes the database's name. The
 * backup itself is not changed. The caller then opens the database as usual (migrating an older backup).
 */
export function recoverFromBackup(plan: RecoveryPlan, options: RecoveryOptions = {}): { damagedPath: string; restoredFrom: string } {
  const { backup, databasePath, damagedPath } = plan;
  if (!backup) throw new Error('There is no intact backup to restore.');
  const recovering = `${databasePath}.recovering`;
  rmSync(recovering, { force: true });
  copyFileSync(backup.path, recovering, constants.COPYFILE_EXCL);
  try {
    syncFile(recovering);
    if (inspectDatabase(recovering, inspectOptions(options)).state !== 'keyplan') throw new Error(`${backup.name} is not a Keyplan backup.`);
  } catch (error) {
    removeWithSideFiles(recovering);
    throw error;
  }
  // The check's read-only connection may have left empty side files; the copy is whole without them.
  for (const suffix of SIDE_FILES) rmSync(recovering + suffix, { force: true });

  for (const suffix of SIDE_FILES) if (existsSync(databasePath + suffix)) renameSync(databasePath + suffix, damagedPath + suffix);
  try {
    // A second name for the damaged file, so the rename below replaces the database's name in one step.
    linkSync(databasePath, damagedPath);
  } catch {
    // File systems without hard links (FAT, some network shares): move it instead.
    renameSync(databasePath, damagedPath);
  }
  renameSync(recovering, databasePath);
  syncFolder(dirname(databasePath));
  return { damagedPath, restoredFrom: backup.name };
}

const inspectOptions = (options: RecoveryOptions) => ({
  migrationsFolder: options.migrationsFolder ?? defaultMigrationsFolder(),
  busyTimeoutMs: BUSY_TIMEOUT_MS,
  ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
});

/** Checked on a private copy: opening a backup in place, even read-only, would leave -wal/-shm beside it. */
function isUsableBackup(path: string, options: RecoveryOptions): boolean {
  const work = mkdtempSync(join(tmpdir(), 'keyplan-check-'));
  try {
    const copy = join(work, basename(path));
    copyFileSync(path, copy);
    return inspectDatabase(copy, inspectOptions(options)).state === 'keyplan';
  } catch {
    return false;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function removeWithSideFiles(path: string): void {
  for (const suffix of ['', ...SIDE_FILES]) rmSync(path + suffix, { force: true });
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes the renames durable where the platform allows it (Windows cannot open a folder). */
function syncFolder(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* best effort */
  }
}
