import { z } from 'zod';
import { RULE_IDS, type Anomaly, type RuleId, type Severity } from '../domain/anomalies/anomaly.js';
import type { AnomalyThresholds } from '../domain/anomalies/snapshot.js';
import type { ChangeEntry } from '../domain/anomalies/sinceLastWeek.js';
import type { CalendarDate } from '../domain/plan/calendarDate.js';
import type { PersonPath } from '../domain/plan/pathToPerson.js';
import type { RelationshipLevel } from '../domain/people.js';
import { mutation, query } from './channel.js';
import { empty, id } from './common.js';
import { STAGES_MAX } from './plans.js';

/**
 * Anomalies (异常) of an account, computed by shared/domain/anomalies over one snapshot read in one
 * go; the manager's dismissals; the thresholds the rules use (a setting); the ways in to a person;
 * and the change history (relationship and attitude of people, stage moves and score changes).
 */

export type SeverityCounts = Record<Severity, number>;

export interface AccountAnomalies {
  accountId: string;
  /** The local date the rules counted from. */
  today: CalendarDate;
  /** Sorted by severity; dismissed ones are listed too, marked. */
  anomalies: Anomaly[];
  /** Of the anomalies not dismissed. */
  counts: SeverityCounts;
  dismissedCount: number;
}

export interface DismissalRecord {
  accountId: string;
  ruleId: RuleId;
  subjectKey: string;
  reason: string;
  createdAt: string;
}

/** A person on a chain, with what the chain is read by. */
export interface PathPersonRef {
  id: string;
  name: string;
  relationship: RelationshipLevel;
}

export interface PathsToPerson {
  target: PathPersonRef;
  /** Shortest first (pathsToPerson); empty when the target is trusted already or out of reach. */
  chains: PersonPath[];
  /** Everyone the chains name, by id. */
  people: Record<string, PathPersonRef>;
}

/** One change-history row, as sinceLastWeek reads them. */
export interface HistoryEntry extends ChangeEntry {
  id: string;
  accountId: string;
}

const ruleAndSubject = { accountId: id, ruleId: z.enum(RULE_IDS, { error: 'errors.choose' }), subjectKey: z.string({ error: 'errors.required' }).min(1, { error: 'errors.required' }).max(300, { error: 'errors.tooLong' }) };
const days = z.number({ error: 'errors.number' }).int({ error: 'errors.number' }).min(1, { error: 'errors.tooSmall' }).max(3650, { error: 'errors.tooLarge' });

export const anomalyThresholdsInput = z.strictObject({
  stalledDays: days,
  noContactDays: days,
  trustedDecisionMakerFrom: z.record(
    z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { error: 'plan.errors.badKey' }),
    z.number({ error: 'errors.number' }).int({ error: 'errors.number' }).min(0, { error: 'errors.notNegative' }).max(STAGES_MAX, { error: 'errors.tooLarge' }),
  ),
  pathMaxHops: z.number({ error: 'errors.number' }).int({ error: 'errors.number' }).min(1, { error: 'errors.tooSmall' }).max(8, { error: 'errors.tooLarge' }),
  pathMaxChains: z.number({ error: 'errors.number' }).int({ error: 'errors.number' }).min(1, { error: 'errors.tooSmall' }).max(10, { error: 'errors.tooLarge' }),
}) satisfies z.ZodType<AnomalyThresholds>;

export const anomaliesForAccount = z.strictObject({ accountId: id });
export const anomaliesDismiss = z.strictObject({
  ...ruleAndSubject,
  /** Why it is not a problem: required, shown with the anomaly. */
  reason: z.string({ error: 'errors.required' }).trim().min(1, { error: 'anomalies.errors.reasonRequired' }).max(2000, { error: 'errors.tooLong' }),
});
export const anomaliesRestore = z.strictObject(ruleAndSubject);
export const pathsToPersonInput = z.strictObject({ personId: id });
export const historyForPerson = z.strictObject({ personId: id });
export const historyForAccount = z.strictObject({
  accountId: id,
  /** Only entries at or after this instant. */
  since: z.iso.datetime({ offset: true, error: 'errors.invalid' }).optional(),
});

/** Everything an account's anomalies are computed from. */
export const ANOMALY_SOURCES = ['accounts', 'people', 'links', 'opportunities', 'assessments', 'plans', 'tasks', 'activities', 'anomalies', 'settings'] as const;

export const anomaliesChannels = {
  'anomalies.forAccount': query<AccountAnomalies>()(anomaliesForAccount, ANOMALY_SOURCES),
  /** Marks one anomaly (rule + subject) as not a problem, with the reason; `anomalies.restore` undoes it. */
  'anomalies.dismiss': mutation<DismissalRecord>()(anomaliesDismiss, ['anomalies']),
  /** Takes a dismissal back; answers it, so undo can dismiss again with the same reason. */
  'anomalies.restore': mutation<DismissalRecord>()(anomaliesRestore, ['anomalies']),
  'anomalyThresholds.get': query<AnomalyThresholds>()(empty, ['settings']),
  'anomalyThresholds.set': mutation<AnomalyThresholds>()(z.strictObject({ thresholds: anomalyThresholdsInput }), ['settings']),
  /** The ways in to a person from the people already at 信赖 or 同盟 (pathsToPerson, with the thresholds' limits). */
  'paths.toPerson': query<PathsToPerson>()(pathsToPersonInput, ['people', 'links', 'settings']),
  /** Newest first. */
  'history.forPerson': query<HistoryEntry[]>()(historyForPerson, ['history', 'people']),
  /** The account's people's and opportunities' changes, newest first. */
  'history.forAccount': query<HistoryEntry[]>()(historyForAccount, ['history', 'people', 'plans', 'assessments', 'opportunities']),
};
