import { and, asc, desc, eq, lt, lte } from 'drizzle-orm';
import type { AnomalyDigest, SeverityCounts } from '../../shared/contract/index.js';
import { RULE_IDS, type Anomaly } from '../../shared/domain/anomalies/anomaly.js';
import { sinceLastWeek } from '../../shared/domain/anomalies/sinceLastWeek.js';
import type { AnomalyThresholds } from '../../shared/domain/anomalies/snapshot.js';
import { addDays, type CalendarDate } from '../../shared/domain/plan/calendarDate.js';
import type { Db } from '../open.js';
import { anomalyCache, anomalyDays } from '../schema.js';
import { computeFor, severityCounts } from './anomalies.js';

/**
 * The dashboard's per-account anomaly figures. A row in anomaly_cache is current for its key (the
 * day, the thresholds, the rules): triggers delete it when anything the rules read changes. The
 * first computation of a day also keeps that day's list in anomaly_days, which "since last week"
 * compares with a week later; lists older than the one compared with are dropped.
 */

export interface AccountSummary {
  counts: SeverityCounts;
  dismissedCount: number;
  /** The day whose list today's is compared with; null when there is none before today. */
  comparedWith: CalendarDate | null;
  newAnomalies: AnomalyDigest[];
  resolved: AnomalyDigest[];
}

// Bump when what a cached summary holds changes shape; the rules' list covers rules added or removed.
const CACHE_VERSION = `1:${RULE_IDS.join(',')}`;

export const cacheKeyOf = (today: CalendarDate, thresholds: AnomalyThresholds): string => `${today}|${JSON.stringify(thresholds)}|${CACHE_VERSION}`;

export const digestOf = (a: Anomaly): AnomalyDigest => ({
  id: a.id,
  ruleId: a.ruleId,
  subjectKey: a.subjectKey,
  severity: a.severity,
  messageKey: a.messageKey,
  params: a.params,
  personIds: a.personIds,
  ...(a.opportunityId ? { opportunityId: a.opportunityId } : {}),
  ...(a.dismissed ? { dismissed: a.dismissed } : {}),
});

/** The latest list at least a week old, or failing that the oldest before today. */
function comparedDay(db: Db, accountId: string, today: CalendarDate): { day: string; anomalies: string } | undefined {
  const of = eq(anomalyDays.accountId, accountId);
  return (
    db.select().from(anomalyDays).where(and(of, lte(anomalyDays.day, addDays(today, -7)))).orderBy(desc(anomalyDays.day)).limit(1).get() ??
    db.select().from(anomalyDays).where(and(of, lt(anomalyDays.day, today))).orderBy(asc(anomalyDays.day)).limit(1).get()
  );
}

function computeSummary(db: Db, accountId: string, today: CalendarDate, thresholds: AnomalyThresholds): AccountSummary {
  const now = computeFor(db, accountId, today, thresholds).map(digestOf);
  db.insert(anomalyDays).values({ accountId, day: today, anomalies: JSON.stringify(now) }).onConflictDoNothing().run();
  const then = comparedDay(db, accountId, today);
  if (then) db.delete(anomalyDays).where(and(eq(anomalyDays.accountId, accountId), lt(anomalyDays.day, then.day))).run();
  const changes = then ? sinceLastWeek(JSON.parse(then.anomalies) as AnomalyDigest[], now, []) : { newAnomalies: [], resolved: [] };
  return { ...severityCounts(now), comparedWith: then?.day ?? null, newAnomalies: changes.newAnomalies, resolved: changes.resolved };
}

/** Each account's summary: the cached one where it is current, else computed now and cached. */
export function accountSummaries(db: Db, accountIds: readonly string[], today: CalendarDate, thresholds: AnomalyThresholds, computedAt: string): Map<string, AccountSummary> {
  const key = cacheKeyOf(today, thresholds);
  const cached = new Map(
    db
      .select({ accountId: anomalyCache.accountId, summary: anomalyCache.summary })
      .from(anomalyCache)
      .where(eq(anomalyCache.key, key))
      .all()
      .map((row) => [row.accountId, row.summary]),
  );
  const summaries = new Map<string, AccountSummary>();
  for (const accountId of accountIds) {
    const hit = cached.get(accountId);
    if (hit !== undefined) {
      summaries.set(accountId, JSON.parse(hit) as AccountSummary);
      continue;
    }
    const summary = computeSummary(db, accountId, today, thresholds);
    const value = JSON.stringify(summary);
    db.insert(anomalyCache)
      .values({ accountId, key, summary: value, computedAt })
      .onConflictDoUpdate({ target: anomalyCache.accountId, set: { key, summary: value, computedAt } })
      .run();
    summaries.set(accountId, summary);
  }
  return summaries;
}
