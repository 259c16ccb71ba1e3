import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../../shared/contract/index.js';
import { shownTotal } from './format.js';

/** A verdict as a coloured chip with its word (never colour alone). */
export function VerdictChip({ verdict }: { verdict: string | null }) {
  const { t } = useTranslation();
  const v = verdict ?? 'unknown';
  return <span className={`verdict verdict-${v}`}>{t(`scoring.verdicts.${v}`)}</span>;
}

/** Latest total and verdict of an opportunity, with an arrow against the assessment before it when known. */
export function ScoreCell({ latest, previousTotal }: { latest: AssessmentSummary | null; previousTotal?: number | null }) {
  const { t } = useTranslation();
  if (!latest) return <span className="muted">{t('opportunities.list.noScore')}</span>;
  const total = shownTotal(latest.total);
  const previous = shownTotal(previousTotal ?? null);
  const arrow =
    total === null || previous === null ? null : total > previous ? ['↑', 'trendUp'] : total < previous ? ['↓', 'trendDown'] : ['→', 'trendSame'];
  return (
    <span className="score-cell">
      <strong className="score-total">{total ?? t('common.none')}</strong>
      {arrow && (
        <span className={`trend-arrow trend-${arrow[1]}`} title={t(`opportunities.list.${arrow[1]}`, { previous })}>
          <span aria-hidden="true">{arrow[0]}</span>
          <span className="visually-hidden">{t(`opportunities.list.${arrow[1]}`, { previous })}</span>
        </span>
      )}
      <VerdictChip verdict={latest.verdict} />
    </span>
  );
}
