import { criterionParams, localText, trend } from '../../../domain/scoring/index.js';
import { chartFigure } from '../../chartFigure.js';
import { criterionLabeller, datedOldestFirst, levelLabel, radarOption, scoreOf, trendOption } from '../../charts/index.js';
import { html } from '../../html.js';
import { list, table, u } from '../../pieces.js';
import { ot, peopleNames, type OpportunityPart } from './part.js';

/**
 * The latest assessment: total, verdict and why, each criterion's score (or unknown) with its
 * evidence and the people it rests on; then its radar and, from two assessments on, the trend —
 * the app's own charts (shared/report/charts), as vector SVG.
 */
export const scorecardPart: OpportunityPart = ({ assessments }, c, _o, index) => {
  const k = (key: string, params?: Record<string, string | number>) => ot(c, `scorecard.${key}`, params);
  const latest = assessments[0];
  if (!latest) return html`<h3>${k('title')}</h3><p class="muted">${k('none')}</p>`;
  const { template } = latest;
  const result = scoreOf(latest);
  const unknown = Math.round(result.unknownWeightShare * 100);
  const total = result.total === null ? c.t('common.none') : Math.round(result.total);
  const summary = html`<div class="keep"><p class="lead">${k('by', { date: c.date(latest.assessedAt), author: latest.author })} · ${k('madeWith', {
    template: localText(template.name, c.lang),
    version: template.version,
  })}</p>
<p><span class="figure">${k('outOf', { total })}</span> <strong class="verdict-${result.verdict}">${c.t(`scoring.verdicts.${result.verdict}`)}</strong> · <span class="muted">${
    unknown > 0 ? k('unknownShare', { percent: unknown }) : k('allKnown')
  }</span></p>
${result.reasons.length ? list(result.reasons.map((reason) => html`${c.t(reason.key, criterionParams(reason, template, c.lang))}`)) : ''}</div>`;
  const byKey = new Map(result.perCriterion.map((r) => [r.key, r]));
  const rows = template.criteria.map((criterion) => {
    const score = latest.scores[criterion.key];
    const value = score?.value ?? null;
    const level = levelLabel(template, criterion.key, value, c.lang);
    const share = Math.round((byKey.get(criterion.key)?.weightShare ?? 0) * 100);
    const people = peopleNames(score?.personIds ?? [], c);
    const evidence = score?.evidence.trim() ? html`<span class="text"><bdi>${score.evidence.trim()}</bdi></span>` : html`<span class="muted">${c.t('common.none')}</span>`;
    return html`<tr><th scope="row"><bdi>${localText(criterion.label, c.lang)}</bdi></th><td>${share}%</td><td>${level === null ? html`<span class="unknown">${k('unknown')}</span>` : html`<bdi>${level}</bdi>`}</td>
<td>${evidence}${people.length ? html`<br><span class="muted">${k('basedOn')}: ${people.map((name, i) => html`${i ? ', ' : ''}${u(name)}`)}</span>` : ''}</td></tr>`;
  });
  const criteria = table([k('criterion'), k('weight'), k('score'), k('evidence')], rows, [24, 9, 22, 45]);
  // The app's sizes (ScoreCharts.tsx): the labels are laid out to fit them.
  const radar = chartFigure(radarOption(result, template, c.lang), { width: 380, height: 300 }, `radar-${index}`, k('radar'), 'radar');
  const dated = datedOldestFirst(assessments);
  const trendFigure =
    dated.length >= 2
      ? chartFigure(
          trendOption(
            {
              trend: trend(dated),
              labels: {
                total: ot(c, 'history.total'),
                criterion: criterionLabeller([...dated].reverse().map((d) => d.template), c.lang),
                pursue: c.t('scoring.verdicts.pursue'),
                qualify: c.t('scoring.verdicts.qualify'),
              },
              thresholds: template.thresholds,
            },
            c.lang,
          ),
          { width: 640, height: 300 },
          `trend-${index}`,
          ot(c, 'history.trend'),
          'trend',
        )
      : '';
  return html`<h3>${k('title')}</h3>${summary}${criteria}<div class="charts">${radar}${trendFigure}</div>`;
};
