import { scoringStringsEn } from '../../i18n/scoringStrings.en.js';
import { scoringStringsZhCN } from '../../i18n/scoringStrings.zh-CN.js';
import type { Language } from '../../i18n/languages.js';
import type { ScoreResult } from '../../domain/scoring/score.js';
import { localText, type ScorecardTemplate } from '../../domain/scoring/types.js';
import { CHART_ACCENT, CHART_FONT, CHART_MUTED, CHART_TEXT, type ChartOption } from './option.js';

const strings = { en: scoringStringsEn.scoring, 'zh-CN': scoringStringsZhCN.scoring };

/** A radar axis label: at most `max` characters, so long labels do not run off the chart. */
export const shortLabel = (text: string, max = 18) => (Array.from(text).length > max ? `${Array.from(text).slice(0, max - 1).join('')}…` : text);

/**
 * One assessment on a radar: one axis per criterion of its template (in its order), each at its
 * position on the criterion's scale, 0–100. An unknown criterion sits at the centre and its axis says so.
 */
export function radarOption(score: ScoreResult, template: ScorecardTemplate, language: Language): ChartOption {
  const unknown = strings[language].unknownValue;
  const byKey = new Map(score.perCriterion.map((c) => [c.key, c]));
  const indicator = template.criteria.map((criterion) => {
    const known = byKey.get(criterion.key)?.normalised != null;
    const label = shortLabel(localText(criterion.label, language));
    return { name: known ? label : `${label}\n(${unknown})`, max: 100, min: 0 };
  });
  const values = template.criteria.map((criterion) => Math.round((byKey.get(criterion.key)?.normalised ?? 0) * 100));
  return {
    textStyle: { fontFamily: CHART_FONT, color: CHART_TEXT },
    radar: {
      indicator,
      radius: '56%',
      center: ['50%', '54%'],
      splitNumber: 4,
      axisName: { color: CHART_MUTED, fontSize: 12, fontFamily: CHART_FONT },
      splitArea: { areaStyle: { color: ['#f9fafc', '#ffffff'] } },
    },
    series: [
      {
        type: 'radar',
        silent: true,
        symbolSize: 5,
        lineStyle: { color: CHART_ACCENT, width: 2 },
        itemStyle: { color: CHART_ACCENT },
        areaStyle: { color: CHART_ACCENT, opacity: 0.15 },
        data: [{ value: values, name: localText(template.name, language) }],
      },
    ],
  };
}
