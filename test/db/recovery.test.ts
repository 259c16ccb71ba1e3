import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DamagedDatabaseError, openDatabase, planRecovery, recoverFromBackup } from '../../db/index.js';
import { fileState, flipMiddlePage, keyplanFile, sha256 } from '../helpers/damage.js';
import { makeTempDir } from '../helpers/tempDb.js';

let dir: string;
let dbPath: string;
let backups: string;
beforeEach(async () => {
  dir = makeTempDir('keyplan-recovery-');
  backups = join(dir, 'backups');
  mkdirSync(backups);
  dbPath = await keyplanFile(dir, 'keyplan.db', 40);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under the folder with its hash: what "nothing was touched" compares. */
const snapshot = () =>
  Object.fromEntries(
    [dir, backups].flatMap((folder) =>
      readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => [join(folder, entry.name), sha256(join(folder, entry.name))]),
    ),
  );

/** A backup holding one account called `name`, under the backup file name `file`. */
async function backupNamed(file: string, name: string): Promise<string> {
  const source = await keyplanFile(makeTempDirIn(), 'source.db', 5);
  const raw = new Database(source);
  raw.prepare('update accounts set name = ?').run(name);
  raw.close();
  const path = join(backups, file);
  copyFileSync(source, path);
  return path;
}
let scratch = 0;
const makeTempDirIn = () => {
  const path = join(dir, `scratch-${scratch++}`);
  mkdirSync(path);
  return path;
};
const accountNames = async (path: string) => {
  const handle = await openDatabase(path);
  try {
    return handle.sqlite.prepare('select name from accounts').pluck().all();
  } finally {
    handle.close();
  }
};

describe('recovering from a damaged database', () => {
  it('picks the newest backup that passes quick_check and this version can open, touching nothing', async () => {
    await backupNamed('keyplan-2025-01-01T00-00-00.db', 'Oldest good');
    await backupNamed('keyplan-2025-02-01T00-00-00-000Z-manual.db', 'Newest good');
    const damaged = await backupNamed('keyplan-2025-03-01T00-00-00.db', 'Damaged');
    flipMiddlePage(damaged);
    writeFileSync(join(backups, 'keyplan-2025-04-01T00-00-00.db'), Buffer.alloc(8192, 'garbage'));
    const newer = await backupNamed('keyplan-2025-05-01T00-00-00.db', 'From a newer Keyplan');
    const raw = new Database(newer);
    raw.pragma('journal_mode = DELETE');
    raw.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run('f'.repeat(64), Date.now() + 1e12);
    raw.close();
    writeFileSync(join(backups, 'keyplan-2025-06-01T00-00-00.db.partial'), 'half a backup');
    flipMiddlePage(dbPath);
    for (const scratchDir of readdirSync(dir).filter((name) => name.startsWith('scratch-'))) rmSync(join(dir, scratchDir), { recursive: true });
    const before = snapshot();

    const plan = planRecovery(dbPath, { now: new Date('2025-07-01T12:00:00.000Z') });
    expect(plan.backup?.name).toBe('keyplan-2025-02-01T00-00-00-000Z-manual.db');
    expect(plan.damagedPath).toBe(join(dir, 'keyplan-damaged-2025-07-01T12-00-00-000Z.db'));
    expect(snapshot()).toEqual(before);
  });

  it('moves the damaged file (and its -wal and -shm) aside, never deleting it, and puts the backup in its place', async () => {
    await backupNamed('keyplan-2025-01-01T00-00-00.db', 'From the backup');
    flipMiddlePage(dbPath);
    writeFileSync(`${dbPath}-wal`, 'the damaged file’s own log');
    writeFileSync(`${dbPath}-shm`, 'its index');
    const damaged = fileState(dbPath);
    const backupHash = sha256(join(backups, 'keyplan-2025-01-01T00-00-00.db'));
    await expect(openDatabase(dbPath)).rejects.toBeInstanceOf(DamagedDatabaseError);

    const plan = planRecovery(dbPath);
    const result = recoverFromBackup(plan);
    expect(result).toEqual({ damagedPath: plan.damagedPath, restoredFrom: 'keyplan-2025-01-01T00-00-00.db' });
    // The file and its log byte for byte; -shm is only SQLite's index of the log, which any reader rebuilds.
    const moved = fileState(plan.damagedPath);
    expect(moved.slice(0, 2)).toEqual(damaged.slice(0, 2));
    expect(moved[2]).not.toBe(null);
    expect(await accountNames(dbPath)).toEqual(['From the backup']);
    expect(sha256(join(backups, 'keyplan-2025-01-01T00-00-00.db'))).toBe(backupHash);
    expect(readdirSync(dir).filter((name) => name.includes('recovering'))).toEqual([]);
  });

  it('finds nothing to restore when no backup is intact, and then moves nothing', async () => {
    const only = await backupNamed('keyplan-2025-01-01T00-00-00.db', 'Damaged too');
    flipMiddlePage(only);
    flipMiddlePage(dbPath);
    for (const scratchDir of readdirSync(dir).filter((name) => name.startsWith('scratch-'))) rmSync(join(dir, scratchDir), { recursive: true });
    const before = snapshot();
    const plan = planRecovery(dbPath);
    expect(plan.backup).toBe(null);
    expect(() => recoverFromBackup(plan)).toThrow();
    expect(snapshot()).toEqual(before);
  });
});
