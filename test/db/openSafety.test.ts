import Database from 'better-sqlite3';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DamagedDatabaseError, MigrationError, NotKeyplanDatabaseError, openDatabase } from '../../db/index.js';
import { fileState, flipMiddlePage, foreignFile, headerSaysWal, keyplanFile } from '../helpers/damage.js';
import { makeTempDir } from '../helpers/tempDb.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = makeTempDir('keyplan-open-safety-');
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const refusal = (path: string) =>
  openDatabase(path).then(
    (handle) => {
      handle.close();
      return null;
    },
    (error: unknown) => error,
  );

/** A Keyplan file as a newer version would leave it: one more migration applied than this build knows. */
function fromNewerVersion(path: string, journal: 'wal' | 'delete'): void {
  const raw = new Database(path);
  raw.pragma(`journal_mode = ${journal}`);
  raw.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run('f'.repeat(64), Date.now() + 10 * 365 * 86_400_000);
  raw.close();
}

describe('openDatabase looks before it touches', () => {
  it.each(['delete', 'wal'] as const)('refuses a newer version’s file in %s journal mode, byte for byte unchanged', async (journal) => {
    const dir = tempDir();
    const path = await keyplanFile(dir, 'keyplan.db', 10);
    fromNewerVersion(path, journal);
    const before = fileState(path);

    expect(await refusal(path)).toBeInstanceOf(MigrationError);
    expect(fileState(path)[0]).toBe(before[0]);
    expect(headerSaysWal(path)).toBe(journal === 'wal');
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it.each([false, true])('refuses another program’s SQLite file (WAL: %s) without adding a table or switching it to WAL', async (wal) => {
    const dir = tempDir();
    const path = join(dir, 'other-app.db');
    foreignFile(path, wal);
    const before = fileState(path);

    const error = await refusal(path);
    expect(error).toBeInstanceOf(NotKeyplanDatabaseError);
    expect((error as NotKeyplanDatabaseError).databasePath).toBe(path);
    expect(fileState(path)[0]).toBe(before[0]);
    expect(headerSaysWal(path)).toBe(wal);
    const check = new Database(path, { readonly: true });
    expect(check.prepare("select name from sqlite_master where type = 'table'").pluck().all()).toEqual(['notes']);
    check.close();
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('still opens an empty file, or an SQLite file with no tables yet, as a new database', async () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.db');
    writeFileSync(empty, '');
    const blank = join(dir, 'blank.db');
    new Database(blank).close();
    for (const path of [empty, blank]) {
      const handle = await openDatabase(path);
      expect(handle.sqlite.prepare("select count(*) from sqlite_master where name = 'accounts'").pluck().get()).toBe(1);
      handle.close();
    }
  });
});

describe('a damaged database file', () => {
  it('is refused at open with DamagedDatabaseError, and nothing is written to it', async () => {
    const dir = tempDir();
    const path = await keyplanFile(dir);
    flipMiddlePage(path);
    const before = fileState(path);

    const error = await refusal(path);
    expect(error).toBeInstanceOf(DamagedDatabaseError);
    expect((error as DamagedDatabaseError).databasePath).toBe(path);
    expect((error as DamagedDatabaseError).problems.length).toBeGreaterThan(0);
    expect(fileState(path)[0]).toBe(before[0]);
    expect(readdirSync(dir).filter((name) => !name.startsWith('keyplan.db'))).toEqual([]);
  });

  it('is refused the same way when it is not an SQLite file at all', async () => {
    const dir = tempDir();
    const path = join(dir, 'keyplan.db');
    writeFileSync(path, Buffer.alloc(64 * 1024, 'garbage '));
    const before = fileState(path);
    expect(await refusal(path)).toBeInstanceOf(DamagedDatabaseError);
    expect(fileState(path)[0]).toBe(before[0]);
  });

  it('opens as before when intact (quick_check passes)', async () => {
    const dir = tempDir();
    const path = await keyplanFile(dir);
    const before = fileState(path);
    const handle = await openDatabase(path);
    expect(handle.sqlite.prepare('select count(*) from people').pluck().get()).toBe(1500);
    handle.close();
    expect(fileState(path)[0]).toBe(before[0]);
  });
});
