import { pathsToPerson } from '../../plan/pathToPerson.js';
import { ruleMessageKey, suggestionKey, type Finding, type Suggestion } from '../anomaly.js';
import type { AccountSnapshot, SnapshotPerson } from '../snapshot.js';
import { atLeast, dealPeople, livePeople, openOpportunities } from '../snapshotReading.js';

/**
 * The decision-maker or the economic buyer still below 信赖 once the deal has reached the stage where
 * that must be in place (提案 / 呈现价值 by default). The suggestion names the way in: the first
 * chain from someone we already trust.
 */

const WATCHED_ROLES = ['decision_maker', 'economic_buyer'] as const;

function wayIn(snapshot: AccountSnapshot, target: SnapshotPerson, people: ReadonlyMap<string, SnapshotPerson>): Suggestion {
  const [path] = pathsToPerson([...people.values()], snapshot.links, target.id, {
    maxHops: snapshot.thresholds.pathMaxHops,
    maxChains: snapshot.thresholds.pathMaxChains,
  });
  if (!path) return { key: suggestionKey('findWayIn'), params: { name: target.name } };
  return {
    key: suggestionKey('askForIntroduction'),
    params: { name: target.name, opener: people.get(path.path[0]!)!.name, chain: path.path.map((id) => people.get(id)!.name).join(' → ') },
    path,
  };
}

export function decisionMakerNotTrusted(snapshot: AccountSnapshot): Finding[] {
  const people = livePeople(snapshot);
  return openOpportunities(snapshot).flatMap((opportunity) => {
    const from = snapshot.thresholds.trustedDecisionMakerFrom[opportunity.templateKey];
    if (from === undefined || opportunity.stageIndex < from) return [];
    return dealPeople(opportunity, people).flatMap(({ person, roles }): Finding[] => {
      const role = WATCHED_ROLES.find((r) => roles.includes(r));
      if (!role || atLeast(person.relationship, 'trusted')) return [];
      return [
        {
          ruleId: 'decision_maker_not_trusted',
          subjectKey: `${opportunity.id}:${person.id}`,
          severity: 'high',
          messageKey: ruleMessageKey('decision_maker_not_trusted', role),
          params: { opportunity: opportunity.name, name: person.name },
          personIds: [person.id],
          opportunityId: opportunity.id,
          fix: { kind: 'person', id: person.id },
          suggestion: wayIn(snapshot, person, people),
        },
      ];
    });
  });
}
