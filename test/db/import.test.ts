import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  emptyAccountFields,
  emptyPersonFields,
  type Account,
  type ApiError,
  toColumns,
  type ImportedPerson,
  type ImportMerge,
  type Person,
} from '../../shared/contract/index.js';
import { guessMapping, planImport, readCsvBytes } from '../../shared/import/index.js';
import { openTempDb, type TempDb } from '../helpers/tempDb.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/org-oracle-hr.csv', import.meta.url));
const blank = { title: '', department: '', email: '', phone: '' };

let t: TempDb;
let account: Account;
beforeEach(async () => {
  t = await openTempDb();
  account = t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Oracle HR' } });
});
afterEach(() => t.cleanup());

const row = (ref: string, name: string, managerRef: string | null = null, over: Partial<ImportedPerson['fields']> = {}): ImportedPerson => ({
  ref,
  fields: { ...blank, name, ...over },
  managerRef,
});
const importPeople = (people: ImportedPerson[], accountId = account.id, merges: ImportMerge[] = []) =>
  t.call('people.import', { accountId, people: toColumns(people), merges });
const refused = (people: ImportedPerson[], accountId = account.id, merges: ImportMerge[] = []): ApiError => {
  const result = t.dispatch('people.import', { accountId, people: toColumns(people), merges });
  if (result.ok) throw new Error('people.import unexpectedly succeeded');
  return result.error;
};
const map = (accountId = account.id) => ({ ...t.call('map.get', { accountId }), people: t.call('people.list', { accountId }) });
const byName = (people: Person[]) => new Map(people.map((p) => [p.name, p]));

function fixturePeople(): ImportedPerson[] {
  const read = readCsvBytes(readFileSync(FIXTURE));
  if (!read.ok) throw new Error(read.error.key);
  return planImport(read.table, guessMapping(read.table)).people;
}

describe('people.import', () => {
  it('imports the Oracle HR org chart: 107 people with their reporting lines, in the file’s order', () => {
    const result = importPeople(fixturePeople());
    expect(result.created).toBe(107);
    expect(result.people.map((p) => p.name).slice(0, 3)).toEqual(['Steven King', 'Neena Kochhar', 'Lex De Haan']);

    const people = t.call('people.list', { accountId: account.id });
    expect(people).toHaveLength(107);
    const named = byName(people);
    const king = named.get('Steven King')!;
    expect(king.reportsToId).toBeNull();
    expect(king).toMatchObject({ title: 'Chief Operating Officer', department: 'Executive', email: 'SKING', phone: '515.123.4567' });
    expect(people.filter((p) => p.reportsToId === king.id)).toHaveLength(14);
    expect(named.get('Alexander Hunold')!.reportsToId).toBe(named.get('Lex De Haan')!.id);
    expect(people.filter((p) => p.reportsToId === null)).toHaveLength(1);
    // Imported people have no position yet: the map lays them out.
    expect(people.every((p) => p.x === null && p.y === null && p.accountId === account.id)).toBe(true);
  });

  it('creates managers before their reports whatever the order of the rows', () => {
    const result = importPeople([row('3', 'Carol', '2'), row('2', 'Bob', '1'), row('1', 'Alice')]);
    const named = byName(result.people);
    expect(result.people.map((p) => p.name)).toEqual(['Carol', 'Bob', 'Alice']);
    expect(named.get('Carol')!.reportsToId).toBe(named.get('Bob')!.id);
    expect(named.get('Bob')!.reportsToId).toBe(named.get('Alice')!.id);
  });

  it('hangs imported people under someone already in the account', () => {
    const boss = t.call('people.create', { accountId: account.id, fields: { ...emptyPersonFields, name: 'Existing CIO' } });
    const result = importPeople([row('a', 'New head of IT', boss.id), row('b', 'Engineer', 'a')]);
    expect(byName(result.people).get('New head of IT')!.reportsToId).toBe(boss.id);
    expect(map().people).toHaveLength(3);
  });

  it('is all or nothing: one refused row leaves the account as it was', () => {
    t.call('people.create', { accountId: account.id, fields: { ...emptyPersonFields, name: 'Already here' } });
    const before = map().people;
    const people = fixturePeople();
    people[60] = { ...people[60]!, managerRef: 'no-such-person' };
    const error = refused(people);
    expect(error.code).toBe('not_found');
    expect(error.key).toBe('errors.managerNotFound');
    expect(error.fields?.[0]?.path).toBe('people.managerRef.60');
    expect(map().people).toEqual(before);

    const tooLong = fixturePeople();
    tooLong[99] = { ...tooLong[99]!, fields: { ...tooLong[99]!.fields, title: 'x'.repeat(201) } };
    const invalid = refused(tooLong);
    expect(invalid.code).toBe('bad_input');
    expect(invalid.fields?.[0]?.path).toBe('people.title.99');
    expect(map().people).toEqual(before);

    // Columns of different lengths cannot be lined up: refused by the schema.
    const ragged = t.dispatch('people.import', { accountId: account.id, people: { ...toColumns(fixturePeople()), phone: ['1'] } });
    expect(ragged.ok ? null : ragged.error.fields?.[0]).toMatchObject({ path: 'people.phone', key: 'errors.columnLength' });
    expect(map().people).toEqual(before);
  });

  it('refuses a reporting cycle, a self-report and a reference used twice, naming the people', () => {
    const cycle = refused([row('1', 'Root'), row('2', 'Ann', '3'), row('3', 'Ben', '4'), row('4', 'Cat', '2')]);
    expect(cycle).toMatchObject({ code: 'conflict', key: 'import.refused.cycle' });
    expect(cycle.message).toContain('Ann → Ben → Cat → Ann');
    expect(refused([row('1', 'Narcissus', '1')])).toMatchObject({ code: 'bad_input', key: 'errors.selfManager' });
    const twice = refused([row('7', 'First'), row('7', 'Second')]);
    expect(twice).toMatchObject({ code: 'bad_input', key: 'import.refused.duplicateRef' });
    expect(twice.fields?.[0]?.path).toBe('people.ref.1');
    expect(map().people).toEqual([]);
  });

  it('refuses a manager of another account, or one that does not exist, and creates nobody', () => {
    const other = t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Another bank' } });
    const stranger = t.call('people.create', { accountId: other.id, fields: { ...emptyPersonFields, name: 'Their CEO' } });
    const cross = refused([row('1', 'Ours'), row('2', 'Reports across accounts', stranger.id)]);
    expect(cross).toMatchObject({ code: 'bad_input', key: 'errors.crossAccount' });
    expect(cross.fields?.[0]?.path).toBe('people.managerRef.1');
    expect(refused([row('1', 'Orphan', 'nobody-has-this-ref')])).toMatchObject({ code: 'not_found', key: 'errors.managerNotFound' });
    expect(map().people).toEqual([]);
    expect(map(other.id).people.map((p) => p.name)).toEqual(['Their CEO']);
  });

  it('refuses an account that does not exist or is deleted', () => {
    t.call('accounts.delete', { id: account.id });
    expect(refused([row('1', 'Anyone')])).toMatchObject({ code: 'not_found', key: 'errors.accountNotFound' });
    expect(refused([row('1', 'Anyone')], 'no-such-account')).toMatchObject({ code: 'not_found' });
  });

  it('refuses more than 50,000 people or none at all, before touching anything', () => {
    const many = Array.from({ length: 50_001 }, (_, i) => row(String(i), `P${i}`));
    expect(refused(many).code).toBe('bad_input');
    expect(refused([]).code).toBe('bad_input');
    expect(map().people).toEqual([]);
  });

  it('keeps hostile names as plain text', () => {
    const result = importPeople([row('1', '<img src=x onerror=alert(1)>', null, { title: "'; drop table people; --" })]);
    expect(map().people[0]).toMatchObject({ name: '<img src=x onerror=alert(1)>', title: "'; drop table people; --" });
    expect(result.created).toBe(1);
  });

  it('is undone by people.revertImport and redone by people.reapplyImport, reporting lines included', () => {
    const { people } = importPeople(fixturePeople());
    const ids = people.map((p) => p.id);
    const reverted = t.call('people.revertImport', { ids, merged: [] });
    expect(reverted.deleted.detached).toEqual([]);
    expect(map().people).toEqual([]);

    const reapplied = t.call('people.reapplyImport', { restore: reverted.deleted, merged: [] });
    expect(reapplied.people).toHaveLength(107);
    const back = map().people;
    expect(back.map((p) => [p.id, p.reportsToId]).sort()).toEqual(people.map((p) => [p.id, p.reportsToId]).sort());
  });

  it('imports 50,000 people in one call', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => row(String(i), `P${i}`, i === 0 ? null : String(Math.floor((i - 1) / 8))));
    expect(importPeople(many).created).toBe(50_000);
    const people = map().people;
    expect(people).toHaveLength(50_000);
    expect(people.filter((p) => p.reportsToId === null)).toHaveLength(1);
  });
});

describe('people.import merging rows into people already there', () => {
  let ann: Person;
  let bob: Person;
  beforeEach(() => {
    ann = t.call('people.create', { accountId: account.id, fields: { ...emptyPersonFields, name: 'Ann Lee', title: 'CIO' } });
    bob = t.call('people.create', { accountId: account.id, fields: { ...emptyPersonFields, name: 'Bob King', reportsToId: ann.id } });
  });

  it('creates and merges in one transaction, and one undo takes both back', () => {
    const result = importPeople([row('10', 'Carol', ann.id)], account.id, [{ id: bob.id, patch: { email: 'bob@x.cn', title: 'CFO' }, managerRef: '10' }]);
    expect(result.created).toBe(1);
    expect(result.merged).toEqual([{ id: bob.id, before: { title: '', email: '', reportsToId: ann.id }, after: { title: 'CFO', email: 'bob@x.cn', reportsToId: result.people[0]!.id } }]);
    expect(byName(map().people).get('Bob King')).toMatchObject({ title: 'CFO', email: 'bob@x.cn', reportsToId: result.people[0]!.id, name: 'Bob King' });

    const patches = (side: 'before' | 'after') => result.merged.map((m) => ({ id: m.id, patch: m[side] }));
    const reverted = t.call('people.revertImport', { ids: result.people.map((p) => p.id), merged: patches('before') });
    const after = map().people;
    expect(after.map((p) => p.name).sort()).toEqual(['Ann Lee', 'Bob King']);
    expect(byName(after).get('Bob King')).toMatchObject({ title: '', email: '', reportsToId: ann.id });

    t.call('people.reapplyImport', { restore: reverted.deleted, merged: patches('after') });
    expect(byName(map().people).get('Bob King')).toMatchObject({ title: 'CFO', reportsToId: result.people[0]!.id });
  });

  it('refuses a merge that makes a cycle, a person merged twice, or a person of another account, writing nothing', () => {
    const before = map().people;
    // Ann would report to Bob, who reports to Ann.
    expect(refused([], account.id, [{ id: ann.id, patch: {}, managerRef: bob.id }])).toMatchObject({ code: 'conflict', key: 'import.refused.cycle' });
    // …also through a new person: Carol (new) → Bob → Ann → Carol.
    const through = refused([row('c', 'Carol', bob.id)], account.id, [{ id: ann.id, patch: { title: 'x' }, managerRef: 'c' }]);
    expect(through.message).toContain('Carol → Bob King → Ann Lee → Carol');
    expect(refused([row('c', 'Carol')], account.id, [{ id: bob.id, patch: { title: 'a' } }, { id: bob.id, patch: { title: 'b' } }])).toMatchObject({ key: 'import.refused.mergedTwice' });
    const other = t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Other' } });
    const stranger = t.call('people.create', { accountId: other.id, fields: { ...emptyPersonFields, name: 'Stranger' } });
    expect(refused([row('c', 'Carol')], account.id, [{ id: stranger.id, patch: { title: 'x' } }])).toMatchObject({ key: 'errors.crossAccount' });
    expect(map().people).toEqual(before);
    expect(map(other.id).people).toEqual([stranger]);
  });
});
