import { describe, expect, it } from 'vitest';
import { person, raised, snapshot, task } from '../helpers/anomalySnapshot.js';

describe('anomaly: overdue task', () => {
  it('fires for each open task whose due day has passed', () => {
    const s = snapshot({
      people: [person('li'), person('gone', { deleted: true })],
      tasks: [task('t1', { title: 'Send the proposal', dueDate: '2026-11-28', personIds: ['li', 'gone'], opportunityId: 'o1' }), task('t2', { dueDate: '2026-11-30' })],
    });
    expect(raised(s, 'task_overdue')).toEqual([
      {
        id: 'task_overdue:t1',
        ruleId: 'task_overdue',
        subjectKey: 't1',
        severity: 'medium',
        messageKey: 'anomalies.rules.task_overdue.message',
        params: { title: 'Send the proposal', due: '2026-11-28', days: 3 },
        personIds: ['li'],
        opportunityId: 'o1',
        fix: { kind: 'tasks', id: 't1' },
        suggestion: { key: 'anomalies.suggestions.rescheduleTask', params: { title: 'Send the proposal' } },
      },
      expect.objectContaining({ id: 'task_overdue:t2', params: { title: 'Task t2', due: '2026-11-30', days: 1 } }),
    ]);
    expect(raised(s, 'task_overdue')[1]).not.toHaveProperty('opportunityId');
  });

  it('does not fire for a task due today or later, done, cancelled, undated or with a bad date', () => {
    const tasks = [
      task('today', { dueDate: '2026-12-01' }),
      task('later', { dueDate: '2027-01-05' }),
      task('done', { dueDate: '2026-11-01', status: 'done' }),
      task('cancelled', { dueDate: '2026-11-01', status: 'cancelled' }),
      task('undated'),
      task('bad', { dueDate: '2026-02-30' }),
    ];
    expect(raised(snapshot({ tasks }), 'task_overdue')).toEqual([]);
  });
});
