import { useMemo } from 'react';
import type { ChartOption } from '../../../../shared/report/charts/index.js';
import { renderChartSvg } from '../../../../shared/report/charts/index.js';

interface ChartImageProps {
  option: ChartOption;
  width: number;
  height: number;
  /** What the chart shows, for screen readers (its numbers are also in a table beside it). */
  alt: string;
  className?: string;
}

/**
 * A chart drawn by the same code as the PDF (ECharts' server-side SVG renderer), shown as an image:
 * an SVG in an <img> runs no script and loads nothing, so whatever text it holds stays inert.
 */
export function ChartImage({ option, width, height, alt, className }: ChartImageProps) {
  const src = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderChartSvg(option, { width, height }))}`, [option, width, height]);
  return <img className={className ?? 'chart'} src={src} width={width} height={height} alt={alt} />;
}
