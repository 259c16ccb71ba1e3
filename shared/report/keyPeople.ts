import { managerLookup, ancestorsOf } from '../domain/reportingTree.js';
import { isBelowTarget, isTrustedOrAbove, relationshipRank, type BuyingRole, type RelationshipLevel } from '../domain/people.js';

interface KeyCandidate {
  id: string;
  reportsToId: string | null;
  roles: readonly BuyingRole[];
  influence: string;
  relationship: RelationshipLevel;
  targetRelationship: RelationshipLevel | null;
}

const KEY_ROLES: readonly BuyingRole[] = ['decision_maker', 'economic_buyer', 'coach'];

/** The people an account plan is about: decision-makers, economic buyers, coaches and anyone of high influence. */
export const isKeyPerson = (p: Pick<KeyCandidate, 'roles' | 'influence'>): boolean =>
  p.influence === 'high' || p.roles.some((role) => KEY_ROLES.includes(role));

/** The key people and their managers up to the top of the tree, so a reduced org chart stays connected. */
export function keyPeopleWithManagers<P extends KeyCandidate>(people: readonly P[]): Set<string> {
  const managerOf = managerLookup(people);
  const ids = new Set<string>();
  for (const p of people) {
    if (!isKeyPerson(p)) continue;
    ids.add(p.id);
    for (const up of ancestorsOf(p.id, managerOf)) ids.add(up);
  }
  return ids;
}


export interface RelationshipStanding {
  keyCount: number;
  /** Key people at 信赖 or above now. */
  trustedOrAbove: number;
  /** Key people whose target is 信赖 or above: where the plan wants them. */
  targetTrustedOrAbove: number;
  /** Key people below their target, highest influence and furthest from it first. */
  belowTarget: string[];
}

export function relationshipStanding<P extends KeyCandidate>(people: readonly P[]): RelationshipStanding {
  const key = people.filter(isKeyPerson);
  const gap = (p: P) => relationshipRank(p.targetRelationship ?? p.relationship) - relationshipRank(p.relationship);
  const weight = (p: P) => (p.influence === 'high' ? 0 : p.influence === 'medium' ? 1 : 2);
  return {
    keyCount: key.length,
    trustedOrAbove: key.filter((p) => isTrustedOrAbove(p.relationship)).length,
    targetTrustedOrAbove: key.filter((p) => p.targetRelationship !== null && isTrustedOrAbove(p.targetRelationship)).length,
    belowTarget: key
      .filter(isBelowTarget)
      .sort((a, b) => weight(a) - weight(b) || gap(b) - gap(a))
      .map((p) => p.id),
  };
}
