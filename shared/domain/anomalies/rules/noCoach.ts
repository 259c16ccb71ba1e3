import { ruleMessageKey, suggestionKey, type Finding, type Suggestion } from '../anomaly.js';
import type { AccountSnapshot, SnapshotPerson } from '../snapshot.js';
import { atLeast, dealPeople, livePeople, mostInfluential, openOpportunities } from '../snapshotReading.js';

/**
 * No coach (向导): nobody in an open deal plays the coach, so we learn nothing from inside. With no
 * open deal, the account as a whole is checked against its people's roles.
 */

// The likeliest coach: someone on our side already and met at least once.
function coachSuggestion(people: readonly SnapshotPerson[]): Suggestion {
  const candidate = mostInfluential(people.filter((p) => (p.attitude === 'champion' || p.attitude === 'supporter') && atLeast(p.relationship, 'meeting')));
  return candidate ? { key: suggestionKey('developCoachFrom'), params: { name: candidate.name } } : { key: suggestionKey('developCoach'), params: {} };
}

export function noCoach(snapshot: AccountSnapshot): Finding[] {
  const people = livePeople(snapshot);
  const open = openOpportunities(snapshot);
  if (open.length === 0) {
    if ([...people.values()].some((p) => p.roles.includes('coach'))) return [];
    return [
      {
        ruleId: 'no_coach',
        subjectKey: `account:${snapshot.account.id}`,
        severity: 'high',
        messageKey: ruleMessageKey('no_coach', 'account'),
        params: {},
        personIds: [],
        fix: { kind: 'plan' },
        suggestion: coachSuggestion([...people.values()]),
      },
    ];
  }
  return open.flatMap((opportunity): Finding[] => {
    const deal = dealPeople(opportunity, people);
    if (deal.some((d) => d.roles.includes('coach'))) return [];
    return [
      {
        ruleId: 'no_coach',
        subjectKey: opportunity.id,
        severity: 'high',
        messageKey: ruleMessageKey('no_coach'),
        params: { opportunity: opportunity.name },
        personIds: [],
        opportunityId: opportunity.id,
        fix: { kind: 'opportunity', id: opportunity.id },
        suggestion: coachSuggestion(deal.map((d) => d.person)),
      },
    ];
  });
}
