import { isOpenTask } from '../../plan/tasks.js';
import { ruleMessageKey, suggestionKey, type Finding } from '../anomaly.js';
import type { AccountSnapshot } from '../snapshot.js';
import { livePeople } from '../snapshotReading.js';

/** A high-influence opponent and no open task about them: nobody is working on the biggest risk. */
export function opponentWithoutPlan(snapshot: AccountSnapshot): Finding[] {
  const addressed = new Set(snapshot.tasks.filter(isOpenTask).flatMap((t) => t.personIds));
  return [...livePeople(snapshot).values()]
    .filter((p) => p.influence === 'high' && p.attitude === 'opponent' && !addressed.has(p.id))
    .map((person): Finding => ({
      ruleId: 'opponent_without_plan',
      subjectKey: person.id,
      severity: 'high',
      messageKey: ruleMessageKey('opponent_without_plan'),
      params: { name: person.name },
      personIds: [person.id],
      fix: { kind: 'person', id: person.id },
      suggestion: { key: suggestionKey('planForOpponent'), params: { name: person.name } },
    }));
}
