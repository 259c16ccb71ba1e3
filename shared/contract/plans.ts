import { z } from 'zod';
import { LIST_MAX } from '../domain/opportunities.js';
import { isValidCalendarDate, type CalendarDate } from '../domain/plan/calendarDate.js';
import type { GateCheck } from '../domain/plan/gates.js';
import type { StageChecklist, StageMove } from '../domain/plan/stagePlan.js';
import type { StageTemplate } from '../domain/plan/stageTemplate.js';
import { mutation, query } from './channel.js';
import { empty, id, longText } from './common.js';
import type { Opportunity } from './opportunities.js';
import { localTextInput } from './scorecards.js';
import type { Task } from './tasks.js';

/**
 * Stage templates (the built-in processes and the user's versioned copies) and the stage plan of an
 * opportunity: where it stands, its key-node checklists, planned and actual dates, and its moves.
 * Moves go through the gates of shared/domain/plan/gates.ts; the opportunity's `stage` follows the
 * plan's current stage in the same transaction.
 */

/** A local calendar date 'YYYY-MM-DD' that exists (isValidCalendarDate). */
export const planDate = z.string({ error: 'plan.errors.date' }).refine(isValidCalendarDate, { error: 'plan.errors.date' });

export const STAGE_TEMPLATE_KEY_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;
const templateKey = z.string({ error: 'errors.required' }).max(64, { error: 'errors.tooLong' }).regex(STAGE_TEMPLATE_KEY_PATTERN, { error: 'plan.errors.badKey' });
const itemKey = z.string({ error: 'errors.required' }).trim().max(64, { error: 'errors.tooLong' });
const templateItem = z.strictObject({ key: itemKey, label: localTextInput });
const stageInput = z.strictObject({
  key: itemKey,
  name: localTextInput,
  keyNode: localTextInput,
  startMarker: localTextInput.optional(),
  endMarker: localTextInput.optional(),
  exitCriteria: z.array(templateItem).max(LIST_MAX, { error: 'errors.tooLong' }),
  objectives: z.array(localTextInput).max(LIST_MAX, { error: 'errors.tooLong' }),
  tasks: z.array(templateItem).max(LIST_MAX, { error: 'errors.tooLong' }),
});
export const STAGES_MAX = 30;

/** A template as the user edits it; the backend keeps its key and gives it the next version. */
export const stageTemplateInput = z.strictObject({
  name: localTextInput,
  stages: z.array(stageInput).max(STAGES_MAX, { error: 'errors.tooLong' }),
});
export type StageTemplateInput = z.infer<typeof stageTemplateInput>;

/** One version of a stage template, built-in or the user's. */
export interface StageTemplateEntry {
  template: StageTemplate;
  builtIn: boolean;
  /** When this version was saved (null for built-ins). */
  createdAt: string | null;
}

// ---------------------------------------------------------------- the plan

export const STAGE_STATUSES = ['done', 'current', 'upcoming'] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

/** One stage of a plan as the plan tab shows it. */
export interface PlanStage {
  key: string;
  index: number;
  status: StageStatus;
  plannedStart: CalendarDate | null;
  plannedEnd: CalendarDate | null;
  /** The plan's own objectives for the stage; null: the template's. */
  objectives: string[] | null;
  /** UTC ISO: the last time the plan entered / left this stage (the start of the plan for the stage it started at). */
  enteredAt: string | null;
  leftAt: string | null;
}

export interface StagePlanRecord {
  id: string;
  opportunityId: string;
  accountId: string;
  /** The template snapshot the plan runs on (later edits of the template do not reach it). */
  template: StageTemplate;
  /** The built-in process it runs on (the template's key, or for a copy the key it came from). */
  processKey: string;
  stageIndex: number;
  stageKey: string;
  /** UTC ISO: when the plan entered its current stage. */
  stageEnteredAt: string;
  checklist: StageChecklist;
  /** Oldest first, overrides with their reasons and skipped criteria. */
  moves: StageMove[];
  stages: PlanStage[];
  /** canAdvance of the current stage. */
  gate: GateCheck;
  createdAt: string;
  updatedAt: string;
}

/** The plan tab of an opportunity in one call: null plan until one is made. */
export interface PlanDetail {
  opportunity: Opportunity;
  plan: StagePlanRecord | null;
  /** The opportunity's live tasks (the plan's and any other), open first. */
  tasks: Task[];
}

export interface PlanMoved {
  plan: StagePlanRecord;
  opportunity: Opportunity;
  move: StageMove;
}

/** What `plans.restore` needs to undo `plans.delete`. */
export interface PlanDeleted {
  opportunityId: string;
  planId: string;
  /** The plan's stage tasks, deleted with it. */
  taskIds: string[];
}

// ---------------------------------------------------------------- inputs

export const stageTemplateByKey = z.strictObject({ key: templateKey });
export const stageTemplatesCopy = z.strictObject({
  key: templateKey,
  /** The version to copy (the latest when not given). */
  version: z.number().int().min(1).optional(),
  /** The copy's name (the original's, marked as a copy, when not given). */
  name: localTextInput.optional(),
});
export const stageTemplatesUpdate = z.strictObject({ key: templateKey, template: stageTemplateInput });

const opportunityRef = { opportunityId: id };
const stageKey = itemKey.min(1, { error: 'errors.required' });
export const plansGet = z.strictObject(opportunityRef);
export const plansCreate = z.strictObject({
  ...opportunityRef,
  templateKey,
  templateVersion: z.number().int().min(1).optional(),
  /** The stage to start at (by default the one matching the opportunity's current stage). */
  stageKey: stageKey.optional(),
});
export const plansSetCriterion = z.strictObject({ ...opportunityRef, stageKey, criterionKey: stageKey, done: z.boolean() });
const reason = z.string({ error: 'errors.text' }).max(2000, { error: 'errors.tooLong' });
export const plansAdvance = z.strictObject({
  ...opportunityRef,
  /** Passing the key node with exit criteria open: the reason is required and recorded. */
  override: z.strictObject({ reason }).optional(),
});
export const plansMoveBack = z.strictObject({ ...opportunityRef, reason: reason.optional() });
/** Undoes the plan's last move, named by its time (a stale undo is refused). */
export const plansUndoMove = z.strictObject({ ...opportunityRef, at: z.string().max(64) });
export const plansSetDates = z.strictObject({ ...opportunityRef, stageKey, plannedStart: planDate.nullable(), plannedEnd: planDate.nullable() });
export const plansSetObjectives = z.strictObject({
  ...opportunityRef,
  stageKey,
  /** null: back to the template's objectives. */
  objectives: z.array(longText).max(LIST_MAX, { error: 'errors.tooLong' }).nullable(),
});
export const plansRestore = z.strictObject({ planId: id, taskIds: z.array(id).max(10_000) });

export const plansChannels = {
  /** Built-in templates, then the user's live templates, latest versions. */
  'stageTemplates.list': query<StageTemplateEntry[]>()(empty, ['stageTemplates']),
  /** Every version of one template, newest first (a built-in has one). */
  'stageTemplates.versions': query<StageTemplateEntry[]>()(stageTemplateByKey, ['stageTemplates']),
  /** A new user template (version 1) copied from a built-in or a user template. */
  'stageTemplates.copy': mutation<StageTemplateEntry>()(stageTemplatesCopy, ['stageTemplates']),
  /** Saves an edit of a user template as its next version (validateStageTemplate; unchanged: no new version). */
  'stageTemplates.update': mutation<StageTemplateEntry>()(stageTemplatesUpdate, ['stageTemplates']),
  /** Soft delete of a user template (built-ins cannot be deleted); running plans keep their snapshots. */
  'stageTemplates.delete': mutation<{ key: string }>()(stageTemplateByKey, ['stageTemplates']),
  'stageTemplates.restore': mutation<StageTemplateEntry>()(stageTemplateByKey, ['stageTemplates']),

  'plans.get': query<PlanDetail>()(plansGet, ['plans', 'tasks', 'opportunities', 'people', 'team']),
  /** A plan from a template snapshot, with the template's default tasks of every stage (no owner, no due date yet). */
  'plans.create': mutation<PlanDetail>()(plansCreate, ['plans', 'tasks', 'opportunities']),
  /** Soft delete with its stage tasks; the opportunity keeps its stage. `plans.restore` undoes it. */
  'plans.delete': mutation<PlanDeleted>()(plansGet, ['plans', 'tasks', 'opportunities']),
  'plans.restore': mutation<PlanDetail>()(plansRestore, ['plans', 'tasks', 'opportunities']),
  'plans.setCriterion': mutation<StagePlanRecord>()(plansSetCriterion, ['plans']),
  /** Through the key node: refused while exit criteria are open, unless overridden with a reason. */
  'plans.advance': mutation<PlanMoved>()(plansAdvance, ['plans', 'opportunities', 'history']),
  'plans.moveBack': mutation<PlanMoved>()(plansMoveBack, ['plans', 'opportunities', 'history']),
  /** The undo of advance / moveBack: removes that move from the plan and its history. */
  'plans.undoMove': mutation<PlanDetail>()(plansUndoMove, ['plans', 'opportunities', 'history']),
  'plans.setDates': mutation<StagePlanRecord>()(plansSetDates, ['plans']),
  'plans.setObjectives': mutation<StagePlanRecord>()(plansSetObjectives, ['plans']),
};
