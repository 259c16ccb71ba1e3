import { describe, expect, it } from 'vitest';
import type { StageMove } from '../../shared/domain/plan/stagePlan.js';
import { opportunity, raised, snapshot } from '../helpers/anomalySnapshot.js';

const override: StageMove = {
  from: 1,
  to: 2,
  fromKey: 'initiation',
  toKey: 'proposal',
  at: '2026-11-01T08:00:00.000Z',
  kind: 'override',
  reason: 'Approval promised next week',
  skipped: ['approval_granted'],
};
const advance: StageMove = { from: 0, to: 1, fromKey: 'customer_development', toKey: 'initiation', at: '2026-10-01T08:00:00.000Z', kind: 'advance' };

describe('anomaly: key node passed by override', () => {
  it('fires for an override that still stands', () => {
    const s = snapshot({ opportunities: [opportunity('o1', { stageIndex: 2, moves: [advance, override] })] });
    expect(raised(s, 'key_node_overridden')).toEqual([
      {
        id: 'key_node_overridden:o1:initiation:2026-11-01T08:00:00.000Z',
        ruleId: 'key_node_overridden',
        subjectKey: 'o1:initiation:2026-11-01T08:00:00.000Z',
        severity: 'medium',
        messageKey: 'anomalies.rules.key_node_overridden.message',
        params: { opportunity: 'Deal o1', reason: 'Approval promised next week', count: 1 },
        personIds: [],
        opportunityId: 'o1',
        fix: { kind: 'plan', id: 'o1' },
        suggestion: { key: 'anomalies.suggestions.closeSkippedCriteria', params: { opportunity: 'Deal o1' } },
      },
    ]);
  });

  it('does not fire without an override, once the deal went back before that node, or for a closed deal', () => {
    expect(raised(snapshot({ opportunities: [opportunity('o1', { moves: [advance] })] }), 'key_node_overridden')).toEqual([]);
    const back: StageMove = { from: 2, to: 1, fromKey: 'proposal', toKey: 'initiation', at: '2026-11-10T08:00:00.000Z', kind: 'back' };
    expect(raised(snapshot({ opportunities: [opportunity('o1', { stageIndex: 1, moves: [advance, override, back] })] }), 'key_node_overridden')).toEqual([]);
    expect(raised(snapshot({ opportunities: [opportunity('o1', { status: 'won', moves: [override] })] }), 'key_node_overridden')).toEqual([]);
  });
});
