import type { CalendarDate } from './calendarDate.js';

/** open: still to do; done and cancelled tasks count for nothing (not overdue, not a plan for anyone). */
export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** A task of a stage plan or an account relationship plan. */
export interface PlanTask {
  id: string;
  title: string;
  status: TaskStatus;
  /** Local calendar date; null: no due date (never overdue, not in a calendar export). */
  dueDate: CalendarDate | null;
  /** Our team member who owns it, or null. */
  ownerId: string | null;
  /** The client's people it is about: a task naming an opponent is the plan for them. */
  personIds: string[];
  /** null: an account-level task (relationship plan). */
  opportunityId: string | null;
  /** The stage of the opportunity's plan it belongs to; null for an account-level task. */
  stageKey: string | null;
  /** The template task it was created from (TemplateItem.key), so a plan does not offer it twice; null if added by hand. */
  templateTaskKey: string | null;
}

export const isOpenTask = (task: Pick<PlanTask, 'status'>): boolean => task.status === 'open';
