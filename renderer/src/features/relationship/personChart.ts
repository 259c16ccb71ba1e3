import { ATTITUDES, RELATIONSHIP_LEVELS } from '../../../../shared/domain/people.js';
import { CHART_ACCENT, CHART_FONT, CHART_MUTED, CHART_TEXT, type ChartOption } from '../../../../shared/report/charts/index.js';

/** Attitudes bottom to top, worst first (unknown below opposition: nothing known yet). */
const ATTITUDE_SCALE = ['unknown', 'opponent', 'neutral', 'supporter', 'champion'] as const satisfies readonly (typeof ATTITUDES)[number][];

export interface PersonChartInput {
  /** The x axis: "before", then each change's day. */
  categories: string[];
  relationship: string[];
  attitude: string[];
  labels: { relationship: string; attitude: string; level: (code: string) => string; attitudeOf: (code: string) => string };
}

/** Two step lines over the same days: the relationship level (top) and the attitude (bottom). */
export function personStepOption({ categories, relationship, attitude, labels }: PersonChartInput): ChartOption {
  const axisLabel = { color: CHART_MUTED, fontSize: 10, fontFamily: CHART_FONT };
  const x = (gridIndex: number, show: boolean) => ({ type: 'category' as const, gridIndex, data: categories, boundaryGap: false, axisLabel: { ...axisLabel, show } });
  const line = (name: string, data: string[], index: number, color: string) => ({
    type: 'line' as const,
    name,
    step: 'end' as const,
    xAxisIndex: index,
    yAxisIndex: index,
    data,
    silent: true,
    symbolSize: 5,
    lineStyle: { width: 2, color },
    itemStyle: { color },
  });
  return {
    textStyle: { fontFamily: CHART_FONT, color: CHART_TEXT },
    title: [
      { text: labels.relationship, left: 0, top: 0, textStyle: { fontSize: 11, fontWeight: 'normal', color: CHART_MUTED, fontFamily: CHART_FONT } },
      { text: labels.attitude, left: 0, top: 104, textStyle: { fontSize: 11, fontWeight: 'normal', color: CHART_MUTED, fontFamily: CHART_FONT } },
    ],
    grid: [
      { left: 72, right: 14, top: 20, height: 70 },
      { left: 72, right: 14, top: 122, height: 62 },
    ],
    xAxis: [x(0, false), x(1, true)],
    yAxis: [
      { type: 'category', gridIndex: 0, data: [...RELATIONSHIP_LEVELS], axisLabel: { ...axisLabel, interval: 0, formatter: labels.level } },
      { type: 'category', gridIndex: 1, data: [...ATTITUDE_SCALE], axisLabel: { ...axisLabel, interval: 0, formatter: labels.attitudeOf } },
    ],
    series: [line(labels.relationship, relationship, 0, CHART_ACCENT), line(labels.attitude, attitude, 1, '#a86408')],
  };
}
