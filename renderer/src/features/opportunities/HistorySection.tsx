import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffAssessments, fallingCriteria, localText } from '../../../../shared/domain/scoring/index.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { moment, shownTotal } from './format.js';
import { RadarChart, TrendChart } from './ScoreCharts.js';
import { VerdictChip } from './ScoreCell.js';
import { criterionLabeller, levelLabel, snapshotOf } from './scoring.js';
import type { SectionProps } from './sectionProps.js';

/** Every assessment, the trend, the radar of the latest, and what changed between any two. */
export function HistorySection({ detail }: SectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { assessments } = detail;
  const [fromId, setFromId] = useState(assessments[1]?.id ?? '');
  const [toId, setToId] = useState(assessments[0]?.id ?? '');
  const from = assessments.find((a) => a.id === fromId) ?? assessments[1];
  const to = assessments.find((a) => a.id === toId) ?? assessments[0];
  const option = (id: string, label: string) => (
    <option key={id} value={id}>
      {label}
    </option>
  );
  const labelOf = (a: (typeof assessments)[number]) => `${moment(a.assessedAt, language)} · ${shownTotal(a.total) ?? '—'}`;

  if (assessments.length === 0) return <p className="empty-inline">{t('opportunities.history.none')}</p>;
  return (
    <section className="section history" aria-labelledby="history-title">
      <h3 id="history-title">{t('opportunities.history.title')}</h3>
      <div className="history-charts">
        <TrendChart records={assessments} width={640} />
        <RadarChart record={assessments[0]!} />
      </div>
      <table className="table history-table" aria-label={t('opportunities.history.list')}>
        <thead>
          <tr>
            <th scope="col">{t('opportunities.history.date')}</th>
            <th scope="col">{t('opportunities.history.author')}</th>
            <th scope="col">{t('opportunities.history.template')}</th>
            <th scope="col" className="num">
              {t('opportunities.history.total')}
            </th>
            <th scope="col">{t('opportunities.scorecard.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {assessments.map((a) => (
            <tr key={a.id}>
              <td>{moment(a.assessedAt, language)}</td>
              <td>{a.author || t('common.none')}</td>
              <td>
                {localText(a.template.name, language)} <span className="muted small">{t('opportunities.templates.version', { version: a.templateVersion })}</span>
              </td>
              <td className="num">{shownTotal(a.total) ?? t('common.none')}</td>
              <td>
                <VerdictChip verdict={a.verdict} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {assessments.length > 1 && from && to && (
        <section className="compare" aria-labelledby="compare-title">
          <div className="section-bar">
            <h3 id="compare-title">{t('opportunities.history.compare')}</h3>
            <label className="inline-field">
              {t('opportunities.history.from')}
              <select value={from.id} onChange={(event) => setFromId(event.target.value)}>
                {assessments.map((a) => option(a.id, labelOf(a)))}
              </select>
            </label>
            <label className="inline-field">
              {t('opportunities.history.to')}
              <select value={to.id} onChange={(event) => setToId(event.target.value)}>
                {assessments.map((a) => option(a.id, labelOf(a)))}
              </select>
            </label>
          </div>
          <Diff older={from} newer={to} detail={detail} />
        </section>
      )}
    </section>
  );
}

function Diff({ older, newer, detail }: { older: SectionProps['detail']['assessments'][number]; newer: SectionProps['detail']['assessments'][number]; detail: SectionProps['detail'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [a, b] = older.assessedAt <= newer.assessedAt ? [older, newer] : [newer, older];
  const diff = useMemo(() => diffAssessments(snapshotOf(a), snapshotOf(b)), [a, b]);
  const falling = useMemo(() => fallingCriteria(snapshotOf(a), snapshotOf(b)), [a, b]);
  const label = criterionLabeller([b.template, a.template], language);
  const names = new Map([...detail.people, ...detail.deletedPeople].map((p) => [p.id, p.name]));
  const nameList = (ids: string[]) => ids.map((id) => names.get(id) ?? '?').join(', ');
  const round = (n: number | null) => (n === null ? t('common.none') : String(Math.round(n)));
  const changed = diff.criteria.filter((c) => c.delta !== 0 || c.evidenceChanged || c.peopleAdded.length || c.peopleRemoved.length || c.inBefore !== c.inAfter || (c.before === null) !== (c.after === null));
  return (
    <div className="diff">
      <p>
        <strong>{t('opportunities.history.totalChange', { before: round(diff.totalBefore), after: round(diff.totalAfter) })}</strong>{' '}
        <VerdictChip verdict={diff.verdictBefore} /> → <VerdictChip verdict={diff.verdictAfter} />
      </p>
      {falling.length > 0 && (
        <p className="notice" role="note">
          {t('opportunities.history.falling', { criteria: falling.map((f) => label(f.key)).join(', ') })}
        </p>
      )}
      {changed.length === 0 ? (
        <p className="muted">{t('opportunities.history.noChange')}</p>
      ) : (
        <table className="table diff-table">
          <thead>
            <tr>
              <th scope="col">{t('opportunities.scorecard.criterion')}</th>
              <th scope="col">{t('opportunities.history.before')}</th>
              <th scope="col">{t('opportunities.history.after')}</th>
              <th scope="col">{t('opportunities.scorecard.evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((c) => (
              <tr key={c.key} className={c.normalisedDelta !== null && c.normalisedDelta < 0 ? 'is-falling' : c.normalisedDelta ? 'is-rising' : undefined}>
                <th scope="row">
                  {label(c.key)}
                  {!c.inBefore && <div className="small muted">{t('opportunities.history.notInBefore')}</div>}
                  {!c.inAfter && <div className="small muted">{t('opportunities.history.notInAfter')}</div>}
                </th>
                <td>{levelLabel(a.template, c.key, c.before, language) ?? t('opportunities.scorecard.unknown')}</td>
                <td>
                  {levelLabel(b.template, c.key, c.after, language) ?? t('opportunities.scorecard.unknown')}
                  {c.delta !== null && c.delta !== 0 && <span className={`delta ${c.delta > 0 ? 'up' : 'down'}`}> ({c.delta > 0 ? `+${c.delta}` : c.delta})</span>}
                </td>
                <td>
                  {c.evidenceChanged && (
                    <div className="evidence-change">
                      <del className="prewrap">{c.evidenceBefore || t('common.none')}</del>
                      <ins className="prewrap">{c.evidenceAfter || t('common.none')}</ins>
                    </div>
                  )}
                  {c.peopleAdded.length > 0 && <p className="small">{t('opportunities.history.peopleAdded', { names: nameList(c.peopleAdded) })}</p>}
                  {c.peopleRemoved.length > 0 && <p className="small">{t('opportunities.history.peopleRemoved', { names: nameList(c.peopleRemoved) })}</p>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
