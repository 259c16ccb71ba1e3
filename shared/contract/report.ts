import { z } from 'zod';
import type { Currency, RelationshipPhase, Tier } from '../domain/accounts.js';
import type { Attitude, RelationshipLevel } from '../domain/people.js';
import type { Account } from './accounts.js';
import { mutation, query } from './channel.js';
import { id } from './common.js';
import type { Link } from './links.js';
import type { Person } from './people.js';
import type { TeamMember } from './team.js';

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

export const WHITESPACE_STATUSES = ['sold', 'in_progress', 'potential', 'not_relevant', 'competitor'] as const;
export type WhitespaceStatus = (typeof WHITESPACE_STATUSES)[number];

/** Our offerings × the client's units. */
export interface ReportWhitespace {
  offerings: string[];
  units: string[];
  cells: { offering: string; unit: string; status: WhitespaceStatus }[];
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
  /** Open opportunities (the opportunities feature). */
  opportunities?: ReportOpportunity[];
  /** Every anomaly, dismissed ones included (the anomalies feature). */
  anomalies?: ReportAnomaly[];
  /** Open tasks and next steps (the stage-plan feature). */
  tasks?: ReportTask[];
  whitespace?: ReportWhitespace;
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
  opportunities?: ReportOpportunity[];
  tasks?: ReportTask[];
  lastContact?: Record<string, string>;
}

export const reportAccountPlan = z.strictObject({ accountId: id });
export const reportVisitBrief = z.strictObject({ personId: id });
export const reportMarkExported = z.strictObject({ accountId: id });

export const reportChannels = {
  'report.accountPlan': query<AccountPlanData>()(reportAccountPlan, ['accounts', 'people', 'links', 'team', 'settings']),
  'report.visitBrief': query<VisitBriefData>()(reportVisitBrief, ['accounts', 'people', 'links', 'team']),
  /** Remembers that the plan was exported now, with a summary of the account as it is (stored in settings). */
  'report.markExported': mutation<ExportRecord>()(reportMarkExported, ['settings']),
};
