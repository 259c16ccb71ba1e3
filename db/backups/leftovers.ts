import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LeftoverOptions {
  /** The backups folder beside the database. */
  backupDir: string;
  /** Where restores and backup checks make their private copies (the system's temp folder). */
  tempDir?: string;
  /** Only what has not been touched for this long is left over; younger files may be in use. */
  olderThanMs?: number;
  now?: number;
}

// A restore's working copy (db/backups/restore.ts) and a backup check's (db/recovery.ts): full copies of the data.
const WORK_FOLDERS = /^keyplan-(restore|check)-/;
// A backup being written (db/backups/files.ts), with the journal SQLite may keep beside it.
const PARTIAL_BACKUP = /\.partial(-journal|-wal|-shm)?$/;

/**
 * Removes what a crash in the middle of a restore or a backup leaves behind: working copies in the temp
 * folder and half-written backups. Called when the app starts and after each restore. Returns what it removed.
 */
export function removeLeftovers({ backupDir, tempDir = tmpdir(), olderThanMs = 60_000, now = Date.now() }: LeftoverOptions): string[] {
  const removed: string[] = [];
  const sweep = (dir: string, matches: (name: string) => boolean) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return; // No such folder: nothing left over.
    }
    for (const name of names.filter(matches)) {
      const path = join(dir, name);
      try {
        if (now - statSync(path).mtimeMs < olderThanMs) continue;
        rmSync(path, { recursive: true, force: true });
        removed.push(path);
      } catch {
        // Gone meanwhile, or not ours to remove: the next sweep tries again.
      }
    }
  };
  sweep(tempDir, (name) => WORK_FOLDERS.test(name));
  sweep(backupDir, (name) => PARTIAL_BACKUP.test(name));
  return removed;
}
