import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { emptyTaskFields, type Account, type Task, type TaskFields } from '../../../../shared/contract/index.js';
import { isOverdue, today as todayOf } from '../../../../shared/domain/plan/calendarDate.js';
import { useApiQuery } from '../../api/freshness.js';
import { OptimisticCheckbox } from '../../components/OptimisticCheckbox.js';
import { toast, toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { useUndoShortcuts } from '../../undo/shortcuts.js';
import { UndoButtons } from '../../undo/UndoButtons.js';
import { calendarDay } from '../opportunities/format.js';
import { useTaskCommands } from './commands.js';
import { exportTasks } from './exportTasks.js';
import { TaskDialog } from './TaskDialog.js';
import './tasks.css';

const fieldsOf = (task: Task): TaskFields => {
  const { id: _i, accountId: _a, templateTaskKey: _k, completedAt: _c, createdAt: _cr, updatedAt: _u, ...fields } = task;
  return fields;
};

/** The account's tasks: every task of its plans, relationship plan and its own, open first; add, edit, done, delete, export. */
export function TasksTab({ account }: { account: Account }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useApiQuery('tasks.listForAccount', { accountId: account.id });
  const map = useApiQuery('map.get', { accountId: account.id });
  const opportunities = useApiQuery('opportunities.list', { accountId: account.id });
  const commands = useTaskCommands(account.id);
  const [editing, setEditing] = useState<Task | 'new' | null>(null);
  const [showAll, setShowAll] = useState(true);
  useUndoShortcuts(
    account.id,
    useCallback((error: unknown) => toastError(errorText(t, error)), [t]),
  );
  const today = todayOf();
  const people = map.data?.people ?? [];
  const team = map.data?.team ?? [];
  const names = new Map([...people, ...team].map((p) => [p.id, p.name]));
  const opps = (opportunities.data ?? []).map((o) => ({ id: o.id, name: o.name }));
  const oppName = new Map(opps.map((o) => [o.id, o.name]));
  const rows = (list.data ?? []).filter((task) => showAll || task.status === 'open');

  return (
    <section className="tasks" aria-label={t('tasks.label', { account: account.name })}>
      <div className="section-bar">
        <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
          {t('tasks.add')}
        </button>
        <div className="btn-group" role="group">
          <button type="button" className={`btn btn-small${showAll ? '' : ' active'}`} aria-pressed={!showAll} onClick={() => setShowAll(false)}>
            {t('tasks.showOpen')}
          </button>
          <button type="button" className={`btn btn-small${showAll ? ' active' : ''}`} aria-pressed={showAll} onClick={() => setShowAll(true)}>
            {t('tasks.showAll')}
          </button>
        </div>
        <button
          type="button"
          className="btn"
          onClick={() =>
            void exportTasks(t, account.name, list.data ?? [], (task) => [task.opportunityId ? oppName.get(task.opportunityId) : null, task.personIds.map((id) => names.get(id)).filter(Boolean).join(', ')].filter(Boolean).join(' · '))
          }
        >
          {t('tasks.exportIcs')}
        </button>
        <UndoButtons scope={account.id} />
      </div>
      {list.isError && <div className="form-alert" role="alert">{errorText(t, list.error)}</div>}
      {list.data && rows.length === 0 && <p className="muted">{t('tasks.none')}</p>}
      {rows.length > 0 && (
        <table className="table tasks-table">
          <thead>
            <tr>
              <th scope="col">{t('tasks.done')}</th>
              <th scope="col">{t('tasks.title')}</th>
              <th scope="col">{t('tasks.owner')}</th>
              <th scope="col">{t('tasks.dueDate')}</th>
              <th scope="col">{t('tasks.status')}</th>
              <th scope="col">{t('tasks.people')}</th>
              <th scope="col">{t('tasks.opportunity')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions', { defaultValue: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((task) => {
              const late = task.status === 'open' && task.dueDate !== null && isOverdue(task.dueDate, today);
              return (
                <tr key={task.id} className={`task-row task-${task.status}${late ? ' is-overdue' : ''}`}>
                  <td>
                    <OptimisticCheckbox
                      aria-label={t('tasks.markDone', { title: task.title })}
                      checked={task.status === 'done'}
                      onChecked={(done) => commands.update(task, { status: done ? 'done' : 'open' }, done ? 'tasks.history.done' : 'tasks.history.reopen')}
                    />
                  </td>
                  <td className="task-title">{task.title}</td>
                  <td>{task.ownerId ? (names.get(task.ownerId) ?? '?') : <span className="muted">{t('tasks.noOwner')}</span>}</td>
                  <td>
                    {task.dueDate ? calendarDay(task.dueDate, language) : '—'}
                    {late && <span className="overdue-flag"> {t('tasks.overdue')}</span>}
                  </td>
                  <td>{t(`plan.taskStatus.${task.status}`)}</td>
                  <td>{task.personIds.map((id) => names.get(id) ?? '?').join(language === 'zh-CN' ? '、' : ', ')}</td>
                  <td>{task.opportunityId ? <Link to={`/accounts/${account.id}/opportunities/${task.opportunityId}/plan`}>{oppName.get(task.opportunityId) ?? '?'}</Link> : ''}</td>
                  <td className="row-actions">
                    <button type="button" className="btn btn-small" aria-label={t('tasks.editNamed', { title: task.title })} onClick={() => setEditing(task)}>
                      {t('common.edit')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-small btn-danger-quiet"
                      aria-label={t('tasks.deleteNamed', { title: task.title })}
                      onClick={() => void commands.remove(task).then((done) => done && toast(t('tasks.deleted', { title: task.title })))}
                    >
                      {t('common.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editing && (
        <TaskDialog
          title={editing === 'new' ? t('tasks.add') : t('tasks.edit')}
          initial={editing === 'new' ? emptyTaskFields : fieldsOf(editing)}
          people={people}
          team={team}
          opportunities={opps}
          onClose={() => setEditing(null)}
          onSubmit={async (fields) => {
            const done = editing === 'new' ? await commands.create(fields) : await commands.update(editing, changed(fieldsOf(editing), fields));
            if (done) setEditing(null);
          }}
        />
      )}
    </section>
  );
}

/** Only the fields that differ: what an update sends (and its undo puts back). */
function changed(before: TaskFields, after: TaskFields): Partial<TaskFields> {
  return Object.fromEntries(Object.entries(after).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof TaskFields])));
}
