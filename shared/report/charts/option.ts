import type { ComposeOption } from 'echarts/core';
import type { LineSeriesOption, RadarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, RadarComponentOption, TitleComponentOption } from 'echarts/components';

/** The options the chart builders write and renderChartSvg draws (only the parts of ECharts registered there). */
export type ChartOption = ComposeOption<
  RadarSeriesOption | LineSeriesOption | RadarComponentOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TitleComponentOption
>;

/** Fonts that hold both Latin and Hanzi, so a chart reads the same in the app and in the PDF. */
export const CHART_FONT = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'Segoe UI', Roboto, Arial, sans-serif";
export const CHART_TEXT = '#1c2330';
export const CHART_MUTED = '#5d6778';
export const CHART_ACCENT = '#2f5bd3';
/** Criterion lines of the trend, told apart by colour and by dash (not colour alone). */
export const SERIES_COLORS = ['#1d7f4e', '#a86408', '#8e44ad', '#c2352b', '#0f7c8c', '#6b4f1d', '#d35400', '#34495e', '#7f8c8d', '#b03a8a'];
export const SERIES_DASHES = ['solid', 'dashed', 'dotted'] as const;
