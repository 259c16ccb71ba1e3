import type { ReportOpportunity } from '../../../contract/index.js';
import type { ReportContext } from '../../context.js';
import { html, joinHtml, type Html } from '../../html.js';
import { u } from '../../pieces.js';
import { checksPart } from './checks.js';
import { competitorsPart } from './competitors.js';
import { detailsPart } from './details.js';
import { influencesPart } from './influences.js';
import { negotiationPart } from './negotiation.js';
import type { OpportunityPart } from './part.js';
import { scorecardPart } from './scorecard.js';
import { openTasksPart, stagePlanPart } from './stagePlan.js';

/** The parts of each opportunity's pages, in order (a part that has nothing to print returns null and is left out). */
export const OPPORTUNITY_PARTS: readonly OpportunityPart[] = [detailsPart, stagePlanPart, openTasksPart, influencesPart, competitorsPart, scorecardPart, checksPart, negotiationPart];

/** One opportunity on its own pages (from a new page), or nothing without its detail. */
export function opportunityDetailSection(o: ReportOpportunity, index: number, c: ReportContext): Html {
  const detail = o.detail;
  if (!detail) return html``;
  const parts = OPPORTUNITY_PARTS.map((part) => part(detail, c, o, index));
  return html`<section class="section opportunity" id="opportunity-${index + 1}"><h2>${c.t('report.sections.opportunity')}: ${u(o.name)}</h2>${joinHtml(parts)}</section>`;
}
