import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentRecord } from '../../../../shared/contract/index.js';
import { trend } from '../../../../shared/domain/scoring/index.js';
import { radarOption, trendOption } from '../../../../shared/report/charts/index.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { ChartImage } from './ChartImage.js';
import { moment, shownTotal } from './format.js';
import { criterionLabeller, datedOldestFirst, scoreOf } from './scoring.js';

/** The radar of one assessment, its numbers in a table beside it. */
export function RadarChart({ record }: { record: AssessmentRecord }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const result = useMemo(() => scoreOf(record), [record]);
  const option = useMemo(() => radarOption(result, record.template, language), [result, record.template, language]);
  const label = criterionLabeller([record.template], language);
  return (
    <figure className="chart-figure">
      <figcaption>{t('opportunities.scorecard.radar')}</figcaption>
      <ChartImage option={option} width={380} height={300} alt={t('opportunities.scorecard.radarAlt')} />
      <table className="chart-numbers">
        <caption className="visually-hidden">{t('opportunities.scorecard.radar')}</caption>
        <tbody>
          {result.perCriterion.map((c) => (
            <tr key={c.key}>
              <th scope="row">{label(c.key)}</th>
              <td className="num">{c.normalised === null ? t('opportunities.scorecard.unknown') : Math.round(c.normalised * 100)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** The total (and each criterion) over time, with the latest template's thresholds; the totals as a table too. */
export function TrendChart({ records, width = 640, criteria = true }: { records: readonly AssessmentRecord[]; width?: number; criteria?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dated = useMemo(() => datedOldestFirst(records), [records]);
  const latest = records[0];
  const option = useMemo(() => {
    const templates = [...dated].reverse().map((d) => d.template);
    const labels = {
      total: t('opportunities.history.total'),
      criterion: criterionLabeller(templates, language),
      pursue: t('scoring.verdicts.pursue'),
      qualify: t('scoring.verdicts.qualify'),
    };
    return trendOption({ trend: trend(dated), labels, criteria, ...(latest ? { thresholds: latest.template.thresholds } : {}) }, language);
  }, [dated, latest, criteria, t, language]);
  return (
    <figure className="chart-figure">
      <figcaption>{t('opportunities.history.trend')}</figcaption>
      <ChartImage option={option} width={width} height={criteria ? 300 : 220} alt={t('opportunities.history.trendAlt')} />
      <details className="chart-table">
        <summary>{t('opportunities.history.chartTable')}</summary>
        <table className="chart-numbers">
          <tbody>
            {[...records].map((r) => (
              <tr key={r.id}>
                <th scope="row">{moment(r.assessedAt, language)}</th>
                <td className="num">{shownTotal(r.total) ?? t('common.none')}</td>
                <td>{t(`scoring.verdicts.${r.verdict}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
