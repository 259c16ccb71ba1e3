import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, ActivityFields, ActivityRecord } from '../../../../shared/contract/index.js';
import { today } from '../../../../shared/domain/plan/calendarDate.js';
import { useApiQuery } from '../../api/freshness.js';
import { toast, toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { useUndoShortcuts } from '../../undo/shortcuts.js';
import { UndoButtons } from '../../undo/UndoButtons.js';
import { calendarDay } from '../opportunities/format.js';
import { ActivityDialog } from './ActivityDialog.js';
import { useActivityCommands } from './commands.js';
import './activities.css';

const fieldsOf = (a: ActivityRecord): ActivityFields => ({ kind: a.kind, date: a.date, personIds: a.personIds, opportunityId: a.opportunityId, summary: a.summary, nextStep: a.nextStep });

/** The account's contact log, newest first: log, edit, delete (undoable), and a next step made a task in one click. */
export function ActivitiesTab({ account }: { account: Account }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useApiQuery('activities.listForAccount', { accountId: account.id });
  const map = useApiQuery('map.get', { accountId: account.id });
  const opportunities = useApiQuery('opportunities.list', { accountId: account.id });
  const commands = useActivityCommands(account.id);
  const [editing, setEditing] = useState<ActivityRecord | 'new' | null>(null);
  useUndoShortcuts(
    account.id,
    useCallback((error: unknown) => toastError(errorText(t, error)), [t]),
  );
  const people = map.data?.people ?? [];
  const names = new Map(people.map((p) => [p.id, p.name]));
  const opps = (opportunities.data ?? []).map((o) => ({ id: o.id, name: o.name }));
  const oppName = new Map(opps.map((o) => [o.id, o.name]));
  const sep = language === 'zh-CN' ? '、' : ', ';

  return (
    <section className="activities" aria-label={t('activities.label', { account: account.name })}>
      <div className="section-bar">
        <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
          {t('activities.add')}
        </button>
        <UndoButtons scope={account.id} />
      </div>
      {list.isError && <div className="form-alert" role="alert">{errorText(t, list.error)}</div>}
      {list.data?.length === 0 && <p className="muted">{t('activities.none')}</p>}
      <ol className="activity-list">
        {(list.data ?? []).map((a) => {
          const day = calendarDay(a.date, language);
          return (
            <li key={a.id} className="activity">
              <div className="activity-head">
                <span className="activity-date">{day}</span>
                <span className={`badge activity-kind kind-${a.kind}`}>{t(`plan.activityKinds.${a.kind}`)}</span>
                <span className="activity-people">{a.personIds.map((id) => names.get(id) ?? '?').join(sep)}</span>
                {a.opportunityId && <span className="muted small">{oppName.get(a.opportunityId) ?? ''}</span>}
                <span className="row-actions">
                  <button type="button" className="btn btn-small" aria-label={t('activities.editNamed', { date: day })} onClick={() => setEditing(a)}>
                    {t('common.edit')}
                  </button>
                  <button type="button" className="btn btn-small btn-danger-quiet" aria-label={t('activities.deleteNamed', { date: day })} onClick={() => void commands.remove(a).then((done) => done && toast(t('activities.deleted')))}>
                    {t('common.delete')}
                  </button>
                </span>
              </div>
              {a.summary && <p className="prewrap activity-summary">{a.summary}</p>}
              {a.nextStep && (
                <p className="activity-next">
                  <span className="muted">{t('activities.nextStep')}: </span>
                  <span>{a.nextStep}</span>{' '}
                  {a.nextStepTaskId ? (
                    <span className="badge">{t('activities.turned')}</span>
                  ) : (
                    <button
                      type="button"
                      className="btn btn-small"
                      aria-label={t('activities.toTaskNamed', { step: a.nextStep })}
                      onClick={() => void commands.toTask(a).then((turned) => turned && toast(t('activities.turnedToast', { title: turned.task.title })))}
                    >
                      {t('activities.toTask')}
                    </button>
                  )}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {editing && (
        <ActivityDialog
          title={editing === 'new' ? t('activities.add') : t('activities.edit')}
          initial={editing === 'new' ? { kind: 'visit', date: today(), personIds: [], opportunityId: null, summary: '', nextStep: '' } : fieldsOf(editing)}
          people={people}
          opportunities={opps}
          onClose={() => setEditing(null)}
          onSubmit={async (fields) => {
            const done = editing === 'new' ? await commands.create(fields) : await commands.update(editing, fields);
            if (done) setEditing(null);
          }}
        />
      )}
    </section>
  );
}
