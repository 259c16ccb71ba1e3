import { describe, expect, it } from 'vitest';
import { person, raised, snapshot, task } from '../helpers/anomalySnapshot.js';

const opponent = person('zhao', { name: 'Zhao', influence: 'high', attitude: 'opponent' });

describe('anomaly: high-influence opponent with no plan', () => {
  it('fires when no open task is about them', () => {
    const s = snapshot({ people: [opponent], tasks: [task('t1', { personIds: ['zhao'], status: 'done' }), task('t2', { personIds: ['other'] })] });
    expect(raised(s, 'opponent_without_plan')).toEqual([
      {
        id: 'opponent_without_plan:zhao',
        ruleId: 'opponent_without_plan',
        subjectKey: 'zhao',
        severity: 'high',
        messageKey: 'anomalies.rules.opponent_without_plan.message',
        params: { name: 'Zhao' },
        personIds: ['zhao'],
        fix: { kind: 'person', id: 'zhao' },
        suggestion: { key: 'anomalies.suggestions.planForOpponent', params: { name: 'Zhao' } },
      },
    ]);
  });

  it('does not fire with an open task about them, for a lesser opponent, or a deleted one', () => {
    expect(raised(snapshot({ people: [opponent], tasks: [task('t1', { personIds: ['x', 'zhao'] })] }), 'opponent_without_plan')).toEqual([]);
    expect(raised(snapshot({ people: [{ ...opponent, influence: 'medium' }] }), 'opponent_without_plan')).toEqual([]);
    expect(raised(snapshot({ people: [{ ...opponent, attitude: 'neutral' }] }), 'opponent_without_plan')).toEqual([]);
    expect(raised(snapshot({ people: [{ ...opponent, deleted: true }] }), 'opponent_without_plan')).toEqual([]);
  });
});
