import { html } from '../../html.js';
import { fact, orDash } from '../../pieces.js';
import { ot, type OpportunityPart } from './part.js';

const TEXTS = ['valueProposition', 'referenceCases', 'notes'] as const;

/** Amount, stage and expected close; the value proposition and reference cases where written. */
export const detailsPart: OpportunityPart = ({ opportunity: o }, c) => {
  const facts = html`<div class="grid three keep">
${fact(ot(c, 'fields.amount'), o.amount === null ? orDash('', c) : c.amount(o.amount, o.currency))}
${fact(ot(c, 'fields.stage'), ot(c, `stages.${o.stage}`))}
${fact(ot(c, 'fields.closeDate'), o.closeDate ? c.date(o.closeDate) : ot(c, 'page.closeDateNone'))}
</div>`;
  const texts = TEXTS.filter((key) => o[key].trim()).map((key) => html`<div class="keep"><h3>${ot(c, `fields.${key}`)}</h3><p class="text"><bdi>${o[key].trim()}</bdi></p></div>`);
  return html`${facts}${texts}`;
};
