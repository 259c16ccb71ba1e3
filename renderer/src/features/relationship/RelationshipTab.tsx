import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Account, RelationshipPlan, Task } from '../../../../shared/contract/index.js';
import type { RelationshipPhase } from '../../../../shared/domain/accounts.js';
import { textIn } from '../../../../shared/domain/plan/stageTemplate.js';
import { RELATIONSHIP_PLAN_TEMPLATES } from '../../../../shared/templates/stages.js';
import { useApiQuery } from '../../api/freshness.js';
import { toast, toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { useUndoShortcuts } from '../../undo/shortcuts.js';
import { UndoButtons } from '../../undo/UndoButtons.js';
import { calendarDay } from '../opportunities/format.js';
import { AccountChanges } from './AccountChanges.js';
import { useRelationshipCommands } from './commands.js';
import { phaseSteps } from './history.js';
import './relationship.css';

/** The account's relationship plan (建立 / 稳定 / 加强关系): its phase, objectives, default tasks and tasks; and what changed. */
export function RelationshipTab({ account }: { account: Account }) {
  const { t } = useTranslation();
  const plan = useApiQuery('relationship.get', { accountId: account.id });
  useUndoShortcuts(
    account.id,
    useCallback((error: unknown) => toastError(errorText(t, error)), [t]),
  );
  return (
    <section className="relationship-plan" aria-label={t('relationship.label', { account: account.name })}>
      {plan.isPending && <p className="muted">{t('app.loading')}</p>}
      {plan.isError && (
        <div className="form-alert" role="alert">
          {errorText(t, plan.error)}
        </div>
      )}
      {plan.data && <PlanView account={account} plan={plan.data} />}
      <AccountChanges accountId={account.id} />
    </section>
  );
}

function PlanView({ account, plan }: { account: Account; plan: RelationshipPlan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const commands = useRelationshipCommands(account.id);
  const phaseName = (phase: RelationshipPhase) => textIn(RELATIONSHIP_PLAN_TEMPLATES[phase].name, language);
  const steps = phaseSteps(plan.phase);
  const at = steps.findIndex((s) => s.status === 'current');

  const move = async (to: RelationshipPhase) => {
    const done = await commands.setPhase(plan.phase, to);
    if (done) toast(t('relationship.moved', { phase: phaseName(to) }));
  };

  return (
    <>
      <div className="section-bar">
        <h2>{t('relationship.current', { phase: phaseName(plan.phase) })}</h2>
        <span className="spacer" />
        <UndoButtons scope={account.id} />
      </div>
      <ol className="stage-steps relationship-steps" aria-label={t('relationship.phases')}>
        {steps.map((s) => (
          <li key={s.phase} className={`stage-step phase-step-${s.status}`} aria-current={s.status === 'current' ? 'step' : undefined}>
            <span className="stage-step-name">{phaseName(s.phase)}</span>
            <span className="stage-step-status">{t(`relationship.stepStatus.${s.status}`)}</span>
          </li>
        ))}
      </ol>
      <div className="phase-moves">
        {steps.map((s, i) =>
          s.status === 'current' ? null : (
            <button key={s.phase} type="button" className={`btn btn-small${i === at + 1 ? ' btn-primary' : ''}`} onClick={() => void move(s.phase)}>
              {t(i < at ? 'relationship.moveBack' : 'relationship.moveForward', { phase: phaseName(s.phase) })}
            </button>
          ),
        )}
        <span className="muted small">{t('relationship.moveHint')}</span>
      </div>

      <div className="relationship-body">
        <section className="stage-card" aria-labelledby="phase-objectives">
          <h3 id="phase-objectives">{t('relationship.objectives')}</h3>
          <ul className="objectives">
            {plan.template.objectives.map((o, i) => (
              <li key={i}>{textIn(o, language)}</li>
            ))}
          </ul>
        </section>
        <section className="stage-card" aria-labelledby="phase-offered">
          <h3 id="phase-offered">{t('relationship.offered')}</h3>
          {plan.offered.length === 0 ? (
            <p className="muted">{t('relationship.offeredNone')}</p>
          ) : (
            <>
              <p className="muted small">{t('relationship.offeredHint')}</p>
              <ul className="offered-tasks">
                {plan.offered.map((item) => {
                  const title = textIn(item.label, language);
                  return (
                    <li key={item.key}>
                      <span>{title}</span>
                      <button
                        type="button"
                        className="btn btn-small"
                        aria-label={t('relationship.addNamed', { title })}
                        onClick={() => void commands.addDefaultTask(plan.phase, item.key, title).then((done) => done && toast(t('relationship.added', { title })))}
                      >
                        + {t('relationship.add')}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </section>
      </div>

      <section className="stage-card" aria-labelledby="phase-tasks">
        <div className="section-bar">
          <h3 id="phase-tasks">{t('relationship.tasks')}</h3>
          <span className="spacer" />
          <Link to={`/accounts/${account.id}/tasks`}>{t('relationship.allTasks')}</Link>
        </div>
        <PlanTasks accountId={account.id} tasks={plan.tasks} phaseName={phaseName} />
      </section>
    </>
  );
}

function PlanTasks({ accountId, tasks, phaseName }: { accountId: string; tasks: Task[]; phaseName: (phase: RelationshipPhase) => string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const map = useApiQuery('map.get', { accountId });
  const team = new Map((map.data?.team ?? []).map((m) => [m.id, m.name]));
  if (tasks.length === 0) return <p className="muted">{t('relationship.noTasks')}</p>;
  return (
    <table className="table relationship-tasks">
      <thead>
        <tr>
          <th scope="col">{t('tasks.title')}</th>
          <th scope="col">{t('relationship.phase')}</th>
          <th scope="col">{t('tasks.status')}</th>
          <th scope="col">{t('tasks.owner')}</th>
          <th scope="col">{t('tasks.dueDate')}</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => (
          <tr key={task.id} className={`task-row task-${task.status}`}>
            <td className="task-title">{task.title}</td>
            <td>{task.phase ? phaseName(task.phase) : ''}</td>
            <td>{t(`plan.taskStatus.${task.status}`)}</td>
            <td>{task.ownerId ? (team.get(task.ownerId) ?? '?') : <span className="muted">{t('tasks.noOwner')}</span>}</td>
            <td>{task.dueDate ? calendarDay(task.dueDate, language) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
