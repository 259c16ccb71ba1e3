import { renderChartSvg, type ChartOption, type ChartSize } from './charts/index.js';
import { html, trusted, type Html } from './html.js';

/**
 * A scorecard chart as inline vector SVG (its text stays text in the PDF), drawn by the same option
 * builders and renderer as the app's (shared/report/charts). ECharts escapes every text it writes;
 * ids, if any, get a prefix so two charts in one document cannot point at each other's definitions.
 */
export function chartFigure(option: ChartOption, size: ChartSize, idPrefix: string, caption: string, kind: string): Html {
  const svg = renderChartSvg(option, size)
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${idPrefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${idPrefix}-${id})`)
    .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${idPrefix}-${id}"`);
  return html`<figure class="chart keep ${kind}"><figcaption>${caption}</figcaption>${trusted(svg)}</figure>`;
}
