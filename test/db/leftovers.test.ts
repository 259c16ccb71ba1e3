import { existsSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAutomaticBackup, createDispatch, removeLeftovers, type Dispatch } from '../../db/index.js';
import type { BackupEntry, BackupRestored } from '../../shared/contract/index.js';
import { makeTempDir, openTempDb, type TempDb } from '../helpers/tempDb.js';

let t: TempDb;
let temp: string;
let dispatch: Dispatch;
beforeEach(async () => {
  t = await openTempDb();
  temp = makeTempDir('keyplan-leftovers-tmp-');
  dispatch = createDispatch(t.handle, { tempDir: temp, onInternalError: () => {} });
});
afterEach(() => {
  t.cleanup();
  rmSync(temp, { recursive: true, force: true });
});

const backups = () => join(t.dir, 'backups');
const twoMinutesAgo = () => new Date(Date.now() - 120_000);
const age = (path: string) => utimesSync(path, twoMinutesAgo(), twoMinutesAgo());
const names = () => readdirSync(backups()).sort();

function call<T>(channel: string, input: unknown = {}): T {
  const result = dispatch(channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as T;
}

/** A leftover folder like the one a restore killed halfway leaves: a full copy of the data. */
function staleRestoreFolder(name: string, old = true): string {
  const path = join(temp, name);
  mkdirSync(path);
  writeFileSync(join(path, 'restore.db'), 'a full copy of the data');
  if (old) age(path);
  return path;
}

describe('leftovers of interrupted work', () => {
  it('are removed when older than a minute: restore folders in the temp folder and .partial files in backups/', () => {
    const backup = call<BackupEntry>('backups.create');
    const stale = [staleRestoreFolder('keyplan-restore-AAAAAA'), staleRestoreFolder('keyplan-check-BBBBBB')];
    const fresh = staleRestoreFolder('keyplan-restore-CCCCCC', false);
    const unrelated = staleRestoreFolder('someone-else-DDDDDD');
    const partials = ['keyplan-2025-01-01T00-00-00.db.partial', 'keyplan-2025-01-01T00-00-00-000Z-manual.db.partial', 'x.db.partial-journal'].map((name) => {
      writeFileSync(join(backups(), name), 'half a backup');
      age(join(backups(), name));
      return join(backups(), name);
    });
    writeFileSync(join(backups(), 'fresh.db.partial'), 'being written right now');

    const removed = removeLeftovers({ backupDir: backups(), tempDir: temp });
    expect(removed.sort()).toEqual([...stale, ...partials].sort());
    for (const path of [...stale, ...partials]) expect(existsSync(path)).toBe(false);
    for (const path of [fresh, unrelated, join(backups(), 'fresh.db.partial'), join(backups(), backup.name)]) expect(existsSync(path)).toBe(true);
  });

  it('are removed after each restore too, and a restore leaves nothing of its own in the temp folder', () => {
    const backup = call<BackupEntry>('backups.create');
    const stale = staleRestoreFolder('keyplan-restore-EEEEEE');
    call<BackupRestored>('backups.restore', { name: backup.name });
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(temp)).toEqual([]);
  });
});

describe('backups taken before a restore', () => {
  const beforeRestore = (day: number) => `keyplan-2025-01-${String(day).padStart(2, '0')}T00-00-00-000Z-before-restore.db`;

  function seed(): void {
    mkdirSync(backups(), { recursive: true });
    for (let day = 1; day <= 14; day++) writeFileSync(join(backups(), beforeRestore(day)), 'old safety copy');
    writeFileSync(join(backups(), 'keyplan-2024-06-01T00-00-00-000Z-manual.db'), 'made by the user');
    writeFileSync(join(backups(), 'keyplan-2024-06-01T00-00-00-000Z-before-migration.db'), 'before an update');
  }

  it('are pruned to the newest 10 after a restore; manual and before-migration backups are kept', () => {
    const backup = call<BackupEntry>('backups.create');
    seed();
    const { safetyBackup } = call<BackupRestored>('backups.restore', { name: backup.name });
    const kept = names().filter((name) => name.endsWith('before-restore.db'));
    expect(kept).toHaveLength(10);
    expect(kept).toContain(safetyBackup);
    expect(kept).not.toContain(beforeRestore(5));
    expect(kept).toContain(beforeRestore(6));
    expect(names()).toContain(backup.name);
    expect(names()).toContain('keyplan-2024-06-01T00-00-00-000Z-manual.db');
    expect(names()).toContain('keyplan-2024-06-01T00-00-00-000Z-before-migration.db');
  });

  it('are pruned with the automatic backups too', async () => {
    seed();
    const { removed } = await createAutomaticBackup(t.handle.sqlite, t.path);
    expect(removed.map((path) => path.slice(backups().length + 1)).sort()).toEqual([1, 2, 3, 4].map(beforeRestore));
    expect(names().filter((name) => name.endsWith('before-restore.db'))).toHaveLength(10);
  });
});
