import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyAccountFields } from '../../shared/contract/index.js';
import { createAutomaticBackup, createDispatch, listBackups, openDatabase } from '../../db/index.js';
import { openTempDb, typedDispatch, type TempDb } from '../helpers/tempDb.js';

let t: TempDb;
beforeEach(async () => {
  t = await openTempDb();
});
afterEach(() => t.cleanup());

const createAccount = (name: string) => t.call('accounts.create', { fields: { ...emptyAccountFields, name } });
const at = (iso: string) => new Date(iso);

describe('automatic backups', () => {
  it('writes a backup beside the database that opens and holds the data, even with uncheckpointed writes', async () => {
    createAccount('招商银行总行');
    createAccount('Bank of Nowhere');
    // The live file is in WAL mode: these rows may sit in keyplan.db-wal only. The online backup still has them.
    expect(existsSync(`${t.path}-wal`)).toBe(true);

    const { backup } = await createAutomaticBackup(t.handle.sqlite, t.path, { now: at('2025-03-01T08:30:05.123Z') });

    expect(backup.path).toBe(join(t.dir, 'backups', 'keyplan-2025-03-01T08-30-05.db'));
    expect(backup).toMatchObject({ kind: 'automatic', createdAt: '2025-03-01T08:30:05.000Z' });
    expect(backup.sizeBytes).toBeGreaterThan(0);

    const restored = await openDatabase(backup.path);
    try {
      const list = typedDispatch(createDispatch(restored))('accounts.list', {});
      expect(list.ok && list.data.map((a) => a.name).sort()).toEqual(['Bank of Nowhere', '招商银行总行']);
    } finally {
      restored.close();
    }
  });

  it('does not disturb the live database, which keeps working during and after the backup', async () => {
    createAccount('Before');
    const running = createAutomaticBackup(t.handle.sqlite, t.path, { now: at('2025-03-01T09:00:00Z') });
    createAccount('During');
    await running;
    createAccount('After');
    expect(t.call('accounts.list', {}).map((a) => a.name)).toEqual(['After', 'Before', 'During']);
  });

  it('gives two backups in the same second different names', async () => {
    const now = at('2025-03-01T10:00:00Z');
    const first = await createAutomaticBackup(t.handle.sqlite, t.path, { now });
    const second = await createAutomaticBackup(t.handle.sqlite, t.path, { now });
    expect(first.backup.name).toBe('keyplan-2025-03-01T10-00-00.db');
    expect(second.backup.name).toBe('keyplan-2025-03-01T10-00-00-2.db');
    expect(listBackups(join(t.dir, 'backups')).map((b) => b.name)).toEqual([second.backup.name, first.backup.name]);
  });

  it('keeps the newest few per day for the most recent days with backups, and never prunes pre-migration backups', async () => {
    const dir = join(t.dir, 'kept');
    const options = { dir, keepPerDay: 2, keepDays: 3 };
    const times = [
      '2025-01-01T08:00:00Z', // a day with backups, later beyond keepDays
      '2025-01-05T06:00:00Z',
      '2025-01-05T12:00:00Z',
      '2025-01-05T18:00:00Z',
      '2025-01-06T09:00:00Z',
      '2025-01-20T07:00:00Z', // after a two-week break: the days before still count
      '2025-01-20T13:00:00Z',
    ];
    let removed: string[] = [];
    for (const time of times) removed = removed.concat((await createAutomaticBackup(t.handle.sqlite, t.path, { ...options, now: at(time) })).removed);
    // Written by db/open.ts before a migration: must survive any pruning. Other files are not backups.
    await t.handle.sqlite.backup(join(dir, 'keyplan-2024-12-01T00-00-00-000Z-before-migration.db'));
    writeFileSync(join(dir, 'notes.txt'), 'not a backup');

    const last = await createAutomaticBackup(t.handle.sqlite, t.path, { ...options, now: at('2025-01-20T19:00:00Z') });
    removed = removed.concat(last.removed);

    expect(listBackups(dir).map((b) => `${b.kind}:${b.createdAt}`)).toEqual([
      'automatic:2025-01-20T19:00:00.000Z',
      'automatic:2025-01-20T13:00:00.000Z',
      'automatic:2025-01-06T09:00:00.000Z',
      'automatic:2025-01-05T18:00:00.000Z',
      'automatic:2025-01-05T12:00:00.000Z',
      'before-migration:2024-12-01T00:00:00.000Z',
    ]);
    expect(removed.map((p) => p.slice(dir.length + 1)).sort()).toEqual([
      'keyplan-2025-01-01T08-00-00.db',
      'keyplan-2025-01-05T06-00-00.db',
      'keyplan-2025-01-20T07-00-00.db',
    ]);
    expect(readdirSync(dir).sort()).toEqual([...listBackups(dir).map((b) => b.name), 'notes.txt'].sort());
  });

  it('fails with an error, writing nothing, when the backup folder cannot be created', async () => {
    const dir = join(t.dir, 'blocked');
    writeFileSync(dir, 'a file where the backup folder should be');
    await expect(createAutomaticBackup(t.handle.sqlite, t.path, { dir })).rejects.toThrow();
    expect(readdirSync(t.dir).filter((name) => name.startsWith('keyplan-') || name === 'backups')).toEqual([]);
  });

  it('refuses settings that would prune every backup', async () => {
    await expect(createAutomaticBackup(t.handle.sqlite, t.path, { keepPerDay: 0 })).rejects.toThrow(RangeError);
    expect(listBackups(join(t.dir, 'backups'))).toEqual([]);
  });

  it('lists nothing for a folder that does not exist', () => {
    expect(listBackups(join(t.dir, 'nowhere'))).toEqual([]);
  });

  it('reads a backup with plain better-sqlite3 too (it is an ordinary SQLite file)', async () => {
    createAccount('Plain');
    const { backup } = await createAutomaticBackup(t.handle.sqlite, t.path);
    const plain = new Database(backup.path, { readonly: true });
    try {
      expect(plain.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(plain.prepare('select count(*) as n from accounts').get()).toEqual({ n: 1 });
    } finally {
      plain.close();
    }
  });
});
