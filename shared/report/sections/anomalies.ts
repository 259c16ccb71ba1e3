import type { ReportAnomaly } from '../../contract/index.js';
import type { ReportContext } from '../context.js';
import { html, type Html } from '../html.js';
import { section, table } from '../pieces.js';

export const anomalyLine = (a: ReportAnomaly, c: ReportContext): Html =>
  html`<span class="sev-${a.severity}">${c.t(`report.anomalies.severities.${a.severity}`)}</span> · <bdi>${c.label(a.message)}</bdi>`;

/** Every anomaly, most severe first; dismissed ones stay listed, marked and struck through. */
export function anomaliesSection(anomalies: readonly ReportAnomaly[], c: ReportContext): Html {
  const order = { high: 0, medium: 1, low: 2 } as const;
  const sorted = [...anomalies].sort((a, b) => Number(a.dismissed) - Number(b.dismissed) || order[a.severity] - order[b.severity]);
  const t = (key: string) => c.t(`report.anomalies.${key}`);
  return section(
    'anomalies',
    c.t('report.sections.anomalies'),
    table(
      [t('severity'), t('issue')],
      sorted.map(
        (a) =>
          html`<tr${a.dismissed ? html` class="dismissed"` : ''}><td class="sev-${a.severity}">${t(`severities.${a.severity}`)}</td><td><bdi>${c.label(a.message)}</bdi>${a.dismissed ? html` (${t('dismissed')})` : ''}</td></tr>`,
      ),
      [16, 84],
    ),
  );
}
