import { and, eq, isNull, sql } from 'drizzle-orm';
import { HISTORY_FIELDS } from '../../shared/domain/anomalies/sinceLastWeek.js';
import type { AccountSnapshot, AnomalyThresholds, SnapshotOpportunity } from '../../shared/domain/anomalies/snapshot.js';
import { SALES_STAGES } from '../../shared/domain/opportunities.js';
import type { CalendarDate } from '../../shared/domain/plan/calendarDate.js';
import type { BuyingRole } from '../../shared/domain/people.js';
import { crossCheck, type DealInfluence } from '../../shared/domain/scoring/crossChecks.js';
import { fallingCriteria } from '../../shared/domain/scoring/history.js';
import { scoreAssessment } from '../../shared/domain/scoring/score.js';
import type { CriterionScore, ScorecardTemplate } from '../../shared/domain/scoring/types.js';
import { SIX_STAGES } from '../../shared/templates/stages.js';
import type { Db } from '../open.js';
import {
  accounts,
  activities,
  anomalyDismissals,
  assessments,
  buyingInfluences,
  changeHistory,
  competitors,
  links,
  opportunities,
  people,
  scorecardSnapshots,
  stagePlans,
  tasks,
} from '../schema.js';
import { notFound } from './failure.js';
import { inIds } from './queryHelpers.js';
import { liveTask } from './tasks.js';

/**
 * Everything the anomaly rules read about one account, in one read: its live people and links,
 * open and closed opportunities with their plans, their two latest assessments (totals, falling
 * criteria, the scorecard's cross-checks against the map), tasks, activities and dismissals.
 */

interface AssessmentPair {
  latest?: { id: string; template: ScorecardTemplate; scores: Record<string, CriterionScore>; total: number | null };
  previous?: { template: ScorecardTemplate; scores: Record<string, CriterionScore>; total: number | null };
}

/** The latest two live assessments of each opportunity. */
function assessmentPairs(db: Db, opportunityIds: readonly string[]): Map<string, AssessmentPair> {
  const rows = db.all<{ id: string; opportunityId: string; snapshotId: string; scores: string; total: number | null; n: number }>(sql`
    select id, opportunityId, snapshotId, scores, total, n from (
      select id, opportunity_id as opportunityId, snapshot_id as snapshotId, scores, total,
        row_number() over (partition by opportunity_id order by assessed_at desc, rowid desc) as n
      from ${assessments}
      where deleted_at is null and ${inIds(assessments.opportunityId, opportunityIds)}
    ) where n <= 2`);
  // Assessments share template snapshots: each is read and parsed once.
  const snapshotIds = [...new Set(rows.map((r) => r.snapshotId))];
  const templates = new Map(
    (snapshotIds.length === 0 ? [] : db.select().from(scorecardSnapshots).where(inIds(scorecardSnapshots.id, snapshotIds)).all()).map((s) => [
      s.id,
      JSON.parse(s.template) as ScorecardTemplate,
    ]),
  );
  const pairs = new Map<string, AssessmentPair>();
  for (const row of rows) {
    const pair = pairs.get(row.opportunityId) ?? {};
    const parsed = { template: templates.get(row.snapshotId)!, scores: JSON.parse(row.scores) as Record<string, CriterionScore>, total: row.total };
    if (row.n === 1) pair.latest = { id: row.id, ...parsed };
    else pair.previous = parsed;
    pairs.set(row.opportunityId, pair);
  }
  return pairs;
}

const asAssessment = (a: { template: ScorecardTemplate; scores: Record<string, CriterionScore> }) => ({
  template: a.template,
  assessment: { templateKey: a.template.key, templateVersion: a.template.version, scores: a.scores },
});

function opportunitiesOf(db: Db, accountId: string): SnapshotOpportunity[] {
  const rows = db
    .select({ opportunity: opportunities, plan: stagePlans })
    .from(opportunities)
    .leftJoin(stagePlans, and(eq(stagePlans.opportunityId, opportunities.id), isNull(stagePlans.deletedAt)))
    .where(and(eq(opportunities.accountId, accountId), isNull(opportunities.deletedAt)))
    .orderBy(sql`${opportunities}.rowid`)
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.opportunity.id);
  const pairs = assessmentPairs(db, ids);
  const involved = db
    .select({
      opportunityId: buyingInfluences.opportunityId,
      personId: buyingInfluences.personId,
      role: buyingInfluences.role,
      stance: buyingInfluences.stance,
      person: { relationship: people.relationship, roles: people.roles, pains: people.pains, attitude: people.attitude, influence: people.influence, deletedAt: people.deletedAt },
    })
    .from(buyingInfluences)
    .innerJoin(people, eq(people.id, buyingInfluences.personId))
    .where(and(inIds(buyingInfluences.opportunityId, ids), isNull(buyingInfluences.deletedAt)))
    .orderBy(sql`${buyingInfluences}.rowid`)
    .all();
  const rivals = db
    .select({ opportunityId: competitors.opportunityId, name: competitors.name })
    .from(competitors)
    .where(and(inIds(competitors.opportunityId, ids), isNull(competitors.deletedAt)))
    .all();
  // Without a plan, a stage has been entered when the stage field last changed, or when the opportunity was made.
  const stageChanged = new Map(
    db
      .select({ id: changeHistory.entityId, at: sql<string>`max(${changeHistory.at})` })
      .from(changeHistory)
      .where(and(eq(changeHistory.accountId, accountId), eq(changeHistory.field, HISTORY_FIELDS.stage.field)))
      .groupBy(changeHistory.entityId)
      .all()
      .map((r) => [r.id, r.at]),
  );

  return rows.map(({ opportunity, plan }): SnapshotOpportunity => {
    const pair = pairs.get(opportunity.id) ?? {};
    const deal: DealInfluence[] = involved
      .filter((i) => i.opportunityId === opportunity.id)
      .map((i) => ({ personId: i.personId, role: i.role, stance: i.stance, person: { ...i.person, deleted: i.person.deletedAt !== null } }));
    const latest = pair.latest;
    const score = latest ? scoreAssessment(latest.template, asAssessment(latest).assessment) : null;
    const checks = latest
      ? crossCheck({ template: latest.template, score, influences: deal, competitors: rivals.filter((c) => c.opportunityId === opportunity.id) })
      : [];
    const salesIndex = SALES_STAGES.indexOf(opportunity.stage);
    return {
      id: opportunity.id,
      name: opportunity.name,
      status: opportunity.status,
      templateKey: plan?.processKey ?? SIX_STAGES.key,
      stageKey: plan?.stageKey ?? SIX_STAGES.stages[salesIndex]!.key,
      stageIndex: plan?.stageIndex ?? salesIndex,
      stageEnteredAt: plan?.stageEnteredAt ?? stageChanged.get(opportunity.id) ?? opportunity.createdAt,
      moves: plan?.moves ?? [],
      latestTotal: latest?.total ?? null,
      previousTotal: pair.previous?.total ?? null,
      latestAssessmentId: latest?.id ?? null,
      fallingCriteria: latest && pair.previous ? fallingCriteria(asAssessment(pair.previous), asAssessment(latest)).map((c) => c.key) : [],
      crossChecks: checks.map((c) => ({ id: c.id, severity: c.severity, messageKey: c.messageKey, params: c.params, personIds: c.personIds })),
      // A role left to the person's own is each of their account-wide roles; someone without any has no part to check.
      influences: deal
        .filter((i) => !i.person.deleted)
        .flatMap((i) => (i.role ? [i.role] : i.person.roles).map((role: BuyingRole) => ({ personId: i.personId, role }))),
    };
  });
}

export function readSnapshot(db: Db, accountId: string, today: CalendarDate, thresholds: AnomalyThresholds): AccountSnapshot {
  const account = db
    .select({ id: accounts.id, phase: accounts.relationshipPhase })
    .from(accounts)
    .where(and(eq(accounts.id, accountId), isNull(accounts.deletedAt)))
    .get();
  if (!account) throw notFound('errors.accountNotFound');
  return {
    today,
    thresholds,
    account,
    people: db
      .select({ id: people.id, name: people.name, roles: people.roles, attitude: people.attitude, relationship: people.relationship, influence: people.influence, reportsToId: people.reportsToId })
      .from(people)
      .where(and(eq(people.accountId, accountId), isNull(people.deletedAt)))
      .all(),
    links: db
      .select({ sourceId: links.sourceId, targetId: links.targetId, kind: links.kind })
      .from(links)
      .where(and(eq(links.accountId, accountId), isNull(links.deletedAt)))
      .all(),
    opportunities: opportunitiesOf(db, accountId),
    tasks: db
      .select({ id: tasks.id, title: tasks.title, status: tasks.status, dueDate: tasks.dueDate, ownerId: tasks.ownerId, personIds: tasks.personIds, opportunityId: tasks.opportunityId })
      .from(tasks)
      .where(and(eq(tasks.accountId, accountId), liveTask))
      .all(),
    activities: db
      .select({ id: activities.id, date: activities.date, personIds: activities.personIds, opportunityId: activities.opportunityId })
      .from(activities)
      .where(and(eq(activities.accountId, accountId), isNull(activities.deletedAt)))
      .all(),
    dismissed: db
      .select({ ruleId: anomalyDismissals.ruleId, subjectKey: anomalyDismissals.subjectKey, reason: anomalyDismissals.reason })
      .from(anomalyDismissals)
      .where(eq(anomalyDismissals.accountId, accountId))
      .all(),
  };
}
