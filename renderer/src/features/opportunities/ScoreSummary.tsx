import { useTranslation } from 'react-i18next';
import { criterionParams, type ScoreResult, type ScorecardTemplate } from '../../../../shared/domain/scoring/index.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { shownTotal } from './format.js';
import { VerdictChip } from './ScoreCell.js';

/** The weighted total, the verdict with its reasons, and how much of the weight is still unknown. */
export function ScoreSummary({ result, template }: { result: ScoreResult; template: ScorecardTemplate }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const total = shownTotal(result.total);
  const unknown = Math.round(result.unknownWeightShare * 100);
  return (
    <div className="score-summary">
      <div className="score-big" aria-label={t('opportunities.scorecard.total')}>
        <span className="score-number">{total ?? t('common.none')}</span>
        <span className="muted">/ 100</span>
      </div>
      <div>
        <div className="score-verdict">
          <span className="visually-hidden">{t('opportunities.scorecard.verdict')}: </span>
          <VerdictChip verdict={result.verdict} />
          <span className="muted small">{unknown > 0 ? t('opportunities.scorecard.unknownShare', { percent: unknown }) : t('opportunities.scorecard.allKnown')}</span>
        </div>
        <div className="unknown-bar" aria-hidden="true">
          <span style={{ width: `${100 - unknown}%` }} />
        </div>
        <ul className="reasons" aria-label={t('opportunities.scorecard.reasons')}>
          {result.reasons.map((reason, i) => (
            <li key={`${reason.key}-${i}`}>{t(reason.key, criterionParams(reason, template, language))}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
