import type { Currency, RelationshipPhase, Tier } from '../domain/accounts.js';
import type { Anomaly } from '../domain/anomalies/anomaly.js';
import type { CalendarDate, CalendarWeek } from '../domain/plan/calendarDate.js';
import type { LocalizedText } from '../domain/plan/stageTemplate.js';
import type { SalesStage } from '../domain/opportunities.js';
import type { RelationshipLevel } from '../domain/people.js';
import type { SeverityCounts } from './anomalies.js';
import { ANOMALY_SOURCES } from './anomalies.js';
import { query } from './channel.js';
import { empty } from './common.js';

/**
 * The home screen: every live, unarchived account with its open deals, anomalies, this week's tasks
 * and last contact, and what changed since about a week ago. One query. Anomalies come from a
 * per-account cache that any change of the account's data empties; "since last week" compares with
 * the daily list of anomalies kept per account (the first dashboard read of a day writes today's).
 */

export type ScoreTrend = 'up' | 'down' | 'flat';

/** Where an opportunity's plan stands (null fields before the opportunity has a plan). */
export interface DashboardStage {
  key: string;
  name: LocalizedText;
  index: number;
  count: number;
}

export interface DashboardOpportunity {
  id: string;
  name: string;
  amount: number | null;
  currency: Currency;
  closeDate: CalendarDate | null;
  stage: SalesStage;
  /** The plan's current stage; null without a plan. */
  planStage: DashboardStage | null;
  /** Latest scorecard total (0–100), and the one before; null when there is none. */
  score: number | null;
  previousScore: number | null;
  /** Latest against the one before; null with fewer than two assessments. */
  trend: ScoreTrend | null;
}

export interface DashboardAccount {
  id: string;
  name: string;
  tier: Tier;
  phase: RelationshipPhase;
  industry: string;
  region: string;
  /** Open opportunities, latest stage first. */
  opportunities: DashboardOpportunity[];
  /** Sum of the open opportunities' amounts per currency. */
  openAmounts: { currency: Currency; amount: number }[];
  /** Anomalies not dismissed, by severity. */
  anomalies: SeverityCounts;
  tasksDueThisWeek: number;
  tasksOverdue: number;
  /** The latest activity on or before today. */
  lastActivity: CalendarDate | null;
  updatedAt: string;
}

/** An anomaly as a day's list keeps it. */
export type AnomalyDigest = Pick<Anomaly, 'id' | 'ruleId' | 'subjectKey' | 'severity' | 'messageKey' | 'params' | 'personIds' | 'opportunityId' | 'dismissed'>;

export interface DashboardStageRef {
  key: string;
  /** null when the key is not known any more. */
  name: LocalizedText | null;
}

export interface DashboardChanges {
  /** The instant changes are counted from (seven days before today's start). */
  since: string;
  /** Per account, the day whose anomaly list today's is compared with (the latest a week old or more, else the oldest); null: none yet. */
  comparedWith: CalendarDate | null;
  newAnomalies: { accountId: string; accountName: string; anomaly: AnomalyDigest }[];
  resolved: { accountId: string; accountName: string; anomaly: AnomalyDigest }[];
  /** Oldest first. */
  stageMoves: { accountId: string; accountName: string; opportunityId: string; opportunityName: string; from: DashboardStageRef | null; to: DashboardStageRef | null; at: string }[];
  scoreChanges: { accountId: string; accountName: string; opportunityId: string; opportunityName: string; before: number | null; after: number | null; delta: number | null; at: string }[];
  relationshipChanges: { accountId: string; accountName: string; personId: string; personName: string; before: RelationshipLevel; after: RelationshipLevel; direction: 'up' | 'down'; at: string }[];
}

export interface Dashboard {
  today: CalendarDate;
  week: CalendarWeek;
  accounts: DashboardAccount[];
  changes: DashboardChanges;
}

export const dashboardChannels = {
  'dashboard.get': query<Dashboard>()(empty, [...ANOMALY_SOURCES, 'history']),
};
