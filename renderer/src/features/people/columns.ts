import type { Person, PersonFields } from '../../../../shared/contract/index.js';
import { ATTITUDES, BUYING_ROLES, INFLUENCES, STYLES, relationshipRank } from '../../../../shared/domain/people.js';

export const COLUMNS = [
  'name',
  'title',
  'department',
  'reportsTo',
  'roles',
  'attitude',
  'relationship',
  'influence',
  'style',
  'owner',
  'motivations',
  'pains',
] as const;
export type ColumnKey = (typeof COLUMNS)[number];
export const isColumn = (value: string | null): value is ColumnKey => COLUMNS.includes(value as ColumnKey);
/** Every column but the name, which always comes first (and stays in place while scrolling sideways). */
export type MovableColumn = Exclude<ColumnKey, 'name'>;
/** The order a new user sees: what one reads a person by first, the long texts last. */
export const DEFAULT_ORDER: readonly MovableColumn[] = [
  'title',
  'roles',
  'attitude',
  'relationship',
  'influence',
  'owner',
  'department',
  'reportsTo',
  'style',
  'motivations',
  'pains',
];

/** Column widths in CSS pixels; the table is as wide as the columns shown. Up to the owner it fits a 1280px window. */
export const COLUMN_WIDTH: Record<ColumnKey, number> = {
  name: 156,
  title: 140,
  department: 130,
  reportsTo: 140,
  roles: 180,
  attitude: 100,
  relationship: 180,
  influence: 90,
  style: 100,
  owner: 110,
  motivations: 240,
  pains: 240,
};
export const SELECT_WIDTH = 38;
export const ACTIONS_WIDTH = 176;
/** The last contact (from the activities log): read-only, always after the chosen columns. */
export const LAST_CONTACT_WIDTH = 110;

export type EditorKind = 'text' | 'longText' | 'select' | 'roles' | 'relationship';

export const EDITOR: Record<ColumnKey, EditorKind> = {
  name: 'text',
  title: 'text',
  department: 'text',
  reportsTo: 'select',
  roles: 'roles',
  attitude: 'select',
  relationship: 'relationship',
  influence: 'select',
  style: 'select',
  owner: 'select',
  motivations: 'longText',
  pains: 'longText',
};

/** The person fields each column edits. */
export const FIELDS: Record<ColumnKey, (keyof PersonFields)[]> = {
  name: ['name'],
  title: ['title'],
  department: ['department'],
  reportsTo: ['reportsToId'],
  roles: ['roles'],
  attitude: ['attitude'],
  relationship: ['relationship', 'targetRelationship'],
  influence: ['influence'],
  style: ['style'],
  owner: ['ownerId'],
  motivations: ['motivations'],
  pains: ['pains'],
};

export interface SortContext {
  collator: Intl.Collator;
  managerName: (person: Person) => string;
  ownerName: (person: Person) => string;
}

type SortKey = string | number | null;

/** What a column sorts by; null sorts last whichever the direction. */
const SORT_KEY: Record<ColumnKey, (person: Person, context: SortContext) => SortKey> = {
  name: (p) => p.name,
  title: (p) => p.title || null,
  department: (p) => p.department || null,
  reportsTo: (p, c) => c.managerName(p) || null,
  // The most senior buying role first (the vocabulary is in order of weight).
  roles: (p) => (p.roles.length ? Math.min(...p.roles.map((r) => BUYING_ROLES.indexOf(r))) : null),
  attitude: (p) => ATTITUDES.indexOf(p.attitude),
  // Strongest relationship first when ascending, as a list of allies is what one looks for.
  relationship: (p) => -relationshipRank(p.relationship),
  influence: (p) => INFLUENCES.indexOf(p.influence),
  style: (p) => (p.style ? STYLES.indexOf(p.style) : null),
  owner: (p, c) => c.ownerName(p) || null,
  motivations: (p) => p.motivations.trim() || null,
  pains: (p) => p.pains.trim() || null,
};

export type SortDirection = 'asc' | 'desc';

/** Sorts a copy; ties fall back to the name so the order never jumps. */
export function sortPeople(people: Person[], column: ColumnKey, direction: SortDirection, context: SortContext): Person[] {
  const keyOf = SORT_KEY[column];
  const keyed = people.map((person) => ({ person, key: keyOf(person, context) }));
  const sign = direction === 'asc' ? 1 : -1;
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key !== b.key) return a.key === null ? 1 : -1;
    } else if (a.key !== b.key) {
      const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : context.collator.compare(String(a.key), String(b.key));
      if (order !== 0) return order * sign;
    }
    return context.collator.compare(a.person.name, b.person.name) || (a.person.id < b.person.id ? -1 : 1);
  });
  return keyed.map((k) => k.person);
}
