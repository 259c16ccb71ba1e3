import type { Trend } from '../../domain/scoring/history.js';
import type { Thresholds } from '../../domain/scoring/types.js';
import type { Language } from '../../i18n/languages.js';
import { CHART_ACCENT, CHART_FONT, CHART_MUTED, CHART_TEXT, SERIES_COLORS, SERIES_DASHES, type ChartOption } from './option.js';
import { shortLabel } from './radarOption.js';

export interface TrendLabels {
  /** The name of the total's line ("Total", "总分"). */
  total: string;
  /** A criterion's label in the UI language, by key. */
  criterion: (key: string) => string;
  pursue: string;
  qualify: string;
}

export interface TrendChartInput {
  trend: Trend;
  labels: TrendLabels;
  /** Draws the latest template's thresholds across the chart. */
  thresholds?: Thresholds;
  /** Per-criterion lines too (0–100 on each one's scale), not only the total. */
  criteria?: boolean;
}

/** A date as the x axis shows it: 2026-03-04 → "3月4日" / "Mar 4" (with the year when the points span years). */
export function axisDate(at: string, language: Language, withYear: boolean): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(date);
}

const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** The total (0–100) over time, and each criterion's position on its scale (0–100), oldest first. */
export function trendOption({ trend, labels, thresholds, criteria = true }: TrendChartInput, language: Language): ChartOption {
  const years = new Set(trend.total.map((p) => p.at.slice(0, 4)));
  const categories = trend.total.map((p) => axisDate(p.at, language, years.size > 1));
  const markLine = thresholds
    ? {
        silent: true,
        symbol: 'none',
        label: { formatter: '{b}', position: 'insideEndTop' as const, color: CHART_MUTED, fontSize: 11, fontFamily: CHART_FONT },
        lineStyle: { color: CHART_MUTED, type: 'dashed' as const, width: 1 },
        data: [
          { yAxis: thresholds.pursue, name: `${labels.pursue} ${thresholds.pursue}` },
          { yAxis: thresholds.qualify, name: `${labels.qualify} ${thresholds.qualify}` },
        ],
      }
    : undefined;
  const criterionSeries = criteria
    ? trend.criteria.map((c, i) => ({
        type: 'line' as const,
        name: shortLabel(labels.criterion(c.key), 12),
        data: c.points.map((p) => (p.value === null ? null : Math.round(p.value * 100))),
        connectNulls: false,
        // A still picture: no hover states, and no marker per point on the thin lines (they cost the most to draw).
        silent: true,
        showSymbol: false,
        lineStyle: { width: 1, color: SERIES_COLORS[i % SERIES_COLORS.length], type: SERIES_DASHES[Math.floor(i / SERIES_COLORS.length) % SERIES_DASHES.length] },
        itemStyle: { color: SERIES_COLORS[i % SERIES_COLORS.length] },
      }))
    : [];
  const total = {
    type: 'line' as const,
    name: labels.total,
    data: trend.total.map((p) => round(p.value)),
    connectNulls: false,
    silent: true,
    showSymbol: trend.total.length <= 40,
    symbolSize: 6,
    z: 3,
    lineStyle: { width: 3, color: CHART_ACCENT },
    itemStyle: { color: CHART_ACCENT },
    ...(markLine ? { markLine } : {}),
  };
  const series = [total, ...criterionSeries];
  return {
    textStyle: { fontFamily: CHART_FONT, color: CHART_TEXT },
    legend: { type: 'plain', top: 0, left: 0, right: 0, itemWidth: 18, itemHeight: 8, textStyle: { fontSize: 11, color: CHART_MUTED, fontFamily: CHART_FONT } },
    grid: { left: 36, right: 24, top: criteria ? 64 : 28, bottom: 28 },
    xAxis: { type: 'category', data: categories, boundaryGap: false, axisLabel: { color: CHART_MUTED, fontSize: 11 } },
    yAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: { color: CHART_MUTED, fontSize: 11 } },
    series,
  };
}
