import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  emptyAccountFields,
  emptyPersonFields,
  type Account,
  type BackupRestored,
  type Envelope,
} from '../../shared/contract/index.js';
import { defaultMigrationsFolder, openDatabase } from '../../db/index.js';
import { DEFAULT_TEMPLATE_KEY } from '../../shared/templates/scorecards.js';
import { makeTempDir, openTempDb, type TempDb } from '../helpers/tempDb.js';

let t: TempDb;
const dirs: string[] = [];
beforeEach(async () => {
  t = await openTempDb();
});
afterEach(() => {
  t.cleanup();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const backupsDir = () => join(t.dir, 'backups');
const list = () => t.call('backups.list');
const restore = (name: string) => t.dispatch('backups.restore', { name }) as Envelope<BackupRestored>;
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const DATA_TABLES = ['accounts', 'people', 'links', 'team_members'];
const OPPORTUNITY_TABLES = [
  'opportunities',
  'buying_influences',
  'competitors',
  'negotiation_plans',
  'scorecard_templates',
  'scorecard_template_versions',
  'scorecard_snapshots',
  'assessments',
  'offerings',
  'whitespace_units',
  'whitespace_cells',
];
/** Every row of a table, in a stable order whatever its key. */
const allRows = (sqlite: Database.Database, table: string) =>
  sqlite.prepare(`select * from ${table}`).all().map((row) => JSON.stringify(row)).sort();
/** Every row of the account data, in a stable order: what a restore must bring back exactly. */
function data(sqlite: Database.Database): Record<string, unknown[]> {
  return Object.fromEntries(DATA_TABLES.map((table) => [table, sqlite.prepare(`select * from ${table} order by id`).all()]));
}

/** The sample account with its people, links and team, edited a little so the rows are not just the sample's. */
function loadData(): Account {
  const account = t.call('sample.load', { language: 'zh-CN' });
  t.call('team.create', { fields: { name: 'Backup Tester', role: 'KAM' } });
  t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Second account' } });
  return account;
}

/** Changes to every kind of data: an edited and a new account, deleted people and links, a removed team member. */
function changeEverything(account: Account): void {
  t.call('accounts.update', { id: account.id, fields: { ...emptyAccountFields, name: 'Renamed after the backup', tier: 'C' } });
  t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Created after the backup' } });
  const map = t.call('map.get', { accountId: account.id });
  t.call('links.delete', { ids: map.links.slice(0, 3).map((l) => l.id) });
  t.call('people.delete', { ids: map.people.slice(0, 5).map((p) => p.id) });
  const team = t.call('team.list');
  t.call('team.delete', { id: team[0]!.id });
}

describe('backups.create and backups.list', () => {
  it('makes a manual backup beside the database and lists every kind, newest first', async () => {
    mkdirSync(backupsDir(), { recursive: true });
    await t.handle.sqlite.backup(join(backupsDir(), 'keyplan-2024-12-01T00-00-00-000Z-before-migration.db'));
    await t.handle.sqlite.backup(join(backupsDir(), 'keyplan-2025-01-02T03-04-05.db'));
    loadData();
    const made = t.call('backups.create');

    expect(made.kind).toBe('manual');
    expect(made.name).toMatch(/^keyplan-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-manual\.db$/);
    expect(made.sizeBytes).toBeGreaterThan(0);
    expect(Date.now() - Date.parse(made.createdAt)).toBeLessThan(60_000);
    expect(list().map((b) => [b.kind, b.createdAt])).toEqual([
      ['manual', made.createdAt],
      ['automatic', '2025-01-02T03:04:05.000Z'],
      ['before-migration', '2024-12-01T00:00:00.000Z'],
    ]);
    // What crosses to the renderer is a name, never a path.
    expect(JSON.stringify(list())).not.toContain(t.dir);
  });

  it('gives two backups in the same moment different names', () => {
    const names = [t.call('backups.create').name, t.call('backups.create').name, t.call('backups.create').name];
    expect(new Set(names).size).toBe(3);
    expect(list()).toHaveLength(3);
  });
});

describe('backups.restore', () => {
  it('brings back exactly the rows of the backup, and keeps the language setting', () => {
    const account = loadData();
    t.call('settings.set', { language: 'en' });
    const before = data(t.handle.sqlite);
    const backup = t.call('backups.create');

    changeEverything(account);
    t.call('settings.set', { language: 'zh-CN' });
    expect(data(t.handle.sqlite)).not.toEqual(before);

    const result = restore(backup.name);
    expect(result).toMatchObject({ ok: true, data: { restored: backup.name } });

    expect(data(t.handle.sqlite)).toEqual(before);
    expect(t.call('accounts.list', {}).map((a) => a.name).sort()).toEqual(['Second account', account.name].sort());
    // Settings belong to this installation, not to the data: the language chosen now stays.
    expect(t.call('settings.get')).toEqual({ language: 'zh-CN' });
    expect(t.handle.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(t.handle.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // The app goes on working on the restored data.
    const map = t.call('map.get', { accountId: account.id });
    t.call('people.create', { accountId: account.id, fields: { ...personFields('New after restore'), reportsToId: map.people[0]!.id } });
  });

  it('brings back opportunities with everything under them, scorecard templates and versions, offerings and the whitespace grid', () => {
    const account = loadData();
    const [deal] = t.call('opportunities.list', { accountId: account.id });
    const copy = t.call('scorecards.copyTemplate', { key: DEFAULT_TEMPLATE_KEY });
    const { key: _key, version: _version, ...edited } = copy.template;
    t.call('scorecards.updateTemplate', { key: copy.template.key, template: { ...edited, thresholds: { pursue: 75, qualify: 50 } } });
    t.call('assessments.create', { opportunityId: deal!.id, templateKey: copy.template.key, scores: {}, author: 'Backup Tester', authorId: null });
    const rows = () => Object.fromEntries(OPPORTUNITY_TABLES.map((table) => [table, allRows(t.handle.sqlite, table)]));
    const before = rows();
    expect(Object.values(before).every((table) => table.length > 0)).toBe(true);
    const detail = t.call('opportunities.get', { id: deal!.id });
    const grid = t.call('whitespace.get', { accountId: account.id });
    const backup = t.call('backups.create');

    t.call('opportunities.delete', { id: deal!.id });
    t.call('scorecards.deleteTemplate', { key: copy.template.key });
    t.call('offerings.delete', { id: grid.offerings[0]!.id });
    t.call('whitespace.removeUnit', { id: grid.units.find((u) => u.id !== null)!.id! });
    expect(rows()).not.toEqual(before);

    expect(restore(backup.name).ok).toBe(true);
    expect(rows()).toEqual(before);
    expect(t.handle.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(t.call('opportunities.get', { id: deal!.id })).toEqual(detail);
    expect(t.call('whitespace.get', { accountId: account.id })).toEqual(grid);
    expect(t.call('scorecards.versions', { key: copy.template.key }).map((e) => e.template.version)).toEqual([2, 1]);
  });

  it('takes a safety backup of the current data first, which restores the data from just before', () => {
    const account = loadData();
    const backup = t.call('backups.create');
    changeEverything(account);
    const changed = data(t.handle.sqlite);

    const result = restore(backup.name);
    if (!result.ok) throw new Error(result.error.message);
    const { safetyBackup } = result.data;
    expect(list()[0]).toMatchObject({ name: safetyBackup, kind: 'before-restore' });
    expect(list().map((b) => b.name)).toEqual([safetyBackup, backup.name]);

    expect(restore(safetyBackup).ok).toBe(true);
    expect(data(t.handle.sqlite)).toEqual(changed);
    // The backups folder holds backups only: nothing was opened in place (no -wal/-shm left beside them).
    expect(readdirSync(backupsDir()).sort()).toEqual(list().map((b) => b.name).sort());
  });

  it('refuses anything but the name of a listed backup, changing nothing', () => {
    loadData();
    const backup = t.call('backups.create');
    // A valid backup file in another folder, and the database itself.
    const elsewhere = join(t.dir, 'elsewhere');
    cpSync(backupsDir(), elsewhere, { recursive: true });
    const before = data(t.handle.sqlite);

    const refused: [string, string, string][] = [
      [`../elsewhere/${backup.name}`, 'bad_input', 'backups.errors.badName'],
      [join(elsewhere, backup.name), 'bad_input', 'backups.errors.badName'],
      [join(backupsDir(), backup.name), 'bad_input', 'backups.errors.badName'],
      [`..\\elsewhere\\${backup.name}`, 'bad_input', 'backups.errors.badName'],
      ['../keyplan.db', 'bad_input', 'backups.errors.badName'],
      ['keyplan.db', 'bad_input', 'backups.errors.badName'],
      ['..', 'bad_input', 'backups.errors.badName'],
      [`${backup.name}.partial`, 'bad_input', 'backups.errors.badName'],
      ['keyplan-2020-01-01T00-00-00.db', 'not_found', 'backups.errors.notFound'],
      ['', 'bad_input', 'errors.badInput'],
    ];
    for (const [name, code, key] of refused) {
      const result = restore(name);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect([name, result.error.code, result.error.key]).toEqual([name, code, key]);
    }
    expect(data(t.handle.sqlite)).toEqual(before);
    expect(list().map((b) => b.name)).toEqual([backup.name]);
  });

  it('refuses a damaged backup with a clear error, leaving the data and the backups as they were', () => {
    const account = loadData();
    const good = t.call('backups.create');
    changeEverything(account);
    const before = data(t.handle.sqlite);

    // A copy under a backup's name with garbage over its pages (the header survives), and pure garbage.
    const damaged = 'keyplan-2025-06-01T10-00-00.db';
    copyFileSync(join(backupsDir(), good.name), join(backupsDir(), damaged));
    const bytes = readFileSync(join(backupsDir(), damaged));
    for (let i = 4096; i < bytes.length; i += 7) bytes[i] = (i * 31) & 0xff;
    writeFileSync(join(backupsDir(), damaged), bytes);
    const garbage = 'keyplan-2025-06-02T10-00-00.db';
    writeFileSync(join(backupsDir(), garbage), Buffer.alloc(64 * 1024, 'not a database '));
    const hashes = [damaged, garbage].map((name) => sha256(join(backupsDir(), name)));

    for (const name of [damaged, garbage]) {
      const result = restore(name);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toMatchObject({ code: 'conflict', key: 'backups.errors.unreadable' });
        expect(result.error.message).toContain('Your data is unchanged');
      }
    }
    expect(data(t.handle.sqlite)).toEqual(before);
    expect(list().map((b) => b.name).sort()).toEqual([damaged, garbage, good.name].sort());
    expect([damaged, garbage].map((name) => sha256(join(backupsDir(), name)))).toEqual(hashes);
  });

  it('changes nothing when the swap itself fails halfway (one transaction), and leaves no safety backup', async () => {
    const account = loadData();
    // A backup that passes every check on its own but breaks a rule of the live schema once its rows go
    // in: two live accounts with one name (its unique index was dropped, as another tool might do).
    const name = 'keyplan-2025-07-01T10-00-00.db';
    const path = join(backupsDir(), name);
    mkdirSync(backupsDir(), { recursive: true });
    await t.handle.sqlite.backup(path);
    const { default: Sqlite } = await import('better-sqlite3');
    const edited = new Sqlite(path);
    edited.exec('drop index accounts_live_name_unique');
    edited.prepare("insert into accounts select 'dup-' || id, name, industry, region, tier, purchasing_mode, purchase_pattern, annual_potential, currency, relationship_phase, strategic_fit, client_plan, procurement_process, notes, is_sample, archived_at, deleted_at, created_at, updated_at from accounts").run();
    edited.close();
    changeEverything(account);
    const before = data(t.handle.sqlite);

    const result = restore(name);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'conflict', key: 'backups.errors.restoreFailed' });
    expect(data(t.handle.sqlite)).toEqual(before);
    expect(list().map((b) => b.name)).toEqual([name]);
    expect(t.handle.sqlite.inTransaction).toBe(false);
    expect(t.handle.sqlite.prepare('pragma database_list').all()).toHaveLength(1);
    // And the next call works as usual.
    expect(t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'After the failed restore' } }).name).toBe('After the failed restore');
  });

  it('refuses a backup written by a newer Keyplan', async () => {
    const dir = tempDir();
    const migrations = join(dir, 'migrations');
    cpSync(defaultMigrationsFolder(), migrations, { recursive: true });
    const journalPath = join(migrations, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };
    const last = journal.entries.at(-1)!;
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_future' });
    writeFileSync(journalPath, JSON.stringify(journal));
    writeFileSync(join(migrations, '9999_future.sql'), 'CREATE TABLE `future` (`id` text PRIMARY KEY NOT NULL);');
    const newer = await openDatabase(join(dir, 'newer.db'), { migrationsFolder: migrations });
    mkdirSync(backupsDir(), { recursive: true });
    await newer.sqlite.backup(join(backupsDir(), 'keyplan-2030-01-01T00-00-00.db'));
    newer.close();
    loadData();
    const before = data(t.handle.sqlite);

    const result = restore('keyplan-2030-01-01T00-00-00.db');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'conflict', key: 'backups.errors.otherVersion' });
    expect(data(t.handle.sqlite)).toEqual(before);
    expect(list().map((b) => b.kind)).toEqual(['automatic']);
  });

  it('restores a backup made before a schema update, bringing it to the current schema', async () => {
    // A database as the first release wrote it: migration 0000 only (accounts and settings, no people yet).
    const dir = tempDir();
    const migrations = join(dir, 'migrations');
    cpSync(defaultMigrationsFolder(), migrations, { recursive: true });
    const journalPath = join(migrations, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
    for (const entry of journal.entries.splice(1)) rmSync(join(migrations, `${entry.tag}.sql`));
    writeFileSync(journalPath, JSON.stringify(journal));
    const old = await openDatabase(join(dir, 'old.db'), { migrationsFolder: migrations });
    expect(old.sqlite.prepare("select count(*) as n from sqlite_master where name = 'people'").get()).toEqual({ n: 0 });
    old.sqlite
      .prepare(
        `insert into accounts (id, name, tier, relationship_phase, created_at, updated_at)
         values ('old-1', '旧版客户 Old Co', 'A', 'stabilize', '2024-05-01T09:00:00.000Z', '2024-05-01T09:00:00.000Z')`,
      )
      .run();
    mkdirSync(backupsDir(), { recursive: true });
    const name = 'keyplan-2024-05-01T09-00-00.db';
    await old.sqlite.backup(join(backupsDir(), name));
    old.close();
    const hash = sha256(join(backupsDir(), name));

    loadData();
    const result = restore(name);
    expect(result).toMatchObject({ ok: true, data: { restored: name } });

    expect(t.call('accounts.list', {}).map((a) => [a.id, a.name, a.tier])).toEqual([['old-1', '旧版客户 Old Co', 'A']]);
    const restored = data(t.handle.sqlite);
    expect([restored.people, restored.links, restored.team_members]).toEqual([[], [], []]);
    // Still the current schema: the tables of the later migration are there and work with the old account.
    expect(t.handle.sqlite.prepare('select count(*) as n from __drizzle_migrations').get()).toEqual({ n: journalLength() });
    const person = t.call('people.create', { accountId: 'old-1', fields: personFields('新联系人') });
    expect(t.call('map.get', { accountId: 'old-1' }).people.map((p) => p.id)).toEqual([person.id]);
    // The backup file itself was neither upgraded nor touched.
    expect(sha256(join(backupsDir(), name))).toBe(hash);
  });
});

function tempDir(): string {
  const dir = makeTempDir('keyplan-restore-test-');
  dirs.push(dir);
  return dir;
}

const journalLength = () =>
  (JSON.parse(readFileSync(join(defaultMigrationsFolder(), 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length;

const personFields = (name: string) => ({ ...emptyPersonFields, name });
