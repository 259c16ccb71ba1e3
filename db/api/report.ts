import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { ATTITUDES, RELATIONSHIP_LEVELS } from '../../shared/domain/people.js';
import { RELATIONSHIP_PHASES, TIERS } from '../../shared/domain/accounts.js';
import type { AccountPlanData, ExportRecord, NegotiationPlan, ReportAnomaly, ReportOpportunity, ReportTask, TeamMember, VisitBriefData, reportChannels } from '../../shared/contract/index.js';
import { exportSummary } from '../../shared/report/changes.js';
import type { Db } from '../open.js';
import { settings } from '../schema.js';
import type { ApiContext, Handlers } from './context.js';
import { notFound } from './failure.js';
import type { CalendarDate } from '../../shared/domain/plan/calendarDate.js';
import { timeOf } from './clock.js';
import { anomaliesOfAccount } from './anomalies.js';
import { getFullMap } from './map.js';
import { getPlanDetail } from './plans.js';
import { listTasksOfAccount } from './tasks.js';
import { getOpportunity, listOpportunities } from './opportunities.js';
import { getLivePerson } from './people.js';
import { getWhitespace } from './whitespace.js';

/** No table of its own (no migration): the last export of each account is one settings row. */
const lastExportKey = (accountId: string) => `report.lastExport.${accountId}`;

const count = z.number().int().min(0);
// What was stored is read back through a schema: a damaged value counts as no export, never a crash.
const storedExport = z.object({
  exportedAt: z.iso.datetime(),
  summary: z.object({
    tier: z.enum(TIERS),
    phase: z.enum(RELATIONSHIP_PHASES),
    annualPotential: z.number().nullable(),
    peopleCount: count,
    linkCount: count,
    keyCount: count,
    trustedOrAbove: count,
    key: z.record(z.string(), z.object({ name: z.string(), relationship: z.enum(RELATIONSHIP_LEVELS), attitude: z.enum(ATTITUDES) })),
    openOpportunities: count.optional(),
    openAnomalies: count.optional(),
  }),
});

function lastExport(db: Db, accountId: string): ExportRecord | null {
  const row = db.select().from(settings).where(eq(settings.key, lastExportKey(accountId))).get();
  if (!row) return null;
  try {
    const parsed = storedExport.safeParse(JSON.parse(row.value));
    return parsed.success ? (parsed.data) : null;
  } catch {
    return null;
  }
}

/** A negotiation plan counts once it was saved with something in it (an empty plan is no plan). */
function negotiationIfAny(plan: NegotiationPlan): NegotiationPlan | null {
  if (plan.updatedAt === null) return null;
  const texts = [plan.goal, plan.walkAway, plan.openPoints, plan.agenda.opening, plan.agenda.middle, plan.agenda.end];
  const filled = texts.some((t) => t.trim()) || plan.concessions.length + plan.demands.length + plan.theirParticipants.length + plan.ourParticipants.length > 0;
  return filled ? plan : null;
}

/** The account's open opportunities, the largest first (no amount last), each with its detail. */
export function reportOpportunities(db: Db, accountId: string, tasks: readonly ReportTask[] = []): ReportOpportunity[] {
  const open = listOpportunities(db, accountId).filter((o) => o.status === 'open');
  open.sort((a, b) => (b.amount ?? -1) - (a.amount ?? -1));
  return open.map((o) => {
    const detail = getOpportunity(db, o.id);
    // Newest first in the detail; the trend reads oldest first.
    const totals = [...detail.assessments].reverse().map((a) => a.total).filter((t): t is number => t !== null);
    const latest = detail.assessments[0]?.total ?? null;
    return {
      id: o.id,
      name: o.name,
      amount: o.amount,
      currency: o.currency,
      stage: { key: `opportunities.stages.${o.stage}` },
      score: latest,
      scoreHistory: latest === null ? totals : totals.slice(0, -1),
      closeDate: o.closeDate,
      detail: {
        opportunity: detail.opportunity,
        influences: detail.influences,
        competitors: detail.competitors,
        assessments: detail.assessments,
        checks: detail.checks,
        negotiation: negotiationIfAny(detail.negotiation),
        plan: getPlanDetail(db, o.id).plan,
        tasks: tasks.filter((task) => task.opportunityId === o.id),
      },
    };
  });
}

/**
 * Everything the account plan prints, in one read. Each later feature adds its part here
 * (anomalies, tasks, lastContact); the document prints what it is given.
 */
/** Every anomaly of the account, dismissed ones marked, as the document prints them. */
function reportAnomalies(db: Db, accountId: string, today: CalendarDate): ReportAnomaly[] {
  return anomaliesOfAccount(db, accountId, today).anomalies.map((a) => ({
    id: a.id,
    severity: a.severity,
    message: { key: a.messageKey, params: a.params },
    dismissed: a.dismissed !== undefined,
    ...(a.opportunityId ? { opportunityId: a.opportunityId } : {}),
  }));
}

/** The account's open tasks with their owners' names. */
function reportTasks(db: Db, accountId: string, team: readonly TeamMember[]): ReportTask[] {
  const names = new Map(team.map((m) => [m.id, m.name]));
  return listTasksOfAccount(db, accountId)
    .filter((task) => task.status === 'open')
    .map((task) => ({
      id: task.id,
      title: task.title,
      ownerName: task.ownerId ? (names.get(task.ownerId) ?? null) : null,
      due: task.dueDate,
      opportunityId: task.opportunityId,
      personIds: task.personIds,
    }));
}

export function accountPlanData(db: Db, accountId: string, today: CalendarDate): AccountPlanData {
  const whitespace = getWhitespace(db, accountId);
  const map = getFullMap(db, accountId, today);
  const anomalies = reportAnomalies(db, accountId, today);
  const tasks = reportTasks(db, accountId, map.team);
  return {
    ...map,
    lastExport: lastExport(db, accountId),
    opportunities: reportOpportunities(db, accountId, tasks),
    ...(whitespace.offerings.length && whitespace.units.length ? { whitespace } : {}),
    ...(anomalies.length ? { anomalies } : {}),
    ...(tasks.length ? { tasks } : {}),
  };
}

export function visitBriefData(db: Db, personId: string, today: CalendarDate): VisitBriefData {
  const { accountId } = getLivePerson(db, personId);
  const map = getFullMap(db, accountId, today);
  const person = map.people.find((p) => p.id === personId);
  if (!person) throw notFound('errors.personNotFound', { id: personId });
  const opportunities = reportOpportunities(db, accountId).filter((o) => o.detail!.influences.some((i) => i.personId === personId));
  const tasks = reportTasks(db, accountId, map.team).filter((task) => task.personIds.includes(personId));
  return { ...map, person, opportunities, ...(tasks.length ? { tasks } : {}) };
}

export function markExported(db: Db, accountId: string, today: CalendarDate, now = new Date()): ExportRecord {
  const record: ExportRecord = { exportedAt: now.toISOString(), summary: exportSummary(accountPlanData(db, accountId, today)) };
  const value = JSON.stringify(record);
  db.insert(settings).values({ key: lastExportKey(accountId), value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
  return record;
}

export const reportHandlers = ({ db, options }: ApiContext): Handlers<typeof reportChannels> => {
  const today = () => timeOf(options).today();
  return {
    'report.accountPlan': ({ accountId }) => accountPlanData(db, accountId, today()),
    'report.visitBrief': ({ personId }) => visitBriefData(db, personId, today()),
    'report.markExported': ({ accountId }) => markExported(db, accountId, today()),
  };
};
