import type { Person } from '../contract/people.js';
import { nameKey } from './columnGuess.js';

/** What the import needs of the account's people to find duplicates and to merge. */
export type ExistingPerson = Pick<Person, 'id' | 'name' | 'title' | 'department' | 'email' | 'phone' | 'reportsToId'>;

export type ExistingMatch =
  | { kind: 'one'; person: ExistingPerson; by: 'name' | 'email' }
  | { kind: 'ambiguous'; count: number; by: 'name' | 'email' }
  | { kind: 'none' };

/** Emails compare without case or surrounding spaces. */
export const emailKey = (email: string) => email.trim().toLowerCase();

function index(people: readonly ExistingPerson[], key: (p: ExistingPerson) => string) {
  const found = new Map<string, ExistingPerson[]>();
  for (const person of people) {
    const k = key(person);
    if (k === '') continue;
    const list = found.get(k);
    if (list) list.push(person);
    else found.set(k, [person]);
  }
  return found;
}

/**
 * Finds the person already in the account that a row is likely the same as: the same email (the
 * stronger sign), else the same name ignoring case and spacing. Several people with that email or
 * name make the match ambiguous: the row cannot be merged into one of them.
 */
export function existingMatcher(people: readonly ExistingPerson[]) {
  const byEmail = index(people, (p) => emailKey(p.email));
  const byName = index(people, (p) => nameKey(p.name));
  return ({ name, email }: { name: string; email: string }): ExistingMatch => {
    for (const [by, list] of [
      ['email', email === '' ? undefined : byEmail.get(emailKey(email))],
      ['name', byName.get(nameKey(name))],
    ] as const) {
      if (!list) continue;
      return list.length === 1 ? { kind: 'one', person: list[0]!, by } : { kind: 'ambiguous', count: list.length, by };
    }
    return { kind: 'none' };
  };
}
