import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findInvalidRow, rowValidators, validateRows } from '../../db/index.js';
import { emptyAccountFields, type Account, type AccountMap, type BackupEntry, type Envelope } from '../../shared/contract/index.js';
import { openTempDb, type TempDb } from '../helpers/tempDb.js';

let t: TempDb;
let account: Account;
let backup: BackupEntry;
let map: AccountMap;
beforeEach(async () => {
  t = await openTempDb();
  account = t.call('sample.load', { language: 'en' });
  map = t.call('map.get', { accountId: account.id });
  backup = t.call('backups.create');
  // What the restore must leave alone when it refuses.
  t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Made after the backup' } });
});
afterEach(() => t.cleanup());

const DATA_TABLES = ['accounts', 'people', 'links', 'team_members'];
const data = () => Object.fromEntries(DATA_TABLES.map((table) => [table, t.handle.sqlite.prepare(`select * from ${table} order by id`).all()]));
const backupNames = () => t.call('backups.list').map((b) => b.name);

/** Edits the backup file with plain SQL, as a hostile or buggy tool could. */
function craft(sql: string, ...params: unknown[]): void {
  const file = new Database(join(t.dir, 'backups', backup.name));
  file.prepare(sql).run(...params);
  file.close();
}

const ids = () => ({ account: account.id, person: map.people[1]!.id, boss: map.people[0]!.id, link: map.links[0]!.id });

describe('a restored backup passes the rules of rows written through the API', () => {
  it.each<[string, string, () => [string, ...unknown[]], string]>([
    ['roles that are not JSON', 'people', () => ['update people set roles = ? where id = ?', 'not json', ids().person], 'roles'],
    ['an unknown buying role', 'people', () => ['update people set roles = ? where id = ?', '["king"]', ids().person], 'roles'],
    ['a tier that does not exist', 'accounts', () => ['update accounts set tier = ? where id = ?', 'Z', ids().account], 'tier'],
    ['a potential that is text', 'accounts', () => ['update accounts set annual_potential = ? where id = ?', 'lots', ids().account], 'annualPotential'],
    ['a 2 MB name', 'accounts', () => ['update accounts set name = ? where id = ?', 'x'.repeat(2_000_000), ids().account], 'name'],
    ['a position far off the canvas', 'people', () => ['update people set x = ? where id = ?', 1e308, ids().person], 'x'],
    ['a name of zero-width characters', 'people', () => ['update people set name = ? where id = ?', '\u200b\u200b', ids().person], 'name'],
    ['a name stored as bytes', 'people', () => ['update people set name = ? where id = ?', Buffer.from('Ada'), ids().person], 'name'],
    ['a link kind that does not exist', 'links', () => ['update links set kind = ? where id = ?', 'hates', ids().link], 'kind'],
    ['a decision step of 1.5', 'links', () => ['update links set step = ? where id = ?', 1.5, ids().link], 'step'],
    ['a creation time that is not a time', 'accounts', () => ['update accounts set created_at = ? where id = ?', 'yesterday', ids().account], 'createdAt'],
    ['an empty team member name', 'team_members', () => ['update team_members set name = ? where rowid = 1', ''], 'name'],
  ])('refuses %s with backups.errors.badRow naming the table and row, changing nothing', (_what, table, edit, field) => {
    const [sql, ...params] = edit();
    craft(sql, ...params);
    const before = data();
    const names = backupNames();

    const result = t.dispatch('backups.restore', { name: backup.name });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', key: 'backups.errors.badRow', params: { table, field } } });
    if (!result.ok) {
      expect(String(result.error.params?.id)).toMatch(/\S/);
      expect(result.error.message).toContain(table);
      expect(result.error.message).toContain('Your data is unchanged');
    }
    expect(data()).toEqual(before);
    expect(backupNames()).toEqual(names);
    // The app goes on reading the data it has.
    expect(t.call('map.get', { accountId: account.id }).people.length).toBe(map.people.length);
  });

  it('names the row that broke the rule', () => {
    craft('update people set roles = ? where id = ?', 'not json', ids().person);
    const result = t.dispatch('backups.restore', { name: backup.name }) as Envelope<never>;
    expect(!result.ok && result.error.params).toMatchObject({ table: 'people', id: ids().person, field: 'roles' });
  });

  it.each<[string, () => [string, ...unknown[]], string, string]>([
    ['a manager in another account', () => ['update people set reports_to_id = ? where id = ?', 'other-boss', ids().person], 'people', 'reportsToId'],
    ['a reporting cycle', () => ['update people set reports_to_id = ? where id = ?', ids().person, ids().boss], 'people', 'reportsToId'],
    ['a link to a person of another account', () => ['update links set target_id = ? where id = ?', 'other-boss', ids().link], 'links', 'targetId'],
    ['a link from a person to themselves', () => ['update links set target_id = source_id where id = ?', ids().link], 'links', 'targetId'],
  ])('refuses %s (a rule across rows)', (_what, edit, table, field) => {
    craft(
      `insert into accounts (id, name, tier, relationship_phase, created_at, updated_at) values ('other', 'Other account', 'A', 'establish', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
    );
    craft(
      `insert into people (id, account_id, name, attitude, relationship, influence, created_at, updated_at) values ('other-boss', 'other', 'Other boss', 'unknown', 'none', 'medium', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
    );
    const [sql, ...params] = edit();
    craft(sql, ...params);
    const before = data();
    const result = t.dispatch('backups.restore', { name: backup.name });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', key: 'backups.errors.badRow', params: { table, field } } });
    expect(data()).toEqual(before);
  });

  it('still restores a backup whose rows are all fine', () => {
    expect(t.dispatch('backups.restore', { name: backup.name })).toMatchObject({ ok: true });
  });
});

describe('the row validators', () => {
  it('have a rule for every column of the tables they check (a new column needs one)', () => {
    for (const table of Object.keys(rowValidators)) {
      const columns = (t.handle.sqlite.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()));
      const shape = Object.keys((rowValidators[table] as unknown as { shape: Record<string, unknown> }).shape);
      expect(shape.sort(), table).toEqual(columns.sort());
    }
  });

  it('check rows by table for other callers (an import of whole accounts), and pass tables they do not know', () => {
    const rows = t.handle.sqlite.prepare('select * from people').all() as Record<string, unknown>[];
    expect(validateRows('people', rows)).toBe(null);
    expect(validateRows('people', [...rows, { ...rows[0]!, id: 'bad', attitude: 'angry' }])).toMatchObject({ table: 'people', id: 'bad', field: 'attitude' });
    expect(validateRows('a_future_table', [{ id: 'x', anything: 'goes' }])).toBe(null);
    expect(findInvalidRow(t.handle.sqlite)).toBe(null);
  });
});
