import type { ReportWhitespace, WhitespaceStatus } from '../../contract/index.js';
import type { ReportContext } from '../context.js';
import { html, type Html } from '../html.js';
import { section, table, u } from '../pieces.js';

const COLORS: Record<WhitespaceStatus, string> = {
  sold: '#d9f2e3',
  in_progress: '#dbe6ff',
  potential: '#fff3c4',
  not_relevant: '#f1f3f6',
  competitor: '#fde4e1',
};

/** Our offerings (rows) × the client's units (columns), each cell's status as a word and a colour. */
export function whitespaceSection(grid: ReportWhitespace, c: ReportContext): Html {
  const status = new Map(grid.cells.map((cell) => [`${cell.offering}\u0000${cell.unit}`, cell.status]));
  const rows = grid.offerings.map(
    (offering) =>
      html`<tr><th scope="row">${u(offering)}</th>${grid.units.map((unit) => {
        const s = status.get(`${offering}\u0000${unit}`);
        return s ? html`<td style="background: ${COLORS[s]}">${c.t(`report.whitespace.statuses.${s}`)}</td>` : html`<td></td>`;
      })}</tr>`,
  );
  return section('whitespace', c.t('report.sections.whitespace'), table([c.t('report.whitespace.offering'), ...grid.units], rows));
}
