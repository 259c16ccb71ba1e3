import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, storageCodeOf, type DbHandle } from '../../db/index.js';
import type { HostHandlers } from '../../electron/host/handlers.js';
import { createRouter } from '../../electron/router.js';
import * as schema from '../../db/schema.js';
import { emptyAccountFields, type Envelope } from '../../shared/contract/index.js';
import { messages } from '../../shared/i18n/index.js';
import { openTempDb, type TempDb } from '../helpers/tempDb.js';

let t: TempDb;
const others: Database.Database[] = [];
beforeEach(async () => {
  t = await openTempDb();
  t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Already there' } });
});
afterEach(() => {
  for (const other of others.splice(0)) other.close();
  t.cleanup();
});

const create = (dispatch = t.dispatch, name = 'New one', notes = '') =>
  dispatch('accounts.create', { fields: { ...emptyAccountFields, name, notes } });
const names = () => t.call('accounts.list', {}).map((a) => a.name);
const codeOf = (result: Envelope<unknown>) => (result.ok ? 'ok' : result.error.code);

/** A second connection to the same file, as another Keyplan or an SQLite tool would have. */
function secondConnection(options: Database.Options = {}): Database.Database {
  const other = new Database(t.path, options);
  others.push(other);
  return other;
}

/** The real dispatch over a connection the test opened itself. */
function dispatchOver(sqlite: Database.Database) {
  const handle: DbHandle = { db: drizzle(sqlite, { schema }), sqlite, path: t.path, schemaVersion: 2, close: () => sqlite.close() };
  return createDispatch(handle, { onInternalError: () => {} });
}

describe('SQLite and file-system errors have their own codes', () => {
  it.each([
    ['SQLITE_BUSY', 'busy'],
    ['SQLITE_BUSY_SNAPSHOT', 'busy'],
    ['SQLITE_LOCKED', 'busy'],
    ['SQLITE_LOCKED_SHAREDCACHE', 'busy'],
    ['SQLITE_READONLY', 'read_only'],
    ['SQLITE_READONLY_DBMOVED', 'read_only'],
    ['SQLITE_FULL', 'disk_full'],
    ['SQLITE_IOERR', 'io_error'],
    ['SQLITE_IOERR_WRITE', 'io_error'],
    ['SQLITE_IOERR_FSYNC', 'io_error'],
    ['SQLITE_CONSTRAINT_UNIQUE', null],
    ['SQLITE_ERROR', null],
  ])('%s → %s', (sqliteCode, code) => {
    expect(storageCodeOf(new Database.SqliteError('message', sqliteCode))).toBe(code);
  });

  it.each([
    ['ENOSPC', 'disk_full'],
    ['EDQUOT', 'disk_full'],
    ['EROFS', 'read_only'],
    ['EACCES', 'read_only'],
    ['EPERM', 'read_only'],
    ['EIO', 'io_error'],
    ['EBUSY', 'busy'],
    ['ENOENT', null],
  ])('file-system %s → %s', (errno, code) => {
    expect(storageCodeOf(Object.assign(new Error('fs'), { code: errno, syscall: 'write' }))).toBe(code);
  });

  it('is not fooled by things that are not errors', () => {
    for (const value of [null, undefined, 'SQLITE_BUSY', { code: 'SQLITE_BUSY' }, new Error('SQLITE_FULL')]) expect(storageCodeOf(value)).toBe(null);
  });

  it('has a message for each in both languages', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const text = messages[language].errors;
      for (const key of ['busy', 'readOnly', 'diskFull', 'ioError'] as const) expect(text[key], `${language} ${key}`).toMatch(/\S/);
    }
  });
});

describe('another program holding the write lock', () => {
  it('lets reads go on (WAL) and answers a write with busy after the timeout, changing nothing', () => {
    expect(t.handle.sqlite.pragma('busy_timeout', { simple: true })).toBe(2000);
    const other = secondConnection();
    other.exec('BEGIN IMMEDIATE');
    try {
      expect(names()).toEqual(['Already there']);
      const started = Date.now();
      const result = create();
      const waited = Date.now() - started;
      expect(result).toMatchObject({ ok: false, error: { code: 'busy', key: 'errors.busy' } });
      if (!result.ok) expect(result.error.message).toBe('The database is busy (another Keyplan or program is using it). Try again.');
      // It waited for the lock (no hang): the figure itself is the bench's business.
      expect(waited).toBeGreaterThan(1000);
      expect(waited).toBeLessThan(30_000);
    } finally {
      other.exec('ROLLBACK');
    }
    expect(codeOf(create())).toBe('ok');
  });
});

describe('a read-only database', () => {
  it('still reads, and answers a write with read_only (a read-only connection; root ignores file modes)', () => {
    const readOnly = dispatchOver(secondConnection({ readonly: true }));
    expect(readOnly('accounts.list', {})).toMatchObject({ ok: true });
    expect(create(readOnly)).toMatchObject({ ok: false, error: { code: 'read_only', key: 'errors.readOnly' } });
    expect(names()).toEqual(['Already there']);
  });

  it('answers read_only when the connection may only query', () => {
    t.handle.sqlite.pragma('query_only = 1');
    expect(create()).toMatchObject({ ok: false, error: { code: 'read_only' } });
    t.handle.sqlite.pragma('query_only = 0');
    expect(codeOf(create())).toBe('ok');
  });
});

describe('a full disk', () => {
  it('answers disk_full and keeps the data as it was (the file may not grow: max_page_count)', () => {
    const pages = t.handle.sqlite.pragma('page_count', { simple: true }) as number;
    t.handle.sqlite.pragma(`max_page_count = ${pages}`);
    let result: Envelope<unknown> = create();
    for (let i = 0; result.ok && i < 200; i++) result = create(t.dispatch, `Filler ${i}`, 'x'.repeat(20_000));
    expect(result).toMatchObject({ ok: false, error: { code: 'disk_full', key: 'errors.diskFull' } });
    const before = names();
    t.handle.sqlite.pragma(`max_page_count = ${2 ** 30}`);
    expect(names()).toEqual(before);
    expect(codeOf(create(t.dispatch, 'After freeing space'))).toBe('ok');
  });
});

describe('the main-process side', () => {
  it('answers a full disk while saving a file with disk_full too', async () => {
    const full = () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' }));
    const invoke = createRouter({ dispatch: t.dispatch, host: { 'files.save': full } as unknown as HostHandlers, onInternalError: () => {} });
    const result = await invoke('files.save', { suggestedName: 'map', format: 'svg', data: '<svg/>', encoding: 'utf8' });
    expect(result).toMatchObject({ ok: false, error: { code: 'disk_full', key: 'errors.diskFull' } });
  });
});
