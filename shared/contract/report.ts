import { z } from 'zod';
import type { Currency, RelationshipPhase, Tier } from '../domain/accounts.js';
import type { Attitude, RelationshipLevel } from '../domain/people.js';
import type { Account } from './accounts.js';
import { mutation, query } from './channel.js';
import { id } from './common.js';
import type { Link } from './links.js';
import type { BuyingInfluence, Competitor, NegotiationPlan, Opportunity } from './opportunities.js';
import type { Person } from './people.js';
import type { StagePlanRecord } from './plans.js';
import type { AssessmentRecord } from './scorecards.js';
import type { TeamMember } from './team.js';
import type { WhitespaceGrid } from './whitespace.js';
import type { CrossCheckFinding } from '../domain/scoring/crossChecks.js';

/**
 * What the account plan and the visit brief print, read in one call each. The map's data is always
 * there; the parts of features still to come (opportunities, stage plans and tasks, anomalies,
 * whitespace, activities) are optional: report.accountPlan fills each in once its feature exists,
 * and until then the document leaves its sections out (never prints them empty).
 */

/** Text that is either the user's own words or an i18n key printed in the report's language. */
export type ReportLabel = string | { key: string; params?: Record<string, string | number> };

/** An opportunity as the one-page view lists it. */
export interface ReportOpportunity {
  id: string;
  name: string;
  amount: number | null;
  currency: Currency;
  /** The stage it is in (its name in the stage plan). */
  stage: ReportLabel;
  /** The latest total score, 0–100; null until it is scored. */
  score: number | null;
  /** The earlier total scores, oldest first: the trend. */
  scoreHistory: number[];
  /** Expected close (YYYY-MM-DD), if known. */
  closeDate: string | null;
  /** What the opportunity's own pages of the plan print (absent where only the list is known). */
  detail?: ReportOpportunityDetail;
}

/**
 * One opportunity's detail, as the opportunity page shows it: its buying influences (live people),
 * competitors, assessments (newest first, each with its template snapshot), the cross-checks of the
 * latest one, and the negotiation plan once one was saved. A later feature of an opportunity (its
 * stage plan, its tasks) adds a field here and a part in shared/report/sections/opportunity/.
 */
export interface ReportOpportunityDetail {
  opportunity: Opportunity;
  influences: BuyingInfluence[];
  competitors: Competitor[];
  assessments: AssessmentRecord[];
  checks: CrossCheckFinding[];
  negotiation: NegotiationPlan | null;
  /** Its stage plan (the plan feature), or null when none was made. */
  plan?: StagePlanRecord | null;
  /** Its open tasks with owners. */
  tasks?: ReportTask[];
}

export const ANOMALY_SEVERITIES = ['high', 'medium', 'low'] as const;
export type AnomalySeverity = (typeof ANOMALY_SEVERITIES)[number];

/** Something the plan's rules flagged (no coach, a stalled stage, an overdue task…). */
export interface ReportAnomaly {
  id: string;
  severity: AnomalySeverity;
  message: ReportLabel;
  /** Dismissed by the user: still listed in the anomalies section, marked, but not on the one-page view. */
  dismissed: boolean;
  /** The opportunity it is about, if any (an opportunity left out of the document takes its anomalies with it). */
  opportunityId?: string;
}

/** An open task or next step, with its owner on our side. */
export interface ReportTask {
  id: string;
  title: string;
  ownerName: string | null;
  /** YYYY-MM-DD, or null without a due date. */
  due: string | null;
  /** The opportunity it belongs to, if any. */
  opportunityId: string | null;
  /** The client's people it is about (the visit brief lists a person's open tasks). */
  personIds: string[];
}

/** The state of an account when its plan was last exported: what the next export compares against. */
export interface ExportSummary {
  tier: Tier;
  phase: RelationshipPhase;
  annualPotential: number | null;
  peopleCount: number;
  linkCount: number;
  keyCount: number;
  /** Key people at 信赖 (trusted) or above. */
  trustedOrAbove: number;
  /** The key people then, by id. */
  key: Record<string, { name: string; relationship: RelationshipLevel; attitude: Attitude }>;
  openOpportunities?: number;
  openAnomalies?: number;
}

export interface ExportRecord {
  /** ISO timestamp of the last PDF saved or printed. */
  exportedAt: string;
  summary: ExportSummary;
}

export interface AccountPlanData {
  account: Account;
  people: Person[];
  links: Link[];
  team: TeamMember[];
  lastExport: ExportRecord | null;
  /** Open opportunities, with their detail (the opportunities feature). */
  opportunities?: ReportOpportunity[];
  /** Every anomaly, dismissed ones included (the anomalies feature). */
  anomalies?: ReportAnomaly[];
  /** Open tasks and next steps (the stage-plan feature). */
  tasks?: ReportTask[];
  /** Our offerings × the client's units (the whitespace feature); absent without offerings or units. */
  whitespace?: WhitespaceGrid;
  /** Last contact per person id, YYYY-MM-DD (the activities feature). */
  lastContact?: Record<string, string>;
}

export interface VisitBriefData {
  account: Account;
  /** The person the brief is for. */
  person: Person;
  /** Everyone live on the account (the pain chain and the path to the person run through them). */
  people: Person[];
  links: Link[];
  team: TeamMember[];
  /** The open opportunities the person is a buying influence in, with their detail. */
  opportunities?: ReportOpportunity[];
  tasks?: ReportTask[];
  lastContact?: Record<string, string>;
}

export const reportAccountPlan = z.strictObject({ accountId: id });
export const reportVisitBrief = z.strictObject({ personId: id });
export const reportMarkExported = z.strictObject({ accountId: id });

export const reportChannels = {
  'report.accountPlan': query<AccountPlanData>()(reportAccountPlan, [
    'accounts',
    'people',
    'links',
    'team',
    'settings',
    'opportunities',
    'assessments',
    'scorecards',
    'whitespace',
    'offerings',
  ]),
  'report.visitBrief': query<VisitBriefData>()(reportVisitBrief, ['accounts', 'people', 'links', 'team', 'opportunities', 'assessments', 'scorecards']),
  /** Remembers that the plan was exported now, with a summary of the account as it is (stored in settings). */
  'report.markExported': mutation<ExportRecord>()(reportMarkExported, ['settings']),
};
