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

export const nextStepsSection = (tasks: readonly ReportTask[], c: ReportContext): Html =>
  section('next-steps', c.t('report.sections.nextSteps'), taskRows(tasks, c));
