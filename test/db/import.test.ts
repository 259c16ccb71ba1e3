import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyAccountFields, emptyPersonFields, type Account, type ApiError, type ImportedPerson, type Person } from '../../shared/contract/index.js';
import { guessMapping, planImport, readCsvBytes } from '../../shared/import/orgCsv.js';
import { openTempDb, type TempDb } from '../helpers/tempDb.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/org-oracle-hr.csv', import.meta.url));
const { reportsToId: _none, ...blank } = emptyPersonFields;

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
const importPeople = (people: ImportedPerson[], accountId = account.id) => t.call('people.import', { accountId, people });
const refused = (people: ImportedPerson[], accountId = account.id): ApiError => {
  const result = t.dispatch('people.import', { accountId, people });
  if (result.ok) throw new Error('people.import unexpectedly succeeded');
  return result.error;
};
const map = (accountId = account.id) => t.call('map.get', { accountId });
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
    people[60] = { ...people[60]!, fields: { ...people[60]!.fields, ownerId: 'no-such-team-member' } };
    const error = refused(people);
    expect(error.code).toBe('not_found');
    expect(error.key).toBe('errors.teamMemberNotFound');
    expect(error.fields?.[0]?.path).toBe('people.60.fields.ownerId');
    expect(map().people).toEqual(before);

    const tooLong = fixturePeople();
    tooLong[99] = { ...tooLong[99]!, fields: { ...tooLong[99]!.fields, title: 'x'.repeat(201) } };
    const invalid = refused(tooLong);
    expect(invalid.code).toBe('bad_input');
    expect(invalid.fields?.[0]?.path).toBe('people.99.fields.title');
    expect(map().people).toEqual(before);
  });

  it('refuses a reporting cycle, a self-report and a reference used twice, naming the people', () => {
    const cycle = refused([row('1', 'Root'), row('2', 'Ann', '3'), row('3', 'Ben', '4'), row('4', 'Cat', '2')]);
    expect(cycle).toMatchObject({ code: 'conflict', key: 'import.refused.cycle' });
    expect(cycle.message).toContain('Ann → Ben → Cat → Ann');
    expect(refused([row('1', 'Narcissus', '1')])).toMatchObject({ code: 'bad_input', key: 'errors.selfManager' });
    const twice = refused([row('7', 'First'), row('7', 'Second')]);
    expect(twice).toMatchObject({ code: 'bad_input', key: 'import.refused.duplicateRef' });
    expect(twice.fields?.[0]?.path).toBe('people.1.ref');
    expect(map().people).toEqual([]);
  });

  it('refuses a manager of another account, or one that does not exist, and creates nobody', () => {
    const other = t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Another bank' } });
    const stranger = t.call('people.create', { accountId: other.id, fields: { ...emptyPersonFields, name: 'Their CEO' } });
    const cross = refused([row('1', 'Ours'), row('2', 'Reports across accounts', stranger.id)]);
    expect(cross).toMatchObject({ code: 'bad_input', key: 'errors.crossAccount' });
    expect(cross.fields?.[0]?.path).toBe('people.1.managerRef');
    expect(refused([row('1', 'Orphan', 'nobody-has-this-ref')])).toMatchObject({ code: 'not_found', key: 'errors.managerNotFound' });
    expect(map().people).toEqual([]);
    expect(map(other.id).people.map((p) => p.name)).toEqual(['Their CEO']);
  });

  it('refuses an account that does not exist or is deleted', () => {
    t.call('accounts.delete', { id: account.id });
    expect(refused([row('1', 'Anyone')])).toMatchObject({ code: 'not_found', key: 'errors.accountNotFound' });
    expect(refused([row('1', 'Anyone')], 'no-such-account')).toMatchObject({ code: 'not_found' });
  });

  it('refuses more than 5,000 people or none at all, before touching anything', () => {
    const many = Array.from({ length: 5_001 }, (_, i) => row(String(i), `P${i}`));
    expect(refused(many).code).toBe('bad_input');
    expect(refused([]).code).toBe('bad_input');
    expect(map().people).toEqual([]);
  });

  it('keeps hostile names as plain text', () => {
    const result = importPeople([row('1', '<img src=x onerror=alert(1)>', null, { title: "'; drop table people; --" })]);
    expect(map().people[0]).toMatchObject({ name: '<img src=x onerror=alert(1)>', title: "'; drop table people; --" });
    expect(result.created).toBe(1);
  });

  it('is undone by people.delete of the created ids and redone by people.restore, reporting lines included', () => {
    const { people } = importPeople(fixturePeople());
    const ids = people.map((p) => p.id);
    const deleted = t.call('people.delete', { ids });
    expect(deleted.detached).toEqual([]);
    expect(map().people).toEqual([]);

    const restored = t.call('people.restore', { ids: deleted.ids, linkIds: deleted.linkIds, detached: deleted.detached });
    expect(restored.people).toHaveLength(107);
    const back = map().people;
    expect(back.map((p) => [p.id, p.reportsToId]).sort()).toEqual(people.map((p) => [p.id, p.reportsToId]).sort());
  });
});
