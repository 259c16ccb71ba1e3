import { and, eq, isNull } from 'drizzle-orm';
import type { AccountAnomalies, DismissalRecord, PathPersonRef, PathsToPerson, SeverityCounts, anomaliesChannels } from '../../shared/contract/index.js';
import { anomalyThresholdsInput } from '../../shared/contract/index.js';
import { SEVERITIES, type Anomaly, type RuleId } from '../../shared/domain/anomalies/anomaly.js';
import { computeAnomalies } from '../../shared/domain/anomalies/computeAnomalies.js';
import { DEFAULT_THRESHOLDS, type AnomalyThresholds } from '../../shared/domain/anomalies/snapshot.js';
import type { CalendarDate } from '../../shared/domain/plan/calendarDate.js';
import { pathsToPerson } from '../../shared/domain/plan/pathToPerson.js';
import type { Db } from '../open.js';
import { anomalyDismissals, links, people, settings } from '../schema.js';
import { getLiveRow } from './accounts.js';
import { readSnapshot } from './anomalySnapshot.js';
import { timeOf } from './clock.js';
import type { ApiContext, Handlers } from './context.js';
import { notFound } from './failure.js';
import { historyOfAccount, historyOfEntity } from './history.js';
import { getLivePerson } from './people.js';

/** Anomalies of an account, the manager's dismissals, the thresholds (a setting) and the ways in to a person. */

const THRESHOLDS_KEY = 'anomalyThresholds';

/** The saved thresholds, or the defaults when none are saved (or what is saved no longer reads). */
export function getThresholds(db: Db): AnomalyThresholds {
  const row = db.select().from(settings).where(eq(settings.key, THRESHOLDS_KEY)).get();
  if (!row) return DEFAULT_THRESHOLDS;
  try {
    const parsed = anomalyThresholdsInput.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : DEFAULT_THRESHOLDS;
  } catch {
    return DEFAULT_THRESHOLDS;
  }
}

export function setThresholds(db: Db, thresholds: AnomalyThresholds): AnomalyThresholds {
  const value = JSON.stringify(thresholds);
  db.insert(settings).values({ key: THRESHOLDS_KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
  return getThresholds(db);
}

export function severityCounts(anomalies: readonly Pick<Anomaly, 'severity' | 'dismissed'>[]): { counts: SeverityCounts; dismissedCount: number } {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as SeverityCounts;
  let dismissedCount = 0;
  for (const anomaly of anomalies) {
    if (anomaly.dismissed) dismissedCount++;
    else counts[anomaly.severity]++;
  }
  return { counts, dismissedCount };
}

export const computeFor = (db: Db, accountId: string, today: CalendarDate, thresholds = getThresholds(db)): Anomaly[] =>
  computeAnomalies(readSnapshot(db, accountId, today, thresholds));

export function anomaliesOfAccount(db: Db, accountId: string, today: CalendarDate): AccountAnomalies {
  const anomalies = computeFor(db, accountId, today);
  return { accountId, today, anomalies, ...severityCounts(anomalies) };
}

const toDismissal = (row: typeof anomalyDismissals.$inferSelect): DismissalRecord => ({
  accountId: row.accountId,
  ruleId: row.ruleId,
  subjectKey: row.subjectKey,
  reason: row.reason,
  createdAt: row.createdAt,
});

/** Only an anomaly the account raises now can be dismissed; dismissing it again replaces the reason. */
export function dismissAnomaly(db: Db, input: { accountId: string; ruleId: RuleId; subjectKey: string; reason: string }, today: CalendarDate, now: string): DismissalRecord {
  const raised = computeFor(db, input.accountId, today).some((a) => a.ruleId === input.ruleId && a.subjectKey === input.subjectKey);
  if (!raised) throw notFound('anomalies.errors.notFound');
  const reason = input.reason.trim();
  const row = db
    .insert(anomalyDismissals)
    .values({ accountId: input.accountId, ruleId: input.ruleId, subjectKey: input.subjectKey, reason, createdAt: now })
    .onConflictDoUpdate({ target: [anomalyDismissals.accountId, anomalyDismissals.ruleId, anomalyDismissals.subjectKey], set: { reason, createdAt: now } })
    .returning()
    .get();
  return toDismissal(row);
}

export function restoreAnomaly(db: Db, input: { accountId: string; ruleId: RuleId; subjectKey: string }): DismissalRecord {
  const where = and(eq(anomalyDismissals.accountId, input.accountId), eq(anomalyDismissals.ruleId, input.ruleId), eq(anomalyDismissals.subjectKey, input.subjectKey));
  const row = db.select().from(anomalyDismissals).where(where).get();
  if (!row) throw notFound('anomalies.errors.notDismissed');
  db.delete(anomalyDismissals).where(where).run();
  return toDismissal(row);
}

export function pathsTo(db: Db, personId: string): PathsToPerson {
  const target = getLivePerson(db, personId);
  const thresholds = getThresholds(db);
  const accountPeople = db
    .select({ id: people.id, name: people.name, relationship: people.relationship, reportsToId: people.reportsToId })
    .from(people)
    .where(and(eq(people.accountId, target.accountId), isNull(people.deletedAt)))
    .all();
  const accountLinks = db
    .select({ sourceId: links.sourceId, targetId: links.targetId, kind: links.kind })
    .from(links)
    .where(and(eq(links.accountId, target.accountId), isNull(links.deletedAt)))
    .all();
  const chains = pathsToPerson(accountPeople, accountLinks, personId, { maxHops: thresholds.pathMaxHops, maxChains: thresholds.pathMaxChains });
  const byId = new Map(accountPeople.map((p) => [p.id, p]));
  const ref = (id: string): PathPersonRef => {
    const p = byId.get(id)!;
    return { id: p.id, name: p.name, relationship: p.relationship };
  };
  const named = new Set([personId, ...chains.flatMap((c) => c.path)]);
  return { target: ref(personId), chains, people: Object.fromEntries([...named].map((id) => [id, ref(id)])) };
}

export const anomaliesHandlers = ({ db, options }: ApiContext): Handlers<typeof anomaliesChannels> => {
  const time = timeOf(options);
  return {
    'anomalies.forAccount': ({ accountId }) => anomaliesOfAccount(db, accountId, time.today()),
    'anomalies.dismiss': (input) => dismissAnomaly(db, input, time.today(), time.now()),
    'anomalies.restore': (input) => restoreAnomaly(db, input),
    'anomalyThresholds.get': () => getThresholds(db),
    'anomalyThresholds.set': ({ thresholds }) => setThresholds(db, thresholds),
    'paths.toPerson': ({ personId }) => pathsTo(db, personId),
    'history.forPerson': ({ personId }) => historyOfEntity(db, getLivePerson(db, personId).id),
    'history.forAccount': ({ accountId, since }) => {
      getLiveRow(db, accountId);
      return historyOfAccount(db, accountId, since === undefined ? undefined : new Date(since).toISOString());
    },
  };
};
