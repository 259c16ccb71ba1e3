import { daysBetween, localDateOf } from '../../plan/calendarDate.js';
import { ruleMessageKey, suggestionKey, type Finding } from '../anomaly.js';
import type { AccountSnapshot } from '../snapshot.js';
import { openOpportunities } from '../snapshotReading.js';

/** An open deal in the same stage for longer than `stalledDays`. Its subject includes when the stage was entered: stalling again later is news. */
export function stageStalled(snapshot: AccountSnapshot): Finding[] {
  return openOpportunities(snapshot).flatMap((opportunity): Finding[] => {
    if (Number.isNaN(Date.parse(opportunity.stageEnteredAt))) return [];
    const days = daysBetween(localDateOf(opportunity.stageEnteredAt), snapshot.today);
    if (days <= snapshot.thresholds.stalledDays) return [];
    return [
      {
        ruleId: 'stage_stalled',
        subjectKey: `${opportunity.id}:${opportunity.stageKey}:${opportunity.stageEnteredAt}`,
        severity: 'medium',
        messageKey: ruleMessageKey('stage_stalled'),
        params: { opportunity: opportunity.name, days },
        personIds: [],
        opportunityId: opportunity.id,
        fix: { kind: 'plan', id: opportunity.id },
        suggestion: { key: suggestionKey('unblockStage'), params: { opportunity: opportunity.name } },
      },
    ];
  });
}
