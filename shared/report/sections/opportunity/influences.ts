import type { BuyingInfluence } from '../../../contract/index.js';
import type { ReportContext } from '../../context.js';
import { html, type Html } from '../../html.js';
import { attitudeMark, orDash, personName, table } from '../../pieces.js';
import { ot, type OpportunityPart } from './part.js';

export function roleCell(i: BuyingInfluence, c: ReportContext): Html {
  if (i.role) return html`${c.role(i.role)}`;
  const roles = c.person(i.personId)?.roles ?? [];
  return roles.length ? html`<span class="muted">${ot(c, 'influences.ownRole', { role: roles.map((r) => c.role(r)).join(', ') })}</span>` : html`<span class="muted">${ot(c, 'influences.noRole')}</span>`;
}

export function stanceCell(i: BuyingInfluence, c: ReportContext): Html {
  if (i.stance) return attitudeMark({ attitude: i.stance }, c);
  const person = c.person(i.personId);
  return person ? html`<span class="muted">${ot(c, 'influences.ownStance', { stance: c.attitude(person.attitude) })}</span>` : html``;
}

/** 购买影响者: each person's role in this deal, stance on it and win-result. */
export const influencesPart: OpportunityPart = ({ influences }, c) => {
  const rows = influences
    .filter((i) => c.person(i.personId))
    .map((i) => {
      const notes = i.notes.trim() ? html`<br><span class="muted"><bdi>${i.notes.trim()}</bdi></span>` : '';
      return html`<tr><th scope="row">${personName(c.person(i.personId)!)}</th><td>${roleCell(i, c)}</td><td>${stanceCell(i, c)}</td><td class="text">${orDash(i.winResult, c)}${notes}</td></tr>`;
    });
  const body = rows.length
    ? table([ot(c, 'influences.person'), ot(c, 'influences.role'), ot(c, 'influences.stance'), ot(c, 'influences.winResult')], rows, [24, 20, 18, 38])
    : html`<p class="muted">${ot(c, 'influences.empty')}</p>`;
  return html`<h3>${ot(c, 'influences.title')}</h3>${body}`;
};
