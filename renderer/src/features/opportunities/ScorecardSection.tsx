import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentRecord } from '../../../../shared/contract/index.js';
import { localText } from '../../../../shared/domain/scoring/index.js';
import { toast } from '../../components/toastStore.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { AssessmentForm } from './AssessmentForm.js';
import { CrossChecks } from './CrossChecks.js';
import { moment } from './format.js';
import { mapLink } from './InfluencesSection.js';
import { RadarChart, TrendChart } from './ScoreCharts.js';
import { ScoreSummary } from './ScoreSummary.js';
import { defaultTemplateKey, levelLabel, scoreOf } from './scoring.js';
import type { SectionProps } from './sectionProps.js';

/** The latest assessment (total, verdict, reasons, each criterion with its evidence), its radar and trend, the cross-checks; and assessing. */
export function ScorecardSection({ detail, commands }: SectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { assessments, templates, opportunity } = detail;
  const [templateKey, setTemplateKey] = useState(() => defaultTemplateKey(assessments, templates));
  const [assessing, setAssessing] = useState(false);
  const entry = templates.find((e) => e.template.key === templateKey) ?? templates[0];
  const latest = assessments[0] ?? null;
  const previousWithTemplate = assessments.find((a) => a.templateKey === entry?.template.key) ?? null;

  if (assessing && entry) {
    return (
      <AssessmentForm
        template={entry.template}
        people={detail.people}
        team={detail.team}
        previous={previousWithTemplate}
        onCancel={() => setAssessing(false)}
        onSave={async (scores, author) => {
          const made = await commands.assess({
            opportunityId: opportunity.id,
            templateKey: entry.template.key,
            templateVersion: entry.template.version,
            scores,
            author: author.name,
            authorId: author.id,
          });
          if (made) {
            toast(t('opportunities.scorecard.saved'));
            setAssessing(false);
          }
        }}
      />
    );
  }

  return (
    <section className="section scorecard" aria-labelledby="scorecard-title">
      <div className="section-bar">
        <h3 id="scorecard-title">{t('opportunities.scorecard.title')}</h3>
        <label className="inline-field">
          {t('opportunities.scorecard.template')}
          <select value={entry?.template.key ?? ''} onChange={(event) => setTemplateKey(event.target.value)}>
            {templates.map((e) => (
              <option key={e.template.key} value={e.template.key}>
                {localText(e.template.name, language)}
                {e.builtIn ? '' : ` · ${t('opportunities.templates.version', { version: e.template.version })}`}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn btn-primary" disabled={!entry} onClick={() => setAssessing(true)}>
          {t(previousWithTemplate ? 'opportunities.scorecard.reassess' : 'opportunities.scorecard.assess')}
        </button>
      </div>
      <div className="scorecard-layout">
        <div className="scorecard-main">{latest ? <LatestAssessment record={latest} detail={detail} onDelete={() => void commands.deleteAssessment(latest)} /> : <p className="empty-inline">{t('opportunities.scorecard.none')}</p>}</div>
        <aside className="scorecard-side">
          <CrossChecks detail={detail} />
          {latest && <RadarChart record={latest} />}
        </aside>
      </div>
      {assessments.length > 1 && <TrendChart records={assessments} width={720} criteria={false} />}
    </section>
  );
}

function LatestAssessment({ record, detail, onDelete }: { record: AssessmentRecord; detail: SectionProps['detail']; onDelete: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const result = useMemo(() => scoreOf(record), [record]);
  const names = new Map(detail.people.map((p) => [p.id, p.name]));
  const template = record.template;
  return (
    <div className="latest">
      <div className="latest-head">
        <h4>{t('opportunities.scorecard.latest')}</h4>
        <span className="muted small">
          {t('opportunities.scorecard.by', { date: moment(record.assessedAt, language), author: record.author || t('common.none') })} ·{' '}
          {t('opportunities.scorecard.madeWith', { template: localText(template.name, language), version: record.templateVersion })}
        </span>
        <button type="button" className="btn btn-small btn-danger-quiet" onClick={onDelete}>
          {t('opportunities.scorecard.deleteAssessment')}
        </button>
      </div>
      <ScoreSummary result={result} template={template} />
      <table className="table criteria-table">
        <thead>
          <tr>
            <th scope="col">{t('opportunities.scorecard.criterion')}</th>
            <th scope="col" className="num">
              {t('opportunities.scorecard.weight')}
            </th>
            <th scope="col">{t('opportunities.scorecard.score')}</th>
            <th scope="col">{t('opportunities.scorecard.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {template.criteria.map((criterion, i) => {
            const score = record.scores[criterion.key];
            const share = result.perCriterion[i]?.weightShare ?? 0;
            return (
              <tr key={criterion.key} id={`criterion-${criterion.key}`}>
                <th scope="row">{localText(criterion.label, language)}</th>
                <td className="num">{Math.round(share * 100)}%</td>
                <td className={score?.value == null ? 'muted' : undefined}>{levelLabel(template, criterion.key, score?.value ?? null, language) ?? t('opportunities.scorecard.unknown')}</td>
                <td>
                  <p className="prewrap">{score?.evidence || t('common.none')}</p>
                  {(score?.personIds.length ?? 0) > 0 && (
                    <p className="small muted">
                      {t('opportunities.scorecard.basedOn')}:{' '}
                      {score!.personIds.map((id, j) => (
                        <span key={id}>
                          {j > 0 && ', '}
                          <Link to={mapLink(detail.account.id, `focus=${id}`)}>{names.get(id) ?? '?'}</Link>
                        </span>
                      ))}
                    </p>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
