import type { StageTemplate } from './stageTemplate.js';

/** How a plan left a stage: past its key node, past it without every exit criterion (override), or back. */
export const MOVE_KINDS = ['advance', 'override', 'back'] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

/** One recorded move between stages; a plan's moves are its stage history, oldest first. */
export interface StageMove {
  /** Stage indexes in the plan's template snapshot. */
  from: number;
  to: number;
  /** The same stages by key, so the history reads right even if a later copy reorders stages. */
  fromKey: string;
  toKey: string;
  /** UTC ISO timestamp. */
  at: string;
  kind: MoveKind;
  /** Why: required (non-blank) for an override, optional for a move back, absent for an advance. */
  reason?: string;
  /** Override only: the exit criteria of the stage left that were not done. */
  skipped?: string[];
}

/** Exit-criteria state per stage key, then per criterion key; a criterion not listed is not done. */
export type StageChecklist = Record<string, Record<string, boolean>>;

/** A sales process under way: the template snapshot it runs on, where it stands and how it got there. */
export interface StagePlan {
  /** A copy taken when the plan started; later edits of the template do not reach it. */
  template: StageTemplate;
  /** Index of the current stage in `template.stages`. */
  stageIndex: number;
  checklist: StageChecklist;
  moves: StageMove[];
}

/** A new plan at the first stage, on its own copy of the template. */
export const startPlan = (template: StageTemplate): StagePlan => ({ template: structuredClone(template), stageIndex: 0, checklist: {}, moves: [] });

/** The plan with one exit criterion of a stage (the current one unless named) ticked or unticked. */
export function setCriterion(plan: StagePlan, criterionKey: string, done: boolean, stageKey = plan.template.stages[plan.stageIndex]?.key): StagePlan {
  if (stageKey === undefined) return plan;
  return { ...plan, checklist: { ...plan.checklist, [stageKey]: { ...plan.checklist[stageKey], [criterionKey]: done } } };
}
