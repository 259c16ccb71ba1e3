import type { ReportTask } from '../../contract/index.js';
import type { ReportContext } from '../context.js';
import { html, type Html } from '../html.js';
import { orDash, section, table, u } from '../pieces.js';

const today = (now: Date) => now.toISOString().slice(0, 10);

export function taskRows(tasks: readonly ReportTask[], c: ReportContext): Html {
  const t = (key: string) => c.t(`report.tasks.${key}`);
  return table(
    [t('task'), t('owner'), t('due')],
    tasks.map((task) => {
      const overdue = task.due !== null && task.due < today(c.now);
      const due = task.due ? html`${c.date(task.due)}${overdue ? html` <span class="sev-high">${t('overdue')}</span>` : ''}` : html`<span class="muted">${t('noDue')}</span>`;
      return html`<tr><td>${u(task.title)}</td><td>${orDash(task.ownerName, c)}</td><td>${due}</td></tr>`;
    }),
    [60, 20, 20],
  );
}

/**
 * The open tasks with a due date, soonest first. A plan's default tasks without a date are left to the
 * app's task list (a manager reads what is scheduled), unless nothing is scheduled yet.
 */
export function scheduledTasks(tasks: readonly ReportTask[], c: ReportContext): Html {
  const dated = tasks.filter((task) => task.due !== null);
  const shown = [...(dated.length ? dated : tasks)].sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
  const undated = tasks.length - dated.length;
  const more = dated.length && undated ? html`<p class="lead small">${c.t('report.tasks.undatedLeftOut', { count: undated })}</p>` : '';
  return html`${taskRows(shown, c)}${more}`;
}

export const nextStepsSection = (tasks: readonly ReportTask[], c: ReportContext): Html => section('next-steps', c.t('report.sections.nextSteps'), scheduledTasks(tasks, c));
