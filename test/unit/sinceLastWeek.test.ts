import { describe, expect, it } from 'vitest';
import type { Anomaly } from '../../shared/domain/anomalies/anomaly.js';
import { sinceLastWeek, type ChangeEntry } from '../../shared/domain/anomalies/sinceLastWeek.js';

const anomaly = (id: string, dismissed = false): Anomaly => ({
  id,
  ruleId: 'task_overdue',
  subjectKey: id.split(':')[1]!,
  severity: 'medium',
  messageKey: 'anomalies.rules.task_overdue.message',
  params: {},
  personIds: [],
  fix: { kind: 'tasks' },
  suggestion: { key: 'anomalies.suggestions.rescheduleTask', params: {} },
  ...(dismissed ? { dismissed: { reason: 'later' } } : {}),
});
const entry = (entity: string, entityId: string, field: string, before: ChangeEntry['before'], after: ChangeEntry['after'], at: string): ChangeEntry => ({
  entity,
  entityId,
  field,
  before,
  after,
  at: `2026-11-${at}T09:00:00.000Z`,
});

describe('since last week', () => {
  it('lists new anomalies (not dismissed ones) and resolved ones by id', () => {
    const then = [anomaly('task_overdue:a'), anomaly('task_overdue:b')];
    const now = [anomaly('task_overdue:b'), anomaly('task_overdue:c'), anomaly('task_overdue:d', true)];
    const summary = sinceLastWeek(then, now, []);
    expect(summary.newAnomalies.map((a) => a.id)).toEqual(['task_overdue:c']);
    expect(summary.resolved.map((a) => a.id)).toEqual(['task_overdue:a']);
  });

  it('reads stage moves, net score and relationship changes from the history since the last review', () => {
    const history = [
      entry('opportunity', 'o1', 'stageKey', 'initiation', 'proposal', '27'),
      entry('opportunity', 'o1', 'stageKey', 'customer_development', 'initiation', '25'),
      entry('opportunity', 'o0', 'stageKey', 'tender', 'negotiation', '10'),
      entry('opportunity', 'o1', 'scoreTotal', 60, 64, '25'),
      entry('opportunity', 'o1', 'scoreTotal', 64, 55, '28'),
      entry('opportunity', 'o2', 'scoreTotal', null, 40, '26'),
      entry('opportunity', 'o3', 'scoreTotal', 50, 52, '25'),
      entry('opportunity', 'o3', 'scoreTotal', 52, 50, '26'),
      entry('person', 'p1', 'relationship', 'acquainted', 'meeting', '25'),
      entry('person', 'p1', 'relationship', 'meeting', 'trusted', '29'),
      entry('person', 'p2', 'relationship', 'trusted', 'meeting', '26'),
      entry('person', 'p3', 'relationship', 'meeting', 'bogus', '26'),
      entry('person', 'p4', 'name', 'Li', 'Lee', '26'),
    ];
    const summary = sinceLastWeek([], [], history, '2026-11-24T00:00:00.000Z');
    expect(summary.stageMoves).toEqual([
      { opportunityId: 'o1', from: 'customer_development', to: 'initiation', at: '2026-11-25T09:00:00.000Z' },
      { opportunityId: 'o1', from: 'initiation', to: 'proposal', at: '2026-11-27T09:00:00.000Z' },
    ]);
    expect(summary.scoreChanges).toEqual([
      { opportunityId: 'o1', before: 60, after: 55, delta: -5, at: '2026-11-28T09:00:00.000Z' },
      { opportunityId: 'o2', before: null, after: 40, delta: null, at: '2026-11-26T09:00:00.000Z' },
    ]);
    expect(summary.relationshipChanges).toEqual([
      { personId: 'p1', before: 'acquainted', after: 'trusted', direction: 'up', at: '2026-11-29T09:00:00.000Z' },
      { personId: 'p2', before: 'trusted', after: 'meeting', direction: 'down', at: '2026-11-26T09:00:00.000Z' },
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(sinceLastWeek([anomaly('task_overdue:a')], [anomaly('task_overdue:a')], [])).toEqual({
      newAnomalies: [],
      resolved: [],
      stageMoves: [],
      scoreChanges: [],
      relationshipChanges: [],
    });
  });
});
