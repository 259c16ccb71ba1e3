import type { RelationshipPhase } from '../accounts.js';
import type { OpportunityStatus } from '../opportunities.js';
import type { Attitude, BuyingRole, Influence, LinkKind, RelationshipLevel } from '../people.js';
import type { Activity } from '../plan/activities.js';
import type { CalendarDate } from '../plan/calendarDate.js';
import type { StageMove } from '../plan/stagePlan.js';
import type { PlanTask } from '../plan/tasks.js';
import type { Dismissal, Params, Severity } from './anomaly.js';

/** Everything the anomaly rules read about one account, gathered at one moment. Rules read nothing else. */

export interface SnapshotPerson {
  id: string;
  name: string;
  /** Account-wide roles; an opportunity's own roles are in its `influences`. */
  roles: BuyingRole[];
  attitude: Attitude;
  relationship: RelationshipLevel;
  influence: Influence;
  reportsToId: string | null;
  /** Soft-deleted: ignored by every rule. */
  deleted?: boolean;
}

export interface SnapshotLink {
  sourceId: string;
  targetId: string;
  kind: LinkKind;
}

/** A check the scorecard made (computed there, passed in): each becomes one anomaly as it is. */
export interface ScorecardCrossCheck {
  /** Unique within the opportunity. */
  id: string;
  severity: Severity;
  messageKey: string;
  params: Params;
  personIds: string[];
}

export interface SnapshotOpportunity {
  id: string;
  name: string;
  /** Only open opportunities are watched; won, lost and abandoned ones raise nothing. */
  status: OpportunityStatus;
  /** The built-in process the plan runs on ('six_stages', 'six_steps'; a copy's `basedOn.key`). */
  templateKey: string;
  stageKey: string;
  stageIndex: number;
  /** UTC ISO timestamp of the move into the current stage (or of the plan's start). */
  stageEnteredAt: string;
  /** The plan's stage history, overrides included. */
  moves: StageMove[];
  /** Scorecard totals of the latest and the one before; null when there is none. */
  latestTotal: number | null;
  previousTotal: number | null;
  /** Id of the latest assessment, so a dismissed fall does not hide the next one; null if none. */
  latestAssessmentId: string | null;
  /** Criteria whose score is lower in the latest assessment than in the one before. */
  fallingCriteria: string[];
  crossChecks: ScorecardCrossCheck[];
  /** The people in this deal and their role in it (a role belongs to a person in a deal). */
  influences: { personId: string; role: BuyingRole }[];
}

export interface AnomalyThresholds {
  /** A stage is stalled after this many days in it. */
  stalledDays: number;
  /** A high-influence person not contacted for this many days. */
  noContactDays: number;
  /**
   * Per built-in process: the stage index from which the decision-maker and the economic buyer must
   * be at 信赖 (提案 in six_stages, 呈现价值 in six_steps). A process not listed is not checked.
   */
  trustedDecisionMakerFrom: Record<string, number>;
  /** Limits of the suggested ways in. */
  pathMaxHops: number;
  pathMaxChains: number;
}

/** The defaults; the settings page can change each. */
export const DEFAULT_THRESHOLDS: AnomalyThresholds = {
  stalledDays: 45,
  noContactDays: 30,
  trustedDecisionMakerFrom: { six_stages: 2, six_steps: 3 },
  pathMaxHops: 4,
  pathMaxChains: 3,
};

export type SnapshotTask = Pick<PlanTask, 'id' | 'title' | 'status' | 'dueDate' | 'ownerId' | 'personIds' | 'opportunityId'>;
export type SnapshotActivity = Pick<Activity, 'id' | 'date' | 'personIds' | 'opportunityId'>;

export interface AccountSnapshot {
  /** Local calendar date the rules count from. */
  today: CalendarDate;
  thresholds: AnomalyThresholds;
  account: { id: string; phase: RelationshipPhase };
  people: SnapshotPerson[];
  links: SnapshotLink[];
  opportunities: SnapshotOpportunity[];
  tasks: SnapshotTask[];
  activities: SnapshotActivity[];
  dismissed: Dismissal[];
}
