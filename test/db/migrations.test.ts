import Database from 'better-sqlite3';
import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyAccountFields } from '../../shared/contract/index.js';
import { createDispatch, defaultMigrationsFolder, MigrationError, openDatabase } from '../../db/index.js';
import * as schema from '../../db/schema.js';
import { makeTempDir, typedDispatch } from '../helpers/tempDb.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = makeTempDir('keyplan-migrations-');
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const schemaTables = Object.values(schema as Record<string, unknown>)
  .filter((value): value is SQLiteTable => is(value, SQLiteTable))
  .map((table) => getTableConfig(table).name);
const tablesIn = (sqlite: Database.Database) =>
  (sqlite.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[]).map((r) => r.name);

interface Journal {
  entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[];
}

/** A database file at the current schema holding one account, closed cleanly (WAL checkpointed). */
async function existingDatabase(dir: string): Promise<string> {
  const path = join(dir, 'keyplan.db');
  const handle = await openDatabase(path);
  const created = createDispatch(handle)('accounts.create', { fields: { ...emptyAccountFields, name: 'Bank of Nowhere' } });
  expect(created.ok).toBe(true);
  handle.close();
  return path;
}

/** Our migrations plus one more, as a copy in a temp folder. */
function migrationsWith(dir: string, tag: string, sqlText: string): string {
  const folder = join(dir, 'migrations');
  cpSync(defaultMigrationsFolder(), folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
  const last = journal.entries.at(-1)!;
  journal.entries.push({ idx: last.idx + 1, version: last.version, when: last.when + 1000, tag, breakpoints: true });
  writeFileSync(journalPath, JSON.stringify(journal, null, 2));
  writeFileSync(join(folder, `${tag}.sql`), sqlText);
  return folder;
}

describe('openDatabase and migrations', () => {
  it('creates every table of the schema in a new file, with the pragmas the app relies on', async () => {
    const dir = tempDir();
    const handle = await openDatabase(join(dir, 'new', 'keyplan.db'));
    try {
      const tables = tablesIn(handle.sqlite);
      expect(schemaTables.length).toBeGreaterThan(0);
      for (const table of schemaTables) expect(tables).toContain(table);
      expect(tables).toContain('__drizzle_migrations');
      const journal = JSON.parse(readFileSync(join(defaultMigrationsFolder(), 'meta', '_journal.json'), 'utf8')) as Journal;
      expect(handle.schemaVersion).toBe(journal.entries.length);
      expect(handle.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(handle.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(handle.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    } finally {
      handle.close();
    }
    // A brand-new file has nothing worth backing up.
    expect(existsSync(join(dir, 'new', 'backups'))).toBe(false);
  });

  it('keeps the data when the file is opened again, without migrating or backing up', async () => {
    const dir = tempDir();
    const path = await existingDatabase(dir);
    const before = sha256(path);
    const handle = await openDatabase(path);
    try {
      const list = typedDispatch(createDispatch(handle))('accounts.list', {});
      expect(list.ok && list.data.map((a) => a.name)).toEqual(['Bank of Nowhere']);
    } finally {
      handle.close();
    }
    expect(existsSync(join(dir, 'backups'))).toBe(false);
    expect(sha256(path)).toBe(before);
  });

  it('stops on a failing migration: original file byte-identical, a backup holding the data, a clear error', async () => {
    const dir = tempDir();
    const path = await existingDatabase(dir);
    const before = sha256(path);
    const folder = migrationsWith(
      dir,
      '9000_broken',
      'CREATE TABLE `broken_probe` (`id` integer PRIMARY KEY);\n--> statement-breakpoint\nINSERT INTO `no_such_table` VALUES (1);\n',
    );

    const error = await openDatabase(path, { migrationsFolder: folder }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MigrationError);
    const failure = error as MigrationError;
    expect(failure.message).toMatch(/no_such_table/);
    expect(failure.databasePath).toBe(path);
    expect(sha256(path)).toBe(before);

    expect(failure.backupPath).toBeTruthy();
    expect(existsSync(failure.backupPath!)).toBe(true);
    const backup = new Database(failure.backupPath!, { readonly: true });
    try {
      expect(backup.prepare('select name from accounts').all()).toEqual([{ name: 'Bank of Nowhere' }]);
      expect(tablesIn(backup)).not.toContain('broken_probe');
    } finally {
      backup.close();
    }

    // The half-applied migration left nothing behind: the current build still opens the file as before.
    const handle = await openDatabase(path);
    try {
      expect(tablesIn(handle.sqlite)).not.toContain('broken_probe');
      expect(handle.sqlite.prepare('select name from accounts').all()).toEqual([{ name: 'Bank of Nowhere' }]);
    } finally {
      handle.close();
    }
  });

  it('applies a new migration to an existing file after backing it up', async () => {
    const dir = tempDir();
    const path = await existingDatabase(dir);
    const folder = migrationsWith(dir, '9000_probe', 'CREATE TABLE `probe` (`id` integer PRIMARY KEY);\n');
    const handle = await openDatabase(path, { migrationsFolder: folder });
    try {
      expect(tablesIn(handle.sqlite)).toContain('probe');
      expect(handle.sqlite.prepare('select name from accounts').all()).toEqual([{ name: 'Bank of Nowhere' }]);
    } finally {
      handle.close();
    }
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/before-migration\.db$/);
  });

  it('refuses a database written by a newer Keyplan and leaves it untouched', async () => {
    const dir = tempDir();
    const path = await existingDatabase(dir);
    const raw = new Database(path);
    raw.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run('f'.repeat(64), Date.now() + 10 * 365 * 86_400_000);
    raw.close();
    const before = sha256(path);

    await expect(openDatabase(path)).rejects.toThrow(/newer version of Keyplan/);
    await expect(openDatabase(path)).rejects.toBeInstanceOf(MigrationError);
    expect(sha256(path)).toBe(before);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('refuses a database whose applied migration differs from ours (checksum mismatch)', async () => {
    const dir = tempDir();
    const path = await existingDatabase(dir);
    const raw = new Database(path);
    raw.prepare('update __drizzle_migrations set hash = ? where rowid = (select min(rowid) from __drizzle_migrations)').run('0'.repeat(64));
    raw.close();
    const before = sha256(path);
    await expect(openDatabase(path)).rejects.toThrow(/different build/);
    expect(sha256(path)).toBe(before);
  });
});
