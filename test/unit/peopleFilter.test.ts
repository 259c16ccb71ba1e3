import { describe, expect, it } from 'vitest';
import { emptyPersonFields } from '../../shared/contract/index.js';
import { matchesPeopleFilter, normaliseSearch, type PeopleFilter } from '../../shared/domain/peopleFilter.js';

const any: PeopleFilter = { role: '', attitude: '', department: '' };
const zhou = {
  ...emptyPersonFields,
  name: 'Zhou Guoping',
  title: 'CIO',
  department: ' IT ',
  notes: '喜欢打高尔夫',
  roles: ['decision_maker' as const, 'approver' as const],
  attitude: 'supporter' as const,
};

describe('matchesPeopleFilter', () => {
  it('lets everyone through an empty filter', () => {
    expect(matchesPeopleFilter(zhou, any)).toBe(true);
    expect(matchesPeopleFilter(zhou, { ...any, search: '   ' })).toBe(true);
  });

  it('filters by one of the roles, the attitude and the trimmed department', () => {
    expect(matchesPeopleFilter(zhou, { ...any, role: 'approver' })).toBe(true);
    expect(matchesPeopleFilter(zhou, { ...any, role: 'coach' })).toBe(false);
    expect(matchesPeopleFilter(zhou, { ...any, attitude: 'supporter' })).toBe(true);
    expect(matchesPeopleFilter(zhou, { ...any, attitude: 'opponent' })).toBe(false);
    expect(matchesPeopleFilter(zhou, { ...any, department: 'IT' })).toBe(true);
    expect(matchesPeopleFilter(zhou, { ...any, department: 'Finance' })).toBe(false);
    expect(matchesPeopleFilter(zhou, { role: 'decision_maker', attitude: 'supporter', department: 'Finance' })).toBe(false);
  });

  it('searches every text field, ignoring case and surrounding spaces', () => {
    expect(matchesPeopleFilter(zhou, { ...any, search: '  guoPING ' })).toBe(true);
    expect(matchesPeopleFilter(zhou, { ...any, search: 'cio' })).toBe(true);
    expect(matchesPeopleFilter(zhou, { ...any, search: '高尔夫' })).toBe(true);
    expect(matchesPeopleFilter(zhou, { ...any, search: 'finance' })).toBe(false);
    expect(normaliseSearch('  Zhou ')).toBe('zhou');
  });

  it('sees a changed person afresh (the search text is kept per person object)', () => {
    expect(matchesPeopleFilter(zhou, { ...any, search: 'cto' })).toBe(false);
    expect(matchesPeopleFilter({ ...zhou, title: 'CTO' }, { ...any, search: 'cto' })).toBe(true);
  });
});

describe('searching people in any language', () => {
  it('ignores case and normal form, as names are compared', () => {
    const emile = { ...zhou, name: 'Émile Durand', title: 'ΔΙΕΥΘΥΝΤΗΣ', notes: 'Cafe\u0301 le matin' };
    expect(matchesPeopleFilter(emile, { ...any, search: 'émile' })).toBe(true);
    expect(matchesPeopleFilter(emile, { ...any, search: 'διευθυντησ' })).toBe(true);
    expect(matchesPeopleFilter(emile, { ...any, search: 'CAFÉ' })).toBe(true);
    expect(matchesPeopleFilter(emile, { ...any, search: 'emile' })).toBe(false);
  });
});
