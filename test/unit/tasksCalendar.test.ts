import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { taskEventUid, tasksToICalendar } from '../../shared/domain/plan/tasksCalendar.js';

const zoneBefore = process.env.TZ;
const tasks = [
  { id: 't1', title: '拜访张总; 确认预算, 以及 C:\\方案\n第二行', dueDate: '2026-12-01' },
  { id: 't2', title: `${'很长的中文任务标题'.repeat(12)}end`, dueDate: '2026-12-31' },
  { id: 't3', title: 'No due date', dueDate: null },
  { id: 't4', title: 'Bad date', dueDate: '2026-02-30' },
];
const STAMP = '2026-11-30T10:00:00.000Z';

function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time;
    return { uid: vevent.getFirstPropertyValue('uid'), summary: vevent.getFirstPropertyValue('summary'), start: start.toString(), allDay: start.isDate, end: end.toString() };
  });
}

describe('tasks as iCalendar', () => {
  afterEach(() => {
    if (zoneBefore === undefined) delete process.env.TZ;
    else process.env.TZ = zoneBefore;
  });

  it('makes one all-day event per dated task, on its due day, that parses back unchanged', () => {
    const text = tasksToICalendar(tasks, { calendarName: '华为 · 任务', stamp: STAMP, describe: (t) => (t.id === 't1' ? 'Opportunity: ERP' : '') });
    expect(eventsOf(text)).toEqual([
      { uid: 'task-t1@keyplan', summary: tasks[0]!.title, start: '2026-12-01', allDay: true, end: '2026-12-02' },
      { uid: 'task-t2@keyplan', summary: tasks[1]!.title, start: '2026-12-31', allDay: true, end: '2027-01-01' },
    ]);
    expect(text).toContain('DTSTART;VALUE=DATE:20261201\r\n');
    expect(text).toContain('SUMMARY:拜访张总\\; 确认预算\\, 以及 C:\\\\方案\\n第二行\r\n');
    expect(text).toContain('DESCRIPTION:Opportunity: ERP\r\n');
    expect(text.match(/DESCRIPTION/g)).toHaveLength(1);
  });

  it('writes CRLF lines of at most 75 octets', () => {
    const text = tasksToICalendar(tasks, { calendarName: 'Tasks', stamp: STAMP });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    expect(Math.max(...lines.map((line) => new TextEncoder().encode(line).length))).toBeLessThanOrEqual(75);
  });

  it('gives the same text for the same tasks, whatever the time zone', () => {
    process.env.TZ = 'America/Los_Angeles';
    const west = tasksToICalendar(tasks, { calendarName: 'Tasks', stamp: STAMP });
    process.env.TZ = 'Asia/Shanghai';
    const east = tasksToICalendar(tasks, { calendarName: 'Tasks', stamp: STAMP });
    expect(west).toBe(east);
    expect(west).toContain(`UID:${taskEventUid('t1')}\r\n`);
    expect(west).toContain('DTSTAMP:20261130T100000Z\r\n');
  });

  it('makes an empty calendar when no task has a due date', () => {
    expect(eventsOf(tasksToICalendar([tasks[2]!], { calendarName: 'Tasks', stamp: STAMP }))).toEqual([]);
  });
});
