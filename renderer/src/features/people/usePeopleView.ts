import { useCallback, useDeferredValue, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Person, TeamMember } from '../../../../shared/contract/index.js';
import { nameCollator } from '../../../../shared/domain/nameOrder.js';
import { ATTITUDES, BUYING_ROLES } from '../../../../shared/domain/people.js';
import { matchesPeopleFilter, normaliseSearch, type PeopleFilter } from '../../../../shared/domain/peopleFilter.js';
import { isColumn, sortPeople, type ColumnKey, type SortDirection } from './columns.js';

export type PeopleFilters = Required<PeopleFilter>;

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | '' => (allowed.includes(value as T) ? (value as T) : '');

/**
 * The table's filters and sort, kept in the URL (so reload and back keep them), and the people they
 * select, sorted. Search is deferred so typing stays responsive with 1,500 rows.
 */
export function usePeopleView(people: Person[], team: TeamMember[], language: string) {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const role = pick(params.get('role'), BUYING_ROLES);
  const attitude = pick(params.get('attitude'), ATTITUDES);
  const department = params.get('dept') ?? '';
  const filters: PeopleFilters = useMemo(() => ({ search, role, attitude, department }), [search, role, attitude, department]);
  const sortParam = params.get('sort');
  const sort: ColumnKey = isColumn(sortParam) ? sortParam : 'name';
  const direction: SortDirection = params.get('dir') === 'desc' ? 'desc' : 'asc';
  const deferredSearch = useDeferredValue(search);

  const set = useCallback(
    (changes: Record<string, string>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const teamById = useMemo(() => new Map(team.map((m) => [m.id, m])), [team]);
  const collator = useMemo(() => nameCollator(language), [language]);
  const managerName = useCallback((p: Person) => (p.reportsToId ? (byId.get(p.reportsToId)?.name ?? '') : ''), [byId]);
  const ownerName = useCallback((p: Person) => (p.ownerId ? (teamById.get(p.ownerId)?.name ?? '') : ''), [teamById]);

  const departments = useMemo(
    () => [...new Set(people.map((p) => p.department.trim()).filter(Boolean))].sort((a, b) => collator.compare(a, b)),
    [people, collator],
  );

  const rows = useMemo(() => {
    const shown = people.filter((p) => matchesPeopleFilter(p, { search: deferredSearch, role, attitude, department }));
    return sortPeople(shown, sort, direction, { collator, managerName, ownerName });
  }, [people, deferredSearch, role, attitude, department, sort, direction, collator, managerName, ownerName]);

  const filtered = Boolean(normaliseSearch(search) || role || attitude || department);
  const clear = useCallback(() => set({ q: '', role: '', attitude: '', dept: '' }), [set]);
  const sortBy = useCallback(
    (column: ColumnKey) => set({ sort: column === 'name' ? '' : column, dir: column === sort && direction === 'asc' ? 'desc' : '' }),
    [set, sort, direction],
  );

  return { filters, sort, direction, rows, departments, filtered, set, clear, sortBy, managerName, ownerName };
}
