import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentRecord, MapPerson, TeamMember } from '../../../../shared/contract/index.js';
import { localText, scoreAssessment, type CriterionScore, type ScorecardTemplate } from '../../../../shared/domain/scoring/index.js';
import { TEXT_MAX } from '../../../../shared/domain/accounts.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { shownTotal } from './format.js';
import { PeopleChips } from './PeopleChips.js';

interface AssessmentFormProps {
  template: ScorecardTemplate;
  people: MapPerson[];
  team: TeamMember[];
  /** The assessment to start from (the latest with this template): a reassessment changes what moved. */
  previous: AssessmentRecord | null;
  onSave: (scores: Record<string, CriterionScore>, author: { name: string; id: string | null }) => Promise<unknown>;
  onCancel: () => void;
}

const emptyScore = (): CriterionScore => ({ value: null, evidence: '', personIds: [] });

/** Scores each criterion on its scale (every level with its meaning) or as unknown, with evidence and the people it rests on. */
export function AssessmentForm({ template, people, team, previous, onSave, onCancel }: AssessmentFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [scores, setScores] = useState<Record<string, CriterionScore>>(() =>
    Object.fromEntries(template.criteria.map((c) => [c.key, { ...emptyScore(), ...previous?.scores[c.key] }])),
  );
  const [author, setAuthor] = useState(previous?.author ?? team[0]?.name ?? '');
  const [saving, setSaving] = useState(false);
  const live = useMemo(() => scoreAssessment(template, { templateKey: template.key, templateVersion: template.version, scores }), [template, scores]);
  const set = (key: string, patch: Partial<CriterionScore>) => setScores((now) => ({ ...now, [key]: { ...now[key]!, ...patch } }));
  const totalWeight = template.criteria.reduce((sum, c) => sum + c.weight, 0);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const member = team.find((m) => m.name === author.trim());
      await onSave(scores, { name: author.trim(), id: member?.id ?? null });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="assessment-form" onSubmit={(event) => void save(event)} aria-labelledby="assess-title">
      <div className="section-bar sticky">
        <h3 id="assess-title">{t('opportunities.scorecard.formTitle', { template: localText(template.name, language) })}</h3>
        <output className="live-total" aria-live="polite">
          {live.total === null
            ? t('opportunities.scorecard.liveUnknown')
            : t('opportunities.scorecard.live', { total: shownTotal(live.total), verdict: t(`scoring.verdicts.${live.verdict}`) })}
        </output>
        <span className="spacer" />
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {t('opportunities.scorecard.save')}
        </button>
      </div>
      <label className="inline-field author-field">
        {t('opportunities.scorecard.author')}
        <input value={author} onChange={(event) => setAuthor(event.target.value)} list="assessment-authors" maxLength={200} />
        <datalist id="assessment-authors">
          {team.map((m) => (
            <option key={m.id} value={m.name} />
          ))}
        </datalist>
      </label>
      {template.criteria.map((criterion) => {
        const score = scores[criterion.key]!;
        const label = localText(criterion.label, language);
        const weight = totalWeight > 0 ? Math.round((criterion.weight / totalWeight) * 100) : 0;
        const guidance = criterion.guidance[language].length > 0 ? criterion.guidance[language] : criterion.guidance[language === 'en' ? 'zh-CN' : 'en'];
        return (
          <fieldset key={criterion.key} className="criterion-block" id={`criterion-${criterion.key}`}>
            <legend>
              {label} <span className="muted small">{t('opportunities.scorecard.weight')} {weight}%</span>
            </legend>
            {guidance.length > 0 && (
              <details className="guidance">
                <summary>{t('opportunities.scorecard.guidance')}</summary>
                <ul>
                  {guidance.map((q) => (
                    <li key={q}>{q}</li>
                  ))}
                </ul>
              </details>
            )}
            <div className="levels" role="radiogroup" aria-label={`${label}: ${t('opportunities.scorecard.score')}`}>
              {criterion.scale.map((level) => (
                <label key={level.value} className={`level${score.value === level.value ? ' is-on' : ''}`}>
                  <input type="radio" name={`score-${criterion.key}`} checked={score.value === level.value} onChange={() => set(criterion.key, { value: level.value })} />
                  <span className="level-head">
                    {level.value} · {localText(level.label, language)}
                  </span>
                  <span className="level-meaning">{localText(level.meaning, language)}</span>
                </label>
              ))}
              <label className={`level level-unknown${score.value === null ? ' is-on' : ''}`}>
                <input type="radio" name={`score-${criterion.key}`} checked={score.value === null} onChange={() => set(criterion.key, { value: null })} />
                <span className="level-head">{t('opportunities.scorecard.unknown')}</span>
              </label>
            </div>
            <label className="evidence">
              <span>{t('opportunities.scorecard.evidence')}</span>
              <textarea
                value={score.evidence}
                rows={2}
                maxLength={TEXT_MAX}
                aria-label={`${label}: ${t('opportunities.scorecard.evidence')}`}
                onChange={(event) => set(criterion.key, { evidence: event.target.value })}
              />
            </label>
            <div className="evidence-people">
              <span className="field-label">{t('opportunities.scorecard.basedOn')}</span>
              <PeopleChips
                label={`${label}: ${t('opportunities.scorecard.basedOn')}`}
                people={people}
                value={score.personIds}
                suggestedRoles={criterion.suggestedRoles}
                onChange={(personIds) => set(criterion.key, { personIds })}
              />
            </div>
          </fieldset>
        );
      })}
    </form>
  );
}
