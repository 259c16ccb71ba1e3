/** Charts of scorecards, as ECharts options (pure) and standalone SVG (renderChartSvg): the app and the PDF draw the same. */
export * from './option.js';
export * from './radarOption.js';
export * from './renderSvg.js';
export * from './trendOption.js';
