import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Opportunity, PlanDeleted, PlanDetail, PlanMoved, PlanStage, StagePlanRecord, plansChannels } from '../../shared/contract/index.js';
import { emptyTaskFields } from '../../shared/contract/index.js';
import { advance, canAdvance, moveBack, type MoveResult } from '../../shared/domain/plan/gates.js';
import { processKeyOf, salesStageOf, startIndexFor } from '../../shared/domain/plan/salesStage.js';
import { setCriterion, startPlan, type StageMove, type StagePlan } from '../../shared/domain/plan/stagePlan.js';
import { textIn, type StageTemplate } from '../../shared/domain/plan/stageTemplate.js';
import type { Language } from '../../shared/i18n/languages.js';
import type { Db } from '../open.js';
import { opportunities, stagePlans, tasks, type PlanStageSettings } from '../schema.js';
import { timeOf } from './clock.js';
import type { ApiContext, Handlers } from './context.js';
import { ApiFailure, conflict, fieldFailure, notFound } from './failure.js';
import { forgetStageChange, recordStageChange } from './history.js';
import { getLiveOpportunity, toOpportunity } from './opportunities.js';
import { getSettings } from './settings.js';
import {
  copyStageTemplate,
  deleteStageTemplate,
  listStageTemplates,
  parseTemplate,
  restoreStageTemplate,
  stageTemplateAt,
  stageTemplateVersionsOf,
  templateJson,
  updateStageTemplate,
} from './stageTemplates.js';
import { insertTask, tasksWhere } from './tasks.js';

/**
 * The stage plan of an opportunity. Every move goes through gates.ts; the opportunity's `stage`
 * follows the plan's current stage, and each move is written to the change history, in the same
 * transaction.
 */

type PlanRow = typeof stagePlans.$inferSelect;

const domainOf = (row: PlanRow, template = parseTemplate(row.template)): StagePlan => ({
  template,
  stageIndex: row.stageIndex,
  checklist: row.checklist,
  moves: row.moves,
});

/** When the plan last entered stage `index`: the last move into it, or the plan's start for the stage it started at. */
function enteredAt(row: Pick<PlanRow, 'moves' | 'stageIndex' | 'createdAt'>, index: number): string | null {
  const into = row.moves.findLast((m) => m.to === index);
  if (into) return into.at;
  const startedAt = row.moves[0]?.from ?? row.stageIndex;
  return index === startedAt ? row.createdAt : null;
}

function toRecord(row: PlanRow, accountId: string): StagePlanRecord {
  const template = parseTemplate(row.template);
  const plan = domainOf(row, template);
  const stages = template.stages.map((stage, index): PlanStage => {
    const settings = row.stages[stage.key];
    const entered = enteredAt(row, index);
    const left = index === row.stageIndex ? undefined : row.moves.findLast((m) => m.from === index && (entered === null || m.at >= entered));
    return {
      key: stage.key,
      index,
      status: index < row.stageIndex ? 'done' : index === row.stageIndex ? 'current' : 'upcoming',
      plannedStart: settings?.plannedStart ?? null,
      plannedEnd: settings?.plannedEnd ?? null,
      objectives: settings?.objectives ?? null,
      enteredAt: entered,
      leftAt: left?.at ?? null,
    };
  });
  return {
    id: row.id,
    opportunityId: row.opportunityId,
    accountId,
    template,
    processKey: row.processKey,
    stageIndex: row.stageIndex,
    stageKey: row.stageKey,
    stageEnteredAt: row.stageEnteredAt,
    checklist: row.checklist,
    moves: row.moves,
    stages,
    gate: canAdvance(plan),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const livePlanRow = (db: Db, opportunityId: string): PlanRow | undefined =>
  db
    .select()
    .from(stagePlans)
    .where(and(eq(stagePlans.opportunityId, opportunityId), isNull(stagePlans.deletedAt)))
    .get();

/** The live opportunity and its live plan, or a refusal saying it has none. */
function requirePlan(db: Db, opportunityId: string): { opportunity: typeof opportunities.$inferSelect; row: PlanRow } {
  const opportunity = getLiveOpportunity(db, opportunityId);
  const row = livePlanRow(db, opportunityId);
  if (!row) throw notFound('plan.errors.noPlan', { id: opportunityId });
  return { opportunity, row };
}

function requireStage(template: StageTemplate, stageKey: string) {
  const stage = template.stages.find((s) => s.key === stageKey);
  if (!stage) throw fieldFailure('not_found', 'plan.errors.stageNotFound', 'stageKey', { stage: stageKey });
  return stage;
}

/** The opportunity's stage set to the one its plan is at. */
function followPlan(db: Db, opportunityId: string, template: StageTemplate, stageIndex: number, now: string): Opportunity {
  const stage = salesStageOf(template, stageIndex);
  const current = db.select().from(opportunities).where(eq(opportunities.id, opportunityId)).get()!;
  if (current.stage === stage) return toOpportunity(current);
  return toOpportunity(db.update(opportunities).set({ stage, updatedAt: now }).where(eq(opportunities.id, opportunityId)).returning().get());
}

export function getPlanDetail(db: Db, opportunityId: string): PlanDetail {
  const opportunity = getLiveOpportunity(db, opportunityId);
  const row = livePlanRow(db, opportunityId);
  return {
    opportunity: toOpportunity(opportunity),
    plan: row ? toRecord(row, opportunity.accountId) : null,
    tasks: tasksWhere(db, opportunity.accountId, eq(tasks.opportunityId, opportunityId)),
  };
}

const languageOf = (db: Db): Language => getSettings(db).language ?? 'zh-CN';

/** `language`: the one the default tasks' titles are written in (the app's, unless given). */
export function createPlan(
  db: Db,
  input: { opportunityId: string; templateKey: string; templateVersion?: number | undefined; stageKey?: string | undefined },
  now: string,
  language: Language = languageOf(db),
): PlanDetail {
  const opportunity = getLiveOpportunity(db, input.opportunityId);
  if (livePlanRow(db, opportunity.id)) throw conflict('plan.errors.planExists');
  const template = stageTemplateAt(db, input.templateKey, input.templateVersion);
  const stageIndex = input.stageKey === undefined ? startIndexFor(template, opportunity.stage) : template.stages.indexOf(requireStage(template, input.stageKey));
  const plan = { ...startPlan(template), stageIndex };
  db.insert(stagePlans)
    .values({
      id: randomUUID(),
      opportunityId: opportunity.id,
      templateKey: template.key,
      templateVersion: template.version,
      processKey: processKeyOf(template),
      template: templateJson(template),
      stageIndex,
      stageKey: template.stages[stageIndex]!.key,
      stageEnteredAt: now,
      checklist: plan.checklist,
      moves: plan.moves,
      stages: {},
      createdAt: now,
      updatedAt: now,
    })
    .run();
  for (const stage of template.stages) {
    for (const task of stage.tasks) {
      const fields = { ...emptyTaskFields, title: textIn(task.label, language), opportunityId: opportunity.id, stageKey: stage.key };
      insertTask(db, opportunity.accountId, fields, task.key, now);
    }
  }
  followPlan(db, opportunity.id, template, stageIndex, now);
  return getPlanDetail(db, opportunity.id);
}

/** Soft delete with the plan's stage tasks; the opportunity keeps the stage it is at. */
export function deletePlan(db: Db, opportunityId: string, now: string): PlanDeleted {
  const { row } = requirePlan(db, opportunityId);
  const taskIds = db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.opportunityId, opportunityId), isNotNull(tasks.stageKey), isNull(tasks.deletedAt)))
    .all()
    .map((t) => t.id);
  db.update(stagePlans).set({ deletedAt: now }).where(eq(stagePlans.id, row.id)).run();
  if (taskIds.length > 0) db.update(tasks).set({ deletedAt: now }).where(inArray(tasks.id, taskIds)).run();
  return { opportunityId, planId: row.id, taskIds };
}

export function restorePlan(db: Db, input: { planId: string; taskIds: string[] }, now: string): PlanDetail {
  const row = db.select().from(stagePlans).where(and(eq(stagePlans.id, input.planId), isNotNull(stagePlans.deletedAt))).get();
  if (!row) throw notFound('plan.errors.planNotFound', { id: input.planId });
  getLiveOpportunity(db, row.opportunityId);
  if (livePlanRow(db, row.opportunityId)) throw conflict('plan.errors.planExists');
  db.update(stagePlans).set({ deletedAt: null }).where(eq(stagePlans.id, row.id)).run();
  if (input.taskIds.length > 0) {
    db.update(tasks)
      .set({ deletedAt: null })
      .where(and(inArray(tasks.id, input.taskIds), eq(tasks.opportunityId, row.opportunityId), isNotNull(tasks.deletedAt)))
      .run();
  }
  followPlan(db, row.opportunityId, parseTemplate(row.template), row.stageIndex, now);
  return getPlanDetail(db, row.opportunityId);
}

function savePlan(db: Db, row: PlanRow, plan: StagePlan, now: string, stages: PlanStageSettings = row.stages): PlanRow {
  const moved = plan.stageIndex !== row.stageIndex;
  return db
    .update(stagePlans)
    .set({
      stageIndex: plan.stageIndex,
      stageKey: plan.template.stages[plan.stageIndex]!.key,
      ...(moved ? { stageEnteredAt: enteredAt({ ...row, moves: plan.moves, stageIndex: plan.stageIndex }, plan.stageIndex) ?? now } : {}),
      checklist: plan.checklist,
      moves: plan.moves,
      stages,
      updatedAt: now,
    })
    .where(eq(stagePlans.id, row.id))
    .returning()
    .get();
}

export function setPlanCriterion(db: Db, input: { opportunityId: string; stageKey: string; criterionKey: string; done: boolean }, now: string): StagePlanRecord {
  const { opportunity, row } = requirePlan(db, input.opportunityId);
  const plan = domainOf(row);
  const stage = requireStage(plan.template, input.stageKey);
  if (!stage.exitCriteria.some((c) => c.key === input.criterionKey)) {
    throw fieldFailure('not_found', 'plan.errors.criterionNotFound', 'criterionKey', { criterion: input.criterionKey });
  }
  return toRecord(savePlan(db, row, setCriterion(plan, input.criterionKey, input.done, input.stageKey), now), opportunity.accountId);
}

function applyMove(db: Db, opportunityId: string, move: (plan: StagePlan) => MoveResult, now: string): PlanMoved {
  const { opportunity, row } = requirePlan(db, opportunityId);
  const result = move(domainOf(row));
  if (!result.ok) {
    const { key, params, missing } = result.refusal;
    throw new ApiFailure('conflict', key, { ...params, missing: missing.join(', ') });
  }
  const saved = savePlan(db, row, result.plan, now);
  recordStageChange(db, opportunity, result.move.fromKey, result.move.toKey, result.move.at);
  return {
    plan: toRecord(saved, opportunity.accountId),
    opportunity: followPlan(db, opportunityId, result.plan.template, result.plan.stageIndex, now),
    move: result.move,
  };
}

export const advancePlan = (db: Db, input: { opportunityId: string; override?: { reason: string } | undefined }, now: string): PlanMoved =>
  applyMove(db, input.opportunityId, (plan) => advance(plan, input.override ? { override: input.override } : {}, now), now);

export const moveBackPlan = (db: Db, input: { opportunityId: string; reason?: string | undefined }, now: string): PlanMoved =>
  applyMove(db, input.opportunityId, (plan) => moveBack(plan, now, input.reason), now);

/** Takes the plan's last move back, if it is still the one at `at`: the plan, the opportunity's stage and the history row. */
export function undoPlanMove(db: Db, input: { opportunityId: string; at: string }, now: string): PlanDetail {
  const { row } = requirePlan(db, input.opportunityId);
  const last: StageMove | undefined = row.moves.at(-1);
  if (!last || last.at !== input.at) throw conflict('plan.errors.staleMove');
  const plan = domainOf(row);
  const reverted = savePlan(db, row, { ...plan, stageIndex: last.from, moves: plan.moves.slice(0, -1) }, now);
  forgetStageChange(db, input.opportunityId, last.at);
  followPlan(db, input.opportunityId, plan.template, reverted.stageIndex, now);
  return getPlanDetail(db, input.opportunityId);
}

function setStageSettings(
  db: Db,
  opportunityId: string,
  stageKey: string,
  change: (current: PlanStageSettings[string]) => PlanStageSettings[string],
  now: string,
): StagePlanRecord {
  const { opportunity, row } = requirePlan(db, opportunityId);
  const plan = domainOf(row);
  requireStage(plan.template, stageKey);
  const current = row.stages[stageKey] ?? { plannedStart: null, plannedEnd: null, objectives: null };
  return toRecord(savePlan(db, row, plan, now, { ...row.stages, [stageKey]: change(current) }), opportunity.accountId);
}

export function setPlanDates(db: Db, input: { opportunityId: string; stageKey: string; plannedStart: string | null; plannedEnd: string | null }, now: string): StagePlanRecord {
  const { plannedStart, plannedEnd } = input;
  if (plannedStart !== null && plannedEnd !== null && plannedEnd < plannedStart) throw fieldFailure('bad_input', 'plan.errors.endBeforeStart', 'plannedEnd');
  return setStageSettings(db, input.opportunityId, input.stageKey, (current) => ({ ...current, plannedStart, plannedEnd }), now);
}

export const setPlanObjectives = (db: Db, input: { opportunityId: string; stageKey: string; objectives: string[] | null }, now: string): StagePlanRecord =>
  setStageSettings(db, input.opportunityId, input.stageKey, (current) => ({ ...current, objectives: input.objectives }), now);

export const plansHandlers = ({ db, options }: ApiContext): Handlers<typeof plansChannels> => {
  const { now } = timeOf(options);
  return {
    'stageTemplates.list': () => listStageTemplates(db),
    'stageTemplates.versions': ({ key }) => stageTemplateVersionsOf(db, key),
    'stageTemplates.copy': (input) => copyStageTemplate(db, input, now()),
    'stageTemplates.update': ({ key, template }) => updateStageTemplate(db, key, template, now()),
    'stageTemplates.delete': ({ key }) => deleteStageTemplate(db, key, now()),
    'stageTemplates.restore': ({ key }) => restoreStageTemplate(db, key),
    'plans.get': ({ opportunityId }) => getPlanDetail(db, opportunityId),
    'plans.create': (input) => createPlan(db, input, now()),
    'plans.delete': ({ opportunityId }) => deletePlan(db, opportunityId, now()),
    'plans.restore': (input) => restorePlan(db, input, now()),
    'plans.setCriterion': (input) => setPlanCriterion(db, input, now()),
    'plans.advance': (input) => advancePlan(db, input, now()),
    'plans.moveBack': (input) => moveBackPlan(db, input, now()),
    'plans.undoMove': (input) => undoPlanMove(db, input, now()),
    'plans.setDates': (input) => setPlanDates(db, input, now()),
    'plans.setObjectives': (input) => setPlanObjectives(db, input, now()),
  };
};
