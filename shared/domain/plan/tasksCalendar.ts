import ical from 'ical-generator';
import { addDays, isValidCalendarDate } from './calendarDate.js';
import type { PlanTask } from './tasks.js';

/**
 * Tasks as an iCalendar (.ics) file for the manager's own calendar: one all-day event on each due
 * day (DTSTART;VALUE=DATE, so the day stays the day in any time zone), with a UID that stays the
 * same per task so a re-import updates instead of duplicating. ical-generator escapes the text and
 * folds long lines (by octets, which matters for Chinese).
 */

export interface CalendarExportOptions {
  /** X-WR-CALNAME, e.g. the account's name. */
  calendarName: string;
  /** UTC ISO timestamp written as every event's DTSTAMP: the same tasks at the same stamp give the same file. */
  stamp: string;
  /** An event's DESCRIPTION, e.g. the opportunity and the people; none when it returns ''. */
  describe?: (task: CalendarTask) => string;
}

export type CalendarTask = Pick<PlanTask, 'id' | 'title' | 'dueDate'>;

export const taskEventUid = (taskId: string): string => `task-${taskId}@keyplan`;

/** The tasks that have a valid due date, as .ics text with CRLF line ends; tasks with none are left out. */
export function tasksToICalendar(tasks: readonly CalendarTask[], options: CalendarExportOptions): string {
  const calendar = ical({ name: options.calendarName, prodId: { company: 'Keyplan', product: 'Keyplan', language: 'EN' } });
  for (const task of tasks) {
    if (!isValidCalendarDate(task.dueDate)) continue;
    const description = options.describe?.(task) ?? '';
    calendar.createEvent({
      id: taskEventUid(task.id),
      allDay: true,
      // A calendar date string is read as UTC midnight and, with no time zone, written as that same day.
      start: task.dueDate,
      // DTEND of an all-day event is the day after (exclusive).
      end: addDays(task.dueDate, 1),
      stamp: options.stamp,
      summary: task.title,
      ...(description ? { description } : {}),
    });
  }
  const text = calendar.toString();
  // RFC 5545 ends every line, the last one too, with CRLF.
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
