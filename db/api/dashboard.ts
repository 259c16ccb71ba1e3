import { and, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Dashboard, DashboardAccount, DashboardChanges, DashboardOpportunity, DashboardStage, DashboardStageRef, dashboardChannels } from '../../shared/contract/index.js';
import { SEVERITIES } from '../../shared/domain/anomalies/anomaly.js';
import { sinceLastWeek } from '../../shared/domain/anomalies/sinceLastWeek.js';
import type { Currency } from '../../shared/domain/accounts.js';
import { nameCollator } from '../../shared/domain/nameOrder.js';
import { SALES_STAGES } from '../../shared/domain/opportunities.js';
import { addDays, weekOf, type CalendarDate } from '../../shared/domain/plan/calendarDate.js';
import type { StageTemplate } from '../../shared/domain/plan/stageTemplate.js';
import { SIX_STAGES, STAGE_TEMPLATES } from '../../shared/templates/stages.js';
import type { Db } from '../open.js';
import { accounts, activities, assessments, opportunities, people, stagePlans, tasks } from '../schema.js';
import { accountSummaries, type AccountSummary } from './anomalyCache.js';
import { getThresholds } from './anomalies.js';
import { timeOf } from './clock.js';
import type { ApiContext, Handlers } from './context.js';
import { historySince } from './history.js';
import { inIds } from './queryHelpers.js';
import { parseTemplate } from './stageTemplates.js';
import { liveTask, startOfLocalDay } from './tasks.js';

/** The home screen in one read: see shared/contract/dashboard.ts. */

const collator = nameCollator(['zh-CN', 'en']);
/** Longest list of new or resolved anomalies sent; the counts per account say the rest. */
export const CHANGE_LIST_MAX = 100;

type TemplateVersions = Map<string, StageTemplate>;
const versionKey = (key: string, version: number) => `${key}@${version}`;

/** The distinct template snapshots plans run on, each parsed once (a key and version always hold the same template). */
function planTemplates(db: Db): TemplateVersions {
  const templates: TemplateVersions = new Map(STAGE_TEMPLATES.map((t) => [versionKey(t.key, t.version), t]));
  const used = db.selectDistinct({ key: stagePlans.templateKey, version: stagePlans.templateVersion }).from(stagePlans).all();
  for (const { key, version } of used) {
    if (templates.has(versionKey(key, version))) continue;
    const row = db
      .select({ template: stagePlans.template })
      .from(stagePlans)
      .where(and(eq(stagePlans.templateKey, key), eq(stagePlans.templateVersion, version)))
      .limit(1)
      .get();
    if (row) templates.set(versionKey(key, version), parseTemplate(row.template));
  }
  return templates;
}

/** The latest two live totals per opportunity of `where`. */
function latestTotals(db: Db, opportunityIds: readonly string[]): Map<string, { score: number | null; previous: number | null; count: number }> {
  const rows = db.all<{ opportunityId: string; total: number | null; n: number }>(sql`
    select opportunityId, total, n from (
      select opportunity_id as opportunityId, total, row_number() over (partition by opportunity_id order by assessed_at desc, rowid desc) as n
      from ${assessments} where deleted_at is null and ${inIds(assessments.opportunityId, opportunityIds)}
    ) where n <= 2`);
  const totals = new Map<string, { score: number | null; previous: number | null; count: number }>();
  for (const row of rows) {
    const entry = totals.get(row.opportunityId) ?? { score: null, previous: null, count: 0 };
    if (row.n === 1) entry.score = row.total;
    else entry.previous = row.total;
    entry.count++;
    totals.set(row.opportunityId, entry);
  }
  return totals;
}

function openOpportunities(db: Db, accountIds: ReadonlySet<string>, templates: TemplateVersions): Map<string, DashboardOpportunity[]> {
  const rows = db
    .select({
      id: opportunities.id,
      accountId: opportunities.accountId,
      name: opportunities.name,
      amount: opportunities.amount,
      currency: opportunities.currency,
      closeDate: opportunities.closeDate,
      stage: opportunities.stage,
      templateKey: stagePlans.templateKey,
      templateVersion: stagePlans.templateVersion,
      stageIndex: stagePlans.stageIndex,
    })
    .from(opportunities)
    .leftJoin(stagePlans, and(eq(stagePlans.opportunityId, opportunities.id), isNull(stagePlans.deletedAt)))
    .where(and(eq(opportunities.status, 'open'), isNull(opportunities.deletedAt)))
    .orderBy(sql`${opportunities}.rowid`)
    .all()
    .filter((r) => accountIds.has(r.accountId));
  const totals = latestTotals(db, rows.map((r) => r.id));
  const byAccount = new Map<string, DashboardOpportunity[]>();
  for (const row of rows) {
    const template = row.templateKey === null || row.templateVersion === null ? undefined : templates.get(versionKey(row.templateKey, row.templateVersion));
    const stage = template && row.stageIndex !== null ? template.stages[row.stageIndex] : undefined;
    const planStage: DashboardStage | null = stage ? { key: stage.key, name: stage.name, index: row.stageIndex!, count: template!.stages.length } : null;
    const total = totals.get(row.id);
    const score = total?.score ?? null;
    const previous = total?.previous ?? null;
    const trend = score === null || previous === null ? null : score > previous ? 'up' : score < previous ? 'down' : 'flat';
    const list = byAccount.get(row.accountId) ?? [];
    list.push({ id: row.id, name: row.name, amount: row.amount, currency: row.currency, closeDate: row.closeDate, stage: row.stage, planStage, score, previousScore: previous, trend });
    byAccount.set(row.accountId, list);
  }
  for (const list of byAccount.values()) list.sort((a, b) => SALES_STAGES.indexOf(b.stage) - SALES_STAGES.indexOf(a.stage));
  return byAccount;
}

function openAmounts(list: readonly DashboardOpportunity[]): { currency: Currency; amount: number }[] {
  const sums = new Map<Currency, number>();
  for (const o of list) if (o.amount !== null) sums.set(o.currency, (sums.get(o.currency) ?? 0) + o.amount);
  return [...sums].map(([currency, amount]) => ({ currency, amount }));
}

function taskCounts(db: Db, today: CalendarDate, weekEnd: CalendarDate): Map<string, { due: number; overdue: number }> {
  const rows = db
    .select({
      accountId: tasks.accountId,
      due: sql<number>`sum(${tasks.dueDate} >= ${today})`,
      overdue: sql<number>`sum(${tasks.dueDate} < ${today})`,
    })
    .from(tasks)
    .where(and(eq(tasks.status, 'open'), lte(tasks.dueDate, weekEnd), liveTask))
    .groupBy(tasks.accountId)
    .all();
  return new Map(rows.map((r) => [r.accountId, { due: r.due, overdue: r.overdue }]));
}

/** Each account's latest activity on or before today, one index lookup per account. */
function lastActivities(db: Db, accountIds: readonly string[], today: CalendarDate): Map<string, CalendarDate | null> {
  const latest = db
    .select({ last: sql<string | null>`max(${activities.date})` })
    .from(activities)
    .where(and(eq(activities.accountId, sql.placeholder('accountId')), isNull(activities.deletedAt), lte(activities.date, sql.placeholder('today'))))
    .prepare();
  return new Map(accountIds.map((accountId) => [accountId, latest.get({ accountId, today })?.last ?? null]));
}

/** A stage key's name: in the opportunity's plan, else as one of the six sales stages, else in any built-in process. */
function stageRef(key: string | null, plan: StageTemplate | undefined): DashboardStageRef | null {
  if (key === null) return null;
  const sales = SALES_STAGES.indexOf(key as (typeof SALES_STAGES)[number]);
  const stage =
    plan?.stages.find((s) => s.key === key) ??
    (sales >= 0 ? SIX_STAGES.stages[sales] : undefined) ??
    STAGE_TEMPLATES.flatMap((t) => t.stages).find((s) => s.key === key);
  return { key, name: stage?.name ?? null };
}

function changesSince(db: Db, today: CalendarDate, names: ReadonlyMap<string, string>, summaries: ReadonlyMap<string, AccountSummary>, templates: TemplateVersions): DashboardChanges {
  const since = startOfLocalDay(addDays(today, -7));
  const history = historySince(db, since).filter((e) => names.has(e.accountId));
  const changed = sinceLastWeek([], [], history, since);
  const opportunityIds = [...new Set([...changed.stageMoves, ...changed.scoreChanges].map((c) => c.opportunityId))];
  const deals = new Map(
    (opportunityIds.length === 0
      ? []
      : db
          .select({ id: opportunities.id, accountId: opportunities.accountId, name: opportunities.name, templateKey: stagePlans.templateKey, templateVersion: stagePlans.templateVersion })
          .from(opportunities)
          .leftJoin(stagePlans, and(eq(stagePlans.opportunityId, opportunities.id), isNull(stagePlans.deletedAt)))
          .where(and(inArray(opportunities.id, opportunityIds), isNull(opportunities.deletedAt)))
          .all()
    ).map((o) => [o.id, o]),
  );
  const personIds = changed.relationshipChanges.map((c) => c.personId);
  const persons = new Map(
    (personIds.length === 0 ? [] : db.select({ id: people.id, accountId: people.accountId, name: people.name }).from(people).where(and(inIds(people.id, personIds), isNull(people.deletedAt))).all()).map((p) => [p.id, p]),
  );
  const deal = (id: string) => {
    const o = deals.get(id);
    return o ? { accountId: o.accountId, accountName: names.get(o.accountId)!, opportunityId: o.id, opportunityName: o.name } : undefined;
  };
  const anomalyList = (pick: (s: AccountSummary) => AccountSummary['newAnomalies']) =>
    [...summaries]
      .flatMap(([accountId, summary]) => pick(summary).map((anomaly) => ({ accountId, accountName: names.get(accountId)!, anomaly })))
      .sort((a, b) => SEVERITIES.indexOf(a.anomaly.severity) - SEVERITIES.indexOf(b.anomaly.severity) || collator.compare(a.accountName, b.accountName))
      .slice(0, CHANGE_LIST_MAX);
  const compared = [...summaries.values()].flatMap((s) => (s.comparedWith ? [s.comparedWith] : [])).sort();
  return {
    since,
    comparedWith: compared[0] ?? null,
    newAnomalies: anomalyList((s) => s.newAnomalies),
    resolved: anomalyList((s) => s.resolved),
    stageMoves: changed.stageMoves.flatMap((move) => {
      const d = deal(move.opportunityId);
      if (!d) return [];
      const o = deals.get(move.opportunityId)!;
      const plan = o.templateKey === null || o.templateVersion === null ? undefined : templates.get(versionKey(o.templateKey, o.templateVersion));
      return [{ ...d, from: stageRef(move.from, plan), to: stageRef(move.to, plan), at: move.at }];
    }),
    scoreChanges: changed.scoreChanges.flatMap((change) => {
      const d = deal(change.opportunityId);
      return d ? [{ ...d, before: change.before, after: change.after, delta: change.delta, at: change.at }] : [];
    }),
    relationshipChanges: changed.relationshipChanges.flatMap((change) => {
      const p = persons.get(change.personId);
      return p && names.has(p.accountId) ? [{ accountId: p.accountId, accountName: names.get(p.accountId)!, personName: p.name, ...change }] : [];
    }),
  };
}

export function getDashboard(db: Db, today: CalendarDate, now: string): Dashboard {
  const week = weekOf(today);
  const rows = db
    .select({ id: accounts.id, name: accounts.name, tier: accounts.tier, phase: accounts.relationshipPhase, industry: accounts.industry, region: accounts.region, updatedAt: accounts.updatedAt })
    .from(accounts)
    .where(and(isNull(accounts.deletedAt), isNull(accounts.archivedAt)))
    .all()
    .sort((a, b) => collator.compare(a.name, b.name));
  const ids = rows.map((r) => r.id);
  const summaries = accountSummaries(db, ids, today, getThresholds(db), now);
  const templates = planTemplates(db);
  const deals = openOpportunities(db, new Set(ids), templates);
  const counts = taskCounts(db, today, week.end);
  const last = lastActivities(db, ids, today);
  const list = rows.map((row): DashboardAccount => {
    const open = deals.get(row.id) ?? [];
    return {
      ...row,
      opportunities: open,
      openAmounts: openAmounts(open),
      anomalies: summaries.get(row.id)!.counts,
      tasksDueThisWeek: counts.get(row.id)?.due ?? 0,
      tasksOverdue: counts.get(row.id)?.overdue ?? 0,
      lastActivity: last.get(row.id) ?? null,
    };
  });
  return { today, week, accounts: list, changes: changesSince(db, today, new Map(rows.map((r) => [r.id, r.name])), summaries, templates) };
}

export const dashboardHandlers = ({ db, options }: ApiContext): Handlers<typeof dashboardChannels> => {
  const time = timeOf(options);
  return { 'dashboard.get': () => getDashboard(db, time.today(), time.now()) };
};
