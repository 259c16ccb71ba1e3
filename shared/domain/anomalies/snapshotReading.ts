import { relationshipRank, type BuyingRole, type RelationshipLevel } from '../people.js';
import type { AccountSnapshot, SnapshotOpportunity, SnapshotPerson } from './snapshot.js';

/** The ways the rules read a snapshot: live people only, open opportunities only, roles per deal. */

export const livePeople = (snapshot: AccountSnapshot): Map<string, SnapshotPerson> =>
  new Map(snapshot.people.filter((p) => !p.deleted).map((p) => [p.id, p]));

export const openOpportunities = (snapshot: AccountSnapshot): SnapshotOpportunity[] => snapshot.opportunities.filter((o) => o.status === 'open');

export interface DealPerson {
  person: SnapshotPerson;
  roles: BuyingRole[];
}

/**
 * The live people of a deal with their roles in it. A deal with nobody listed yet is read against the
 * whole account and each person's account-wide roles, so a new opportunity is not blind.
 */
export function dealPeople(opportunity: SnapshotOpportunity, people: ReadonlyMap<string, SnapshotPerson>): DealPerson[] {
  if (opportunity.influences.length === 0) return [...people.values()].map((person) => ({ person, roles: person.roles }));
  const roles = new Map<string, BuyingRole[]>();
  for (const { personId, role } of opportunity.influences) {
    if (people.has(personId)) roles.set(personId, [...(roles.get(personId) ?? []), role]);
  }
  return [...roles].map(([id, list]) => ({ person: people.get(id)!, roles: list }));
}

/** Everyone in play: the people of the open deals, or the whole account when no deal lists anyone. */
export function peopleInPlay(snapshot: AccountSnapshot, people: ReadonlyMap<string, SnapshotPerson>): SnapshotPerson[] {
  const ids = new Set(openOpportunities(snapshot).flatMap((o) => o.influences.map((i) => i.personId)));
  const listed = [...ids].flatMap((id) => people.get(id) ?? []);
  return listed.length > 0 ? listed : [...people.values()];
}

export const atLeast = (level: RelationshipLevel, floor: RelationshipLevel): boolean => relationshipRank(level) >= relationshipRank(floor);

const INFLUENCE_WEIGHT = { high: 3, medium: 2, low: 1 } as const;

/** The best of several people to approach first: more influence, then a closer relationship, then by id. */
export const mostInfluential = (people: readonly SnapshotPerson[]): SnapshotPerson | undefined =>
  [...people].sort(
    (a, b) =>
      INFLUENCE_WEIGHT[b.influence] - INFLUENCE_WEIGHT[a.influence] ||
      relationshipRank(b.relationship) - relationshipRank(a.relationship) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )[0];
