import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanStage, StagePlanRecord } from '../../../../shared/contract/index.js';
import { addDays, daysBetween, localDateOf, today as todayOf, type CalendarDate } from '../../../../shared/domain/plan/calendarDate.js';
import { textIn } from '../../../../shared/domain/plan/stageTemplate.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import type { PlanCommands } from './commands.js';

/** Is the stage late: still open past its planned end, or left after it. */
export function stageOverdue(stage: PlanStage, today: CalendarDate): boolean {
  if (!stage.plannedEnd) return false;
  if (stage.status === 'done') return stage.leftAt !== null && localDateOf(stage.leftAt) > stage.plannedEnd;
  return stage.plannedEnd < today;
}

/** Planned against actual dates per stage on one scale, today marked, late stages in red; the planned dates edited in place. */
export function PlanTimeline({ plan, commands }: { plan: StagePlanRecord; commands: PlanCommands }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = todayOf();
  const [editing, setEditing] = useState<string | null>(null);
  const actualStart = (s: PlanStage) => (s.enteredAt ? localDateOf(s.enteredAt) : null);
  const actualEnd = (s: PlanStage) => (s.leftAt && s.status === 'done' ? localDateOf(s.leftAt) : s.status === 'current' ? today : null);
  const dates = plan.stages.flatMap((s) => [s.plannedStart, s.plannedEnd, actualStart(s), actualEnd(s)]).filter((d): d is string => d !== null);
  dates.push(today);
  const first = dates.reduce((a, b) => (a < b ? a : b));
  const last = addDays(dates.reduce((a, b) => (a > b ? a : b)), 1);
  const span = Math.max(1, daysBetween(first, last));
  const at = (date: CalendarDate) => `${(100 * daysBetween(first, date)) / span}%`;
  const width = (from: CalendarDate, to: CalendarDate) => `${Math.max(0.8, (100 * (daysBetween(from, to) + 1)) / span)}%`;
  const day = (date: CalendarDate) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h3 id="timeline-title">{t('stagePlan.timeline')}</h3>
      <p className="muted small">{t('stagePlan.timelineHint')}</p>
      <div className="timeline-scale muted small">
        <span>{day(first)}</span>
        <span>{day(addDays(last, -1))}</span>
      </div>
      <ul className="timeline-rows">
        {plan.stages.map((s) => {
          const stage = plan.template.stages.find((x) => x.key === s.key);
          const late = stageOverdue(s, today);
          const aStart = actualStart(s);
          const aEnd = actualEnd(s);
          return (
            <li key={s.key} className={`timeline-row stage-${s.status}${late ? ' is-overdue' : ''}`} data-stage={s.key}>
              <div className="timeline-label">
                <span className="timeline-name">{stage ? textIn(stage.name, language) : s.key}</span>
                {late && <span className="overdue-flag">{t('stagePlan.overdue')}</span>}
                <button type="button" className="btn-link small" onClick={() => setEditing(editing === s.key ? null : s.key)} aria-label={`${t('stagePlan.editDates')}: ${stage ? textIn(stage.name, language) : s.key}`}>
                  {s.plannedStart || s.plannedEnd ? `${s.plannedStart ? day(s.plannedStart) : '…'} – ${s.plannedEnd ? day(s.plannedEnd) : '…'}` : t('stagePlan.noDates')}
                </button>
              </div>
              <div className="timeline-track">
                <span className="today-line" style={{ left: at(today) }} aria-hidden="true" />
                {s.plannedStart && s.plannedEnd && (
                  <span className="bar bar-planned" style={{ left: at(s.plannedStart), width: width(s.plannedStart, s.plannedEnd) }} title={t('stagePlan.planned')} />
                )}
                {aStart && aEnd && <span className={`bar bar-actual${late ? ' bar-late' : ''}`} style={{ left: at(aStart), width: width(aStart, aEnd) }} title={t('stagePlan.actual')} />}
              </div>
              {editing === s.key && <DatesForm stage={s} commands={commands} onDone={() => setEditing(null)} />}
            </li>
          );
        })}
      </ul>
      <p className="timeline-today small">
        <span className="today-swatch" aria-hidden="true" /> {t('stagePlan.today', { date: day(today) })} · <span className="swatch-planned" aria-hidden="true" /> {t('stagePlan.planned')} ·{' '}
        <span className="swatch-actual" aria-hidden="true" /> {t('stagePlan.actual')} · <span className="swatch-late" aria-hidden="true" /> {t('stagePlan.overdue')}
      </p>
    </section>
  );
}

function DatesForm({ stage, commands, onDone }: { stage: PlanStage; commands: PlanCommands; onDone: () => void }) {
  const { t } = useTranslation();
  const [start, setStart] = useState(stage.plannedStart ?? '');
  const [end, setEnd] = useState(stage.plannedEnd ?? '');
  const error = start && end && end < start ? t('plan.errors.endBeforeStart') : undefined;
  return (
    <form
      className="dates-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (error) return;
        void commands
          .setDates(stage.key, { plannedStart: stage.plannedStart, plannedEnd: stage.plannedEnd }, { plannedStart: start || null, plannedEnd: end || null })
          .then((done) => done && onDone());
      }}
    >
      <label>
        {t('stagePlan.plannedStart')} <input type="date" value={start} onChange={(event) => setStart(event.target.value)} />
      </label>
      <label>
        {t('stagePlan.plannedEnd')} <input type="date" value={end} aria-invalid={error ? true : undefined} onChange={(event) => setEnd(event.target.value)} />
      </label>
      <button type="submit" className="btn btn-small btn-primary">
        {t('stagePlan.saveDates')}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
