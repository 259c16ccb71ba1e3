import type { ReportOpportunity, ReportOpportunityDetail } from '../../../contract/index.js';
import type { ReportContext } from '../../context.js';
import type { Html } from '../../html.js';

/**
 * One part of an opportunity's pages (its influences, competitors, scorecard…): its Html, or null
 * to be left out (a negotiation plan never saved, a feature not there yet). A new part of an
 * opportunity (the stage plan with its key nodes, the open tasks) is one file exporting one of
 * these, listed in OPPORTUNITY_PARTS (./index.ts).
 */
export type OpportunityPart = (detail: ReportOpportunityDetail, c: ReportContext, opportunity: ReportOpportunity, index: number) => Html | null;

/** opportunities.<key> in the report's language. */
export const ot = (c: ReportContext, key: string, params?: Record<string, string | number>) => c.t(`opportunities.${key}`, params);

/** People of the account by id, as names (those no longer on the map are left out). */
export const peopleNames = (ids: readonly string[], c: ReportContext): string[] => ids.map((id) => c.person(id)?.name).filter((n): n is string => !!n);
