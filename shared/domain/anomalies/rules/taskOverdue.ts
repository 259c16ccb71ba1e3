import { daysBetween, isOverdue, isValidCalendarDate } from '../../plan/calendarDate.js';
import { isOpenTask } from '../../plan/tasks.js';
import { ruleMessageKey, suggestionKey, type Finding } from '../anomaly.js';
import type { AccountSnapshot } from '../snapshot.js';
import { livePeople } from '../snapshotReading.js';

/** Each open task whose due day has passed. */
export function taskOverdue(snapshot: AccountSnapshot): Finding[] {
  const people = livePeople(snapshot);
  return snapshot.tasks.flatMap((task): Finding[] => {
    if (!isOpenTask(task) || !isValidCalendarDate(task.dueDate) || !isOverdue(task.dueDate, snapshot.today)) return [];
    return [
      {
        ruleId: 'task_overdue',
        subjectKey: task.id,
        severity: 'medium',
        messageKey: ruleMessageKey('task_overdue'),
        params: { title: task.title, due: task.dueDate, days: daysBetween(task.dueDate, snapshot.today) },
        personIds: task.personIds.filter((id) => people.has(id)),
        ...(task.opportunityId ? { opportunityId: task.opportunityId } : {}),
        fix: { kind: 'tasks', id: task.id },
        suggestion: { key: suggestionKey('rescheduleTask'), params: { title: task.title } },
      },
    ];
  });
}
