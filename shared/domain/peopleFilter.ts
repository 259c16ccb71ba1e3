import type { Attitude, BuyingRole } from './people.js';
import { foldForCompare } from './text.js';

/** What the map and the key-person table can narrow their people to; '' means any. */
export interface PeopleFilter {
  role: BuyingRole | '';
  attitude: Attitude | '';
  department: string;
  /** Free text, matched anywhere in the person's text fields (the map has no search filter). */
  search?: string;
}

/** What the role, attitude and department filters look at (all the map has of a person for them). */
export interface FacetPerson {
  department: string;
  roles: readonly BuyingRole[];
  attitude: Attitude;
}

export interface FilterablePerson extends FacetPerson {
  name: string;
  title: string;
  email: string;
  phone: string;
  motivations: string;
  pains: string;
  notes: string;
}

/** Search text as it is compared: trimmed and folded (case, normal form) as names are compared. */
export const normaliseSearch = (search: string): string => foldForCompare(search.trim());

// Folded searchable text per person object: rebuilt only for people whose object changed.
const haystacks = new WeakMap<FilterablePerson, string>();
function haystack(person: FilterablePerson): string {
  let text = haystacks.get(person);
  if (text === undefined) {
    text = foldForCompare([person.name, person.title, person.department, person.email, person.phone, person.motivations, person.pains, person.notes].join('\n'));
    haystacks.set(person, text);
  }
  return text;
}

/** The role, attitude and department filters (the map's; it finds people with its search box instead). */
export function matchesFacets(person: FacetPerson, filter: Omit<PeopleFilter, 'search'>): boolean {
  if (filter.role && !person.roles.includes(filter.role)) return false;
  if (filter.attitude && person.attitude !== filter.attitude) return false;
  return !filter.department || person.department.trim() === filter.department;
}

export function matchesPeopleFilter(person: FilterablePerson, filter: PeopleFilter): boolean {
  if (!matchesFacets(person, filter)) return false;
  const search = normaliseSearch(filter.search ?? '');
  return !search || haystack(person).includes(search);
}
