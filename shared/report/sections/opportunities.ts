import type { ReportOpportunity } from '../../contract/index.js';
import type { ReportContext } from '../context.js';
import { html, joinHtml, type Html } from '../html.js';
import { orDash, section, table, u } from '../pieces.js';
import { opportunityDetailSection } from './opportunity/index.js';

/** A small vector line of the score's history (0–100), the latest point marked. */
export function trendChart(history: readonly number[], latest: number | null): Html {
  const points = [...history, ...(latest === null ? [] : [latest])];
  if (points.length < 2) return html``;
  const width = 60;
  const height = 16;
  const x = (i: number) => Math.round((i / (points.length - 1)) * width * 10) / 10;
  const y = (v: number) => Math.round((height - (Math.min(100, Math.max(0, v)) / 100) * height) * 10) / 10;
  const path = points.map((v, i) => `${i ? 'L' : 'M'}${x(i)},${y(v)}`).join(' ');
  const last = points.at(-1)!;
  const color = last >= points.at(-2)! ? '#1d7f4e' : '#b42318';
  return html`<svg xmlns="http://www.w3.org/2000/svg" width="${width + 4}" height="${height + 4}" viewBox="-2 -2 ${width + 4} ${height + 4}"><path d="${path}" fill="none" stroke="${color}" stroke-width="1.5"/><circle cx="${x(points.length - 1)}" cy="${y(last)}" r="2" fill="${color}"/></svg>`;
}

/** The score as the app's list shows it: the number, and an arrow against the previous assessment. */
function scoreCell(o: ReportOpportunity, c: ReportContext): Html {
  if (o.score === null) return html`<span class="muted">${c.t('opportunities.list.noScore')}</span>`;
  const total = Math.round(o.score);
  const before = o.scoreHistory.at(-1);
  if (before === undefined) return html`${total}`;
  const previous = Math.round(before);
  const [arrow, key, cls] = total > previous ? ['↑', 'trendUp', 'up'] : total < previous ? ['↓', 'trendDown', 'down'] : ['→', 'trendSame', 'muted'];
  return html`${total} <span class="${cls}">${arrow}</span> <span class="muted small">${c.t(`opportunities.list.${key}`, { previous })}</span>`;
}

/** The open opportunities as rows: amount (as the app writes it), stage, score and its trend. */
export function opportunityRows(opportunities: readonly ReportOpportunity[], c: ReportContext): Html {
  const t = (key: string) => c.t(`report.opportunities.${key}`);
  return table(
    [t('name'), t('amount'), t('stage'), t('score'), t('trend'), t('close')],
    opportunities.map(
      (o) => html`<tr><th scope="row">${u(o.name)}</th><td>${o.amount === null ? orDash('', c) : c.amount(o.amount, o.currency)}</td><td><bdi>${c.label(o.stage)}</bdi></td>
<td>${scoreCell(o, c)}</td><td>${trendChart(o.scoreHistory, o.score)}</td><td>${o.closeDate ? c.date(o.closeDate) : orDash('', c)}</td></tr>`,
    ),
    [27, 14, 17, 17, 11, 14],
  );
}

/** The opportunities section: the list with amounts and scores, then each opportunity on its own pages. */
export function opportunitiesSection(opportunities: readonly ReportOpportunity[], c: ReportContext): Html {
  const totals = new Map<string, number>();
  for (const o of opportunities) if (o.amount !== null) totals.set(o.currency, (totals.get(o.currency) ?? 0) + o.amount);
  const total = [...totals].map(([currency, amount]) => c.amount(amount, currency as ReportOpportunity['currency'])).join(' + ');
  const list = section(
    'opportunities',
    c.t('report.sections.opportunities'),
    html`${total ? html`<p class="lead">${c.t('report.opportunities.total', { amount: total })}</p>` : ''}${opportunityRows(opportunities, c)}`,
  );
  return joinHtml([list, ...opportunities.map((o, i) => opportunityDetailSection(o, i, c))]);
}
