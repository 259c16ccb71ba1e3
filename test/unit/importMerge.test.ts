import { describe, expect, it } from 'vitest';
import { existingPerson } from '../helpers/existingPerson.js';
import { guessMapping, planImport, readCsvText, type ImportOptions } from '../../shared/import/index.js';

const person = existingPerson;
const existing = [
  person('p-ann', 'Ann Lee', { title: 'CIO', email: 'ann@bank.cn' }),
  person('p-bob', 'Bob King', { reportsToId: 'p-ann' }),
  person('p-li1', 'Li Na'),
  person('p-li2', 'li  na'),
];
const plan = (text: string, options: ImportOptions = {}) => {
  const read = readCsvText(text);
  if (!read.ok) throw new Error(read.error.key);
  return planImport(read.table, guessMapping(read.table), { existing, ...options });
};
const notes = (p: ReturnType<typeof plan>) => p.rows.map((r) => `${r.row} ${r.action}: ${r.problems.map((x) => x.key.replace('import.problems.', '')).join(' ')}`);

describe('likely duplicates of people already in the account', () => {
  const FILE = 'Name,Title,Email,Phone,Manager\nANN LEE,Head of IT,,+86 10,\nRobert,CFO,bob@bank.cn,,\nBob King,Controller,bob@bank.cn,139,Ann Lee\nLi Na,Buyer,,,\nCarol,CTO,ann@bank.cn,,\n';

  it('are found by the same name ignoring case, or the same email; several candidates are ambiguous', () => {
    const result = plan(FILE, { existing: [...existing, person('p-bob2', 'Robert', { email: 'bob@bank.cn' })] });
    expect(result.rows.map((r) => r.match && [r.match.name, r.match.by])).toEqual([['Ann Lee', 'name'], ['Robert', 'email'], ['Robert', 'email'], null, ['Ann Lee', 'email']]);
    expect(result.duplicates).toBe(5);
    expect(notes(result)[3]).toBe('5 create: ambiguousName');
  });

  it('merge by default: only empty fields are filled, the name never changes, and one person is merged once', () => {
    const result = plan(FILE);
    expect(notes(result)).toEqual(['2 merge: mergeInto', '3 create: ', '4 merge: mergeInto', '5 create: ambiguousName', '6 skip: mergedAlready']);
    expect(result.merges).toEqual([
      // Ann's title stays CIO: only her empty phone is filled.
      { id: 'p-ann', patch: { phone: '+86 10' } },
      // Bob already reports to Ann: the manager is no change.
      { id: 'p-bob', patch: { title: 'Controller', email: 'bob@bank.cn', phone: '139' } },
    ]);
    expect(result.people.map((p) => p.fields.name)).toEqual(['Robert', 'Li Na']);
    expect(result.rows[0]!.problems[0]!.params).toEqual({ name: 'Ann Lee', fields: 'phone' });
  });

  it('replaces values already there when asked, only in the chosen fields, and can take the manager', () => {
    const result = plan('Name,Title,Department,Manager\nAnn Lee,Head of IT,Tech,Bob King\nBob King,CFO,Finance,\n', {
      existing: [person('p-ann', 'Ann Lee', { title: 'CIO' }), person('p-bob', 'Bob King')],
      merge: { fields: ['title', 'manager'], replace: true },
    });
    expect(result.merges).toEqual([
      { id: 'p-ann', patch: { title: 'Head of IT' }, managerRef: 'p-bob' },
      { id: 'p-bob', patch: { title: 'CFO' } },
    ]);
  });

  it('never makes a reporting cycle through people already there', () => {
    // Bob reports to Ann; the file says Ann reports to Bob, and Ann has no manager yet.
    const result = plan('Name,Manager\nAnn Lee,Bob King\n');
    expect(result.merges).toEqual([]);
    expect(notes(result)).toEqual(['2 merge: cycle nothingToMerge']);
  });

  it('skips or imports again as chosen, for all rows or one row, and the reports of a merged row go under the existing person', () => {
    const text = 'id,Name,Manager\n1,Ann Lee,\n2,Dan,1\n';
    expect(plan(text, { duplicates: 'skip' }).people.map((p) => [p.fields.name, p.managerRef])).toEqual([['Dan', 'p-ann']]);
    expect(plan(text).people.map((p) => [p.fields.name, p.managerRef])).toEqual([['Dan', 'p-ann']]);
    const again = plan(text, { rowActions: new Map([[2, 'create']]) });
    expect(again.people.map((p) => [p.fields.name, p.managerRef])).toEqual([['Ann Lee', null], ['Dan', '2']]);
    expect(notes(again)[0]).toBe('2 create: alreadyThereName');
  });
});
