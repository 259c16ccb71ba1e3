import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TaskInContext } from '../../../../shared/contract/index.js';
import { useApiQuery } from '../../api/freshness.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { calendarDay } from '../opportunities/format.js';
import { exportTasks } from './exportTasks.js';
import './tasks.css';

/** "My week" across accounts: overdue, due this week and done this week, for one of our team or everyone. */
export function MyWeekPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [ownerId, setOwnerId] = useState('');
  const team = useApiQuery('team.list', {});
  const week = useApiQuery('tasks.myWeek', ownerId ? { ownerId } : {});
  const w = week.data;
  const column = (kind: 'overdue' | 'due' | 'done', tasks: TaskInContext[]) => (
    <section className={`week-column week-${kind}`} aria-labelledby={`week-${kind}`}>
      <h2 id={`week-${kind}`}>
        {t(`tasks.week.${kind}`)} <span className="muted">({tasks.length})</span>
      </h2>
      {tasks.length === 0 ? (
        <p className="muted">{t('tasks.week.empty')}</p>
      ) : (
        <ul className="week-list">
          {tasks.map((task) => (
            <li key={task.id}>
              <div className="task-title">{task.title}</div>
              <div className="muted small">
                <Link to={`/accounts/${task.accountId}/tasks`}>{task.accountName}</Link>
                {task.opportunityName && <> · {task.opportunityName}</>}
                {task.dueDate && <> · {calendarDay(task.dueDate, language)}</>}
                {task.ownerName && <> · {task.ownerName}</>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <section className="page" aria-labelledby="week-title">
      <header className="page-header">
        <div>
          <h1 id="week-title">{t('tasks.week.title')}</h1>
          {w && <p className="muted">{t('tasks.week.range', { start: calendarDay(w.week.start, language), end: calendarDay(w.week.end, language) })}</p>}
        </div>
        <div className="page-actions">
          <label className="inline-field">
            {t('tasks.week.owner')}{' '}
            <select value={ownerId} onChange={(event) => setOwnerId(event.target.value)}>
              <option value="">{t('tasks.week.everyone')}</option>
              {(team.data ?? []).map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="btn"
            disabled={!w}
            onClick={() => w && void exportTasks(t, t('tasks.week.title'), [...w.overdue, ...w.dueThisWeek], (task) => [task.accountName, task.opportunityName].filter(Boolean).join(' · '))}
          >
            {t('tasks.exportIcs')}
          </button>
        </div>
      </header>
      {week.isError && <div className="form-alert" role="alert">{errorText(t, week.error)}</div>}
      {w && (
        <div className="week">
          {column('overdue', w.overdue)}
          {column('due', w.dueThisWeek)}
          {column('done', w.doneThisWeek)}
        </div>
      )}
    </section>
  );
}
