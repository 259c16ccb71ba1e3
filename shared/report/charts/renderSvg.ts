/**
 * Draws an ECharts option as a standalone SVG string with ECharts' server-side renderer: no DOM, no
 * window, so the same call runs in Node (the PDF) and in the browser (the app). ECharts escapes the
 * text it writes (labels, names), so user text in the option comes out as inert SVG text.
 */
import { LineChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, RadarComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartOption } from './option.js';

echarts.use([RadarChart, LineChart, RadarComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, SVGRenderer]);

export interface ChartSize {
  width: number;
  height: number;
}

/**
 * The server renderer adds a <style> of hover rules (in CDATA) for a page that would bring the chart
 * to life; a still picture has nothing to hover, and plain XML readers refuse CDATA.
 */
const HOVER_STYLE = /<style\s*>\s*<!\[CDATA\[[^\]]*\]\]>\s*<\/style>/g;
const stillPicture = (svg: string) => svg.replace(HOVER_STYLE, '');

export function renderChartSvg(option: ChartOption, size: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ ...option, animation: false });
    return stillPicture(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}
