import { ruleMessageKey, suggestionKey, type Finding } from '../anomaly.js';
import type { AccountSnapshot } from '../snapshot.js';
import { openOpportunities } from '../snapshotReading.js';

/**
 * A key node passed by override, in an open deal, that still stands: once the deal went back before
 * that node, it has to be passed again, and the override no longer counts.
 */
export function keyNodeOverridden(snapshot: AccountSnapshot): Finding[] {
  return openOpportunities(snapshot).flatMap((opportunity) =>
    opportunity.moves.flatMap((move, i): Finding[] => {
      if (move.kind !== 'override' || opportunity.moves.slice(i + 1).some((later) => later.to <= move.from)) return [];
      return [
        {
          ruleId: 'key_node_overridden',
          subjectKey: `${opportunity.id}:${move.fromKey}:${move.at}`,
          severity: 'medium',
          messageKey: ruleMessageKey('key_node_overridden'),
          params: { opportunity: opportunity.name, reason: move.reason ?? '', count: move.skipped?.length ?? 0 },
          personIds: [],
          opportunityId: opportunity.id,
          fix: { kind: 'plan', id: opportunity.id },
          suggestion: { key: suggestionKey('closeSkippedCriteria'), params: { opportunity: opportunity.name } },
        },
      ];
    }),
  );
}
