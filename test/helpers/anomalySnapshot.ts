import { computeAnomalies } from '../../shared/domain/anomalies/computeAnomalies.js';
import type { RuleId } from '../../shared/domain/anomalies/anomaly.js';
import {
  DEFAULT_THRESHOLDS,
  type AccountSnapshot,
  type SnapshotActivity,
  type SnapshotOpportunity,
  type SnapshotPerson,
  type SnapshotTask,
} from '../../shared/domain/anomalies/snapshot.js';

/** Small hand-made account snapshots for the anomaly rule tests: everything quiet unless a test says otherwise. */

export const TODAY = '2026-12-01';

export const person = (id: string, fields: Partial<SnapshotPerson> = {}): SnapshotPerson => ({
  id,
  name: id,
  roles: [],
  attitude: 'neutral',
  relationship: 'acquainted',
  influence: 'medium',
  reportsToId: null,
  ...fields,
});

export const opportunity = (id: string, fields: Partial<SnapshotOpportunity> = {}): SnapshotOpportunity => ({
  id,
  name: `Deal ${id}`,
  status: 'open',
  templateKey: 'six_stages',
  stageKey: 'customer_development',
  stageIndex: 0,
  stageEnteredAt: '2026-11-20T02:00:00.000Z',
  moves: [],
  latestTotal: null,
  previousTotal: null,
  latestAssessmentId: null,
  fallingCriteria: [],
  crossChecks: [],
  influences: [],
  ...fields,
});

export const task = (id: string, fields: Partial<SnapshotTask> = {}): SnapshotTask => ({
  id,
  title: `Task ${id}`,
  status: 'open',
  dueDate: null,
  ownerId: null,
  personIds: [],
  opportunityId: null,
  ...fields,
});

export const activity = (id: string, date: string, personIds: string[]): SnapshotActivity => ({ id, date, personIds, opportunityId: null });

export const snapshot = (fields: Partial<AccountSnapshot> = {}): AccountSnapshot => ({
  today: TODAY,
  thresholds: DEFAULT_THRESHOLDS,
  account: { id: 'acc', phase: 'establish' },
  people: [],
  links: [],
  opportunities: [],
  tasks: [],
  activities: [],
  dismissed: [],
  ...fields,
});

/** The anomalies one rule raises, through the full computation (ids, sorting, dismissals). */
export const raised = (s: AccountSnapshot, ruleId: RuleId) => computeAnomalies(s).filter((a) => a.ruleId === ruleId);
