import { html } from '../../html.js';
import { orDash, table, u } from '../../pieces.js';
import { ot, peopleNames, type OpportunityPart } from './part.js';

/** Each competitor: position, strengths, weaknesses, who favours them, and our counter-strategy. */
export const competitorsPart: OpportunityPart = ({ competitors }, c) => {
  const rows = competitors.map((x) => {
    const favoured = peopleNames(x.favouredBy, c);
    return html`<tr><th scope="row">${u(x.name)}</th><td>${ot(c, `competitorPositions.${x.position}`)}</td><td class="text">${orDash(x.strengths, c)}</td><td class="text">${orDash(x.weaknesses, c)}</td>
<td>${favoured.length ? favoured.map((name, i) => html`${i ? ', ' : ''}${u(name)}`) : orDash('', c)}</td><td class="text">${orDash(x.strategy, c)}</td></tr>`;
  });
  const k = (key: string) => ot(c, `competitors.${key}`);
  const body = rows.length
    ? table([k('name'), k('position'), k('strengths'), k('weaknesses'), k('favouredBy'), k('strategy')], rows, [15, 12, 19, 19, 14, 21])
    : html`<p class="muted">${k('empty')}</p>`;
  return html`<h3>${k('title')}</h3>${body}`;
};
