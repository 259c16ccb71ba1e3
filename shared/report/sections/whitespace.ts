import type { WhitespaceCell, WhitespaceGrid } from '../../contract/index.js';
import type { WhitespaceStatus } from '../../domain/opportunities.js';
import type { ReportContext } from '../context.js';
import { html, type Html } from '../html.js';
import { fact, section, table, u } from '../pieces.js';

/** The app's colours of each status (renderer/src/features/whitespace/whitespace.css); the word is printed too. */
const COLORS: Record<WhitespaceStatus, { fill: string; text: string }> = {
  sold: { fill: '#d9f0e3', text: '#175c39' },
  in_progress: { fill: '#dfe8fc', text: '#1f3f99' },
  potential: { fill: '#fff1d6', text: '#7d4b00' },
  not_relevant: { fill: '#f1f2f5', text: '#6b7384' },
  competitor: { fill: '#fbe3e1', text: '#8f231b' },
};

/** At most this many units per printed table: a wider grid goes on in further tables of equal share (offerings repeated), never off the page. */
const UNITS_PER_TABLE = 8;

function cellHtml(cell: WhitespaceCell | undefined, grid: WhitespaceGrid, c: ReportContext): Html {
  // Not assessed yet: left blank, so the cells that say something stand out.
  if (!cell) return html`<td class="ws-none"></td>`;
  const colors = COLORS[cell.status];
  const opportunity = cell.status === 'in_progress' ? grid.opportunities.find((o) => o.id === cell.opportunityId)?.name : undefined;
  const detail = opportunity ?? (cell.status === 'competitor' ? cell.competitor : '');
  return html`<td class="ws-cell" style="background: ${colors.fill}; color: ${colors.text}"><strong>${c.t(`opportunities.whitespaceStatuses.${cell.status}`)}</strong>${
    detail.trim() ? html`<br>${u(detail)}` : ''
  }${cell.amount === null ? '' : html`<br>${c.amount(cell.amount, grid.account.currency)}`}</td>`;
}

/** 机会地图: our offerings (rows) × the client's units (columns), each cell's status as a word and a colour, and the totals. */
export function whitespaceSection(grid: WhitespaceGrid, c: ReportContext): Html {
  const t = (key: string, params?: Record<string, string | number>) => c.t(`opportunities.whitespace.${key}`, params);
  const cells = new Map(grid.cells.map((cell) => [`${cell.offeringId}\u0000${cell.unit}`, cell]));
  const money = (value: number) => c.amount(value, grid.account.currency);
  const tables: Html[] = [];
  const chunk = Math.ceil(grid.units.length / Math.ceil(grid.units.length / UNITS_PER_TABLE));
  for (let start = 0; start < grid.units.length; start += chunk) {
    const units = grid.units.slice(start, start + chunk);
    const rows = grid.offerings.map(
      (offering) => html`<tr><th scope="row">${u(offering.name)}</th>${units.map((unit) => cellHtml(cells.get(`${offering.id}\u0000${unit.name}`), grid, c))}</tr>`,
    );
    const first = 20;
    tables.push(table([t('offering'), ...units.map((unit) => unit.name)], rows, [first, ...units.map(() => (100 - first) / chunk)]));
  }
  const { totals } = grid;
  const potential = totals.annualPotential;
  const gap =
    potential === null ? t('noPotential') : totals.cells > potential ? t('over', { amount: money(totals.cells - potential) }) : t('gap', { amount: money(potential - totals.cells) });
  const facts = html`<div class="grid five keep">
${fact(t('annualPotential'), potential === null ? c.t('common.none') : money(potential))}
${fact(t('cellsSum'), money(totals.cells))}
${fact(t('sold'), money(totals.sold))}
${fact(t('inProgress'), money(totals.inProgress))}
${fact(t('potential'), money(totals.potential))}
</div><p class="muted">${gap}</p>`;
  // The totals first, in one row: the grid below may fill its pages.
  return section('whitespace', c.t('report.sections.whitespace'), html`${facts}${tables}`, 'landscape');
}
