import { describe, expect, it } from 'vitest';
import { sortPeople, type ColumnKey, type SortContext, type SortDirection } from '../../renderer/src/features/people/columns.js';
import type { PeopleFilters } from '../../renderer/src/features/people/usePeopleView.js';
import { matchesPeopleFilter } from '../../shared/domain/peopleFilter.js';
import type { Person } from '../../shared/contract/index.js';
import { member, person } from './fixtures.js';

/** The key-person table's order and filters, as the table's hook uses them. */
const team = [member('m1', 'Zoe Owner'), member('m2', 'Adam Owner')];
const people: Person[] = [
  person('p1', { name: 'Person 10', title: 'CTO', relationship: 'acquainted', roles: ['user'], ownerId: 'm1' }),
  person('p2', { name: 'person 2', title: '', relationship: 'ally', roles: ['decision_maker', 'user'], reportsToId: 'p1' }),
  person('p3', { name: 'Ärna', title: 'Buyer', relationship: 'none', roles: [], ownerId: 'm2', reportsToId: 'p1' }),
  person('p4', { name: 'Bob', title: 'Analyst', relationship: 'ally', roles: ['coach'], department: ' Sales ', pains: 'Slow reports' }),
];
const context = (language = 'en'): SortContext => {
  const byId = new Map(people.map((p) => [p.id, p]));
  return {
    collator: new Intl.Collator(language, { sensitivity: 'base', numeric: true }),
    managerName: (p) => (p.reportsToId ? (byId.get(p.reportsToId)?.name ?? '') : ''),
    ownerName: (p) => (p.ownerId ? (team.find((m) => m.id === p.ownerId)?.name ?? '') : ''),
  };
};
const names = (column: ColumnKey, direction: SortDirection = 'asc') => sortPeople(people, column, direction, context()).map((p) => p.name);

describe('sortPeople', () => {
  it('sorts names as people read them: case and accents aside, numbers by value', () => {
    expect(names('name')).toEqual(['Ärna', 'Bob', 'person 2', 'Person 10']);
    expect(names('name', 'desc')).toEqual(['Person 10', 'person 2', 'Bob', 'Ärna']);
  });

  it('puts empty cells last in both directions', () => {
    expect(names('title')).toEqual(['Bob', 'Ärna', 'Person 10', 'person 2']);
    expect(names('title', 'desc')).toEqual(['Person 10', 'Ärna', 'Bob', 'person 2']);
  });

  it('lists the strongest relationships first when ascending, ties in name order', () => {
    expect(names('relationship')).toEqual(['Bob', 'person 2', 'Person 10', 'Ärna']);
  });

  it('sorts by the most senior buying role, people without a role last', () => {
    expect(names('roles')).toEqual(['person 2', 'Person 10', 'Bob', 'Ärna']);
  });

  it('sorts by the manager’s and the owner’s names, not their ids', () => {
    expect(names('reportsTo')).toEqual(['Ärna', 'person 2', 'Bob', 'Person 10']);
    expect(names('owner')).toEqual(['Ärna', 'Person 10', 'Bob', 'person 2']);
  });

  it('returns a sorted copy and leaves the list it was given alone', () => {
    const before = people.map((p) => p.id);
    const sorted = sortPeople(people, 'name', 'asc', context());
    expect(sorted).not.toBe(people);
    expect(people.map((p) => p.id)).toEqual(before);
    expect(sorted[0]).toBe(people[2]);
  });
});

describe('the people table’s filters', () => {
  const none: PeopleFilters = { search: '', role: '', attitude: '', department: '' };
  const shown = (filters: Partial<PeopleFilters>) => people.filter((p) => matchesPeopleFilter(p, { ...none, ...filters })).map((p) => p.id);

  it('shows everyone without filters', () => {
    expect(shown({})).toEqual(['p1', 'p2', 'p3', 'p4']);
  });

  it('searches any text of a person, ignoring case and surrounding spaces', () => {
    expect(shown({ search: '  SLOW ' })).toEqual(['p4']);
    expect(shown({ search: 'cto' })).toEqual(['p1']);
  });

  it('filters by role and by department without its surrounding spaces', () => {
    expect(shown({ role: 'user' })).toEqual(['p1', 'p2']);
    expect(shown({ department: 'Sales' })).toEqual(['p4']);
    expect(shown({ role: 'user', search: 'person 2' })).toEqual(['p2']);
  });
});
