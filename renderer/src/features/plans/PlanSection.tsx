import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanDetail, StagePlanRecord, Task } from '../../../../shared/contract/index.js';
import { textIn } from '../../../../shared/domain/plan/stageTemplate.js';
import { useApiQuery } from '../../api/freshness.js';
import { Field } from '../../components/Field.js';
import { Modal } from '../../components/Modal.js';
import { OptimisticCheckbox } from '../../components/OptimisticCheckbox.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import type { SectionProps } from '../opportunities/sectionProps.js';
import { usePlanCommands, type PlanCommands } from './commands.js';
import { PlanTimeline } from './PlanTimeline.js';
import './plans.css';

/** The opportunity's stage plan: made from a process, then its current stage, gate, moves and timeline. */
export function PlanSection({ detail }: SectionProps) {
  const { t } = useTranslation();
  const opportunityId = detail.opportunity.id;
  const plan = useApiQuery('plans.get', { opportunityId });
  const commands = usePlanCommands(detail.account.id, opportunityId);
  if (plan.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (plan.isError) return <div className="form-alert" role="alert">{errorText(t, plan.error)}</div>;
  return (
    <section className="stage-plan" aria-label={t('stagePlan.section')}>
      {plan.data.plan ? <PlanView detail={plan.data} plan={plan.data.plan} commands={commands} /> : <MakePlan commands={commands} />}
    </section>
  );
}

function MakePlan({ commands }: { commands: PlanCommands }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const templates = useApiQuery('stageTemplates.list', {});
  const [key, setKey] = useState('six_stages');
  return (
    <div className="make-plan">
      <p>{t('stagePlan.none')}</p>
      <div className="inline-field">
        <Field label={t('stagePlan.template')}>
          <select value={key} onChange={(event) => setKey(event.target.value)}>
            {([true, false] as const).map((builtIn) => {
              const entries = (templates.data ?? []).filter((entry) => entry.builtIn === builtIn);
              if (entries.length === 0) return null;
              return (
                <optgroup key={String(builtIn)} label={t(builtIn ? 'stagePlan.builtInGroup' : 'stagePlan.mineGroup')}>
                  {entries.map((entry) => (
                    <option key={entry.template.key} value={entry.template.key}>
                      {textIn(entry.template.name, language)}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </select>
        </Field>
        <button type="button" className="btn btn-primary" onClick={() => void commands.create(key)}>
          {t('stagePlan.create')}
        </button>
        <Link to="/stage-templates" className="manage-templates">
          {t('stagePlan.manageTemplates')}
        </Link>
      </div>
    </div>
  );
}

function PlanView({ detail, plan, commands }: { detail: PlanDetail; plan: StagePlanRecord; commands: PlanCommands }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [dialog, setDialog] = useState<'override' | 'back' | null>(null);
  const stages = plan.template.stages;
  const stage = stages[plan.stageIndex]!;
  const next = stages[plan.stageIndex + 1];
  const previous = stages[plan.stageIndex - 1];
  const name = (key: string) => {
    const found = stages.find((s) => s.key === key);
    return found ? textIn(found.name, language) : key;
  };
  const criterionLabel = (stageKey: string, key: string) => {
    const item = stages.find((s) => s.key === stageKey)?.exitCriteria.find((c) => c.key === key);
    return item ? textIn(item.label, language) : key;
  };
  const ticks = plan.checklist[stage.key] ?? {};
  const planStage = plan.stages[plan.stageIndex]!;
  const objectives = planStage.objectives ?? stage.objectives.map((o) => textIn(o, language));
  const stageTasks = detail.tasks.filter((task) => task.stageKey === stage.key);

  return (
    <>
      <header className="section-bar">
        <div>
          <h3 className="block-title">{t('stagePlan.current', { stage: textIn(stage.name, language) })}</h3>
          <p className="muted small">{t('stagePlan.runsOn', { template: textIn(plan.template.name, language) })}</p>
        </div>
        <button type="button" className="btn btn-danger-quiet btn-small" onClick={() => void commands.remove()}>
          {t('stagePlan.deletePlan')}
        </button>
      </header>

      <ol className="stage-steps" aria-label={t('stagePlan.stages')}>
        {plan.stages.map((s) => (
          <li key={s.key} className={`stage-step stage-${s.status}`} aria-current={s.status === 'current' ? 'step' : undefined}>
            <span className="stage-step-name">{name(s.key)}</span>
            <span className="stage-step-status">{t(`stagePlan.stageStatus.${s.status}`)}</span>
          </li>
        ))}
      </ol>

      <div className="stage-body">
        <section className="stage-card" aria-labelledby="stage-title">
          <h3 id="stage-title">{textIn(stage.name, language)}</h3>
          <p className="key-node">{t('stagePlan.keyNode', { node: textIn(stage.keyNode, language) })}</p>
          {stage.startMarker && <p className="muted small">{t('stagePlan.startMarker', { text: textIn(stage.startMarker, language) })}</p>}
          {stage.endMarker && <p className="muted small">{t('stagePlan.endMarker', { text: textIn(stage.endMarker, language) })}</p>}

          <ObjectivesBlock key={stage.key} stageKey={stage.key} own={planStage.objectives} shown={objectives} commands={commands} />

          <h4>{t('stagePlan.exitCriteria')}</h4>
          {stage.exitCriteria.length === 0 ? (
            <p className="muted">{t('stagePlan.noCriteria')}</p>
          ) : (
            <ul className="criteria">
              {stage.exitCriteria.map((c) => (
                <li key={c.key}>
                  <label className="radio">
                    <OptimisticCheckbox checked={ticks[c.key] === true} onChecked={(done) => commands.setCriterion(stage.key, c.key, done)} />
                    {textIn(c.label, language)}
                  </label>
                </li>
              ))}
            </ul>
          )}

          <div className="gate" role="group" aria-label={t('stagePlan.keyNode', { node: textIn(stage.keyNode, language) })}>
            {next ? (
              <>
                <button type="button" className="btn btn-primary" disabled={!plan.gate.allowed} onClick={() => void commands.advance()}>
                  {t('stagePlan.advance', { stage: textIn(next.name, language) })}
                </button>
                {!plan.gate.allowed && (
                  <>
                    <p className="gate-blocked" role="status">
                      {t('stagePlan.advanceBlocked', { count: plan.gate.missing.length })}
                    </p>
                    <button type="button" className="btn" onClick={() => setDialog('override')}>
                      {t('stagePlan.override')}
                    </button>
                  </>
                )}
              </>
            ) : (
              <p className="muted">{t('stagePlan.lastStage')}</p>
            )}
            {previous && (
              <button type="button" className="btn" onClick={() => setDialog('back')}>
                {t('stagePlan.moveBack', { stage: textIn(previous.name, language) })}
              </button>
            )}
          </div>

          <h4>{t('stagePlan.stageTasks')}</h4>
          <StageTasks tasks={stageTasks} />
        </section>

        <section className="stage-card" aria-labelledby="moves-title">
          <h3 id="moves-title">{t('stagePlan.moves')}</h3>
          {plan.moves.length === 0 ? (
            <p className="muted">{t('stagePlan.noMoves')}</p>
          ) : (
            <ol className="moves">
              {[...plan.moves].reverse().map((move) => (
                <li key={move.at} className={`move move-${move.kind}`}>
                  <span className="move-kind">{t(`plan.moveKinds.${move.kind}`)}</span> <span>{t('stagePlan.move', { from: name(move.fromKey), to: name(move.toKey) })}</span>{' '}
                  <time className="muted small" dateTime={move.at}>
                    {new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(move.at))}
                  </time>
                  {move.reason && <p className="move-reason">{t('stagePlan.moveReason', { reason: move.reason })}</p>}
                  {move.skipped && move.skipped.length > 0 && (
                    <p className="move-skipped">{t('stagePlan.moveSkipped', { criteria: move.skipped.map((key) => criterionLabel(move.fromKey, key)).join(language === 'zh-CN' ? '、' : ', ') })}</p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>

      <PlanTimeline plan={plan} commands={commands} />

      {dialog && (
        <ReasonDialog
          title={t(dialog === 'override' ? 'stagePlan.overrideTitle' : 'stagePlan.moveBackTitle')}
          label={t(dialog === 'override' ? 'stagePlan.overrideReason' : 'stagePlan.moveBackReason')}
          confirm={t(dialog === 'override' ? 'stagePlan.overrideConfirm' : 'stagePlan.moveBackConfirm')}
          required={dialog === 'override'}
          onClose={() => setDialog(null)}
          onSubmit={async (reason) => {
            const done = dialog === 'override' ? await commands.override(reason) : await commands.moveBack(reason);
            if (done) setDialog(null);
          }}
        />
      )}
    </>
  );
}

function ObjectivesBlock({ stageKey, own, shown, commands }: { stageKey: string; own: string[] | null; shown: string[]; commands: PlanCommands }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(shown.join('\n'));
  return (
    <>
      <h4>{t('stagePlan.objectives')}</h4>
      {editing ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
            void commands.setObjectives(stageKey, own, lines).then((done) => done && setEditing(false));
          }}
        >
          <Field label={t('stagePlan.objectives')} hint={t('stagePlan.objectivesHint')}>
            <textarea rows={4} value={text} onChange={(event) => setText(event.target.value)} />
          </Field>
          <div className="row-actions">
            <button type="button" className="btn btn-small" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
            {own && (
              <button type="button" className="btn btn-small" onClick={() => void commands.setObjectives(stageKey, own, null).then((done) => done && setEditing(false))}>
                {t('stagePlan.resetObjectives')}
              </button>
            )}
            <button type="submit" className="btn btn-small btn-primary">
              {t('common.save')}
            </button>
          </div>
        </form>
      ) : (
        <>
          {shown.length === 0 ? (
            <p className="muted">{t('stagePlan.noObjectives')}</p>
          ) : (
            <ul className="objectives">
              {shown.map((objective, i) => (
                <li key={i}>{objective}</li>
              ))}
            </ul>
          )}
          <button
            type="button"
            className="btn-link"
            onClick={() => {
              setText(shown.join('\n'));
              setEditing(true);
            }}
          >
            {t('stagePlan.editObjectives')}
          </button>
        </>
      )}
    </>
  );
}

function StageTasks({ tasks }: { tasks: Task[] }) {
  const { t } = useTranslation();
  if (tasks.length === 0) return <p className="muted">{t('stagePlan.noStageTasks')}</p>;
  return (
    <ul className="stage-tasks">
      {tasks.map((task) => (
        <li key={task.id} className={`task-status-${task.status}`}>
          <span className="badge">{t(`plan.taskStatus.${task.status}`)}</span> {task.title}
          {task.dueDate && <span className="muted small"> · {task.dueDate}</span>}
        </li>
      ))}
    </ul>
  );
}

/** A reason asked for in a dialog (required: refused at the field when blank). */
export function ReasonDialog(props: { title: string; label: string; confirm: string; required: boolean; requiredMessage?: string; onClose: () => void; onSubmit: (reason: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <Modal title={props.title} onClose={props.onClose}>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (props.required && reason.trim() === '') {
            setError(props.requiredMessage ?? t('plan.gateRefusals.overrideReasonRequired'));
            return;
          }
          void props.onSubmit(reason.trim());
        }}
      >
        <Field label={props.label} error={error}>
          <textarea rows={3} value={reason} autoFocus onChange={(event) => setReason(event.target.value)} maxLength={2000} />
        </Field>
        <div className="modal-actions">
          <button type="button" className="btn" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary">
            {props.confirm}
          </button>
        </div>
      </form>
    </Modal>
  );
}
