import { z } from 'zod';
import { NAME_MAX, RELATIONSHIP_PHASES, type RelationshipPhase } from '../domain/accounts.js';
import { LIST_MAX } from '../domain/opportunities.js';
import type { CalendarDate, CalendarWeek } from '../domain/plan/calendarDate.js';
import type { RelationshipPlanTemplate, TemplateItem } from '../domain/plan/stageTemplate.js';
import { TASK_STATUSES } from '../domain/plan/tasks.js';
import type { Account } from './accounts.js';
import { mutation, query } from './channel.js';
import { id, longText } from './common.js';
import { planDate } from './plans.js';

/**
 * Tasks of an account: of an opportunity's stage plan (`stageKey`), of the account's relationship
 * plan (`phase`), or neither. People are live people of the account, the opportunity one of its
 * own, the owner one of our team members. Dates are local calendar dates; a due date before the
 * start is refused.
 */

const title = z.string({ error: 'errors.required' }).trim().min(1, { error: 'errors.required' }).max(NAME_MAX, { error: 'errors.tooLong' });

export const taskFields = z.strictObject({
  title,
  status: z.enum(TASK_STATUSES, { error: 'errors.choose' }),
  /** Our team member who owns it. */
  ownerId: id.nullable(),
  startDate: planDate.nullable(),
  dueDate: planDate.nullable(),
  /** The client's people it is about. */
  personIds: z.array(id).max(LIST_MAX, { error: 'errors.tooLong' }),
  opportunityId: id.nullable(),
  /** The stage of the opportunity's plan it belongs to (needs `opportunityId` with a plan). */
  stageKey: z.string({ error: 'errors.text' }).trim().min(1, { error: 'errors.required' }).max(64, { error: 'errors.tooLong' }).nullable(),
  /** The relationship phase it belongs to (建立 / 稳定 / 加强关系); not with `stageKey`. */
  phase: z.enum(RELATIONSHIP_PHASES, { error: 'errors.choose' }).nullable(),
  notes: longText,
});
export type TaskFields = z.infer<typeof taskFields>;

export const emptyTaskFields: TaskFields = {
  title: '',
  status: 'open',
  ownerId: null,
  startDate: null,
  dueDate: null,
  personIds: [],
  opportunityId: null,
  stageKey: null,
  phase: null,
  notes: '',
};

export interface Task extends TaskFields {
  id: string;
  accountId: string;
  /** The template task it came from (a plan's stage task or a relationship phase task); null if added by hand. */
  templateTaskKey: string | null;
  /** UTC ISO: when it was last marked done (null unless done). */
  completedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A task in a list across accounts, with the names it is shown with. */
export interface TaskInContext extends Task {
  accountName: string;
  opportunityName: string | null;
  ownerName: string | null;
}

/** "My week": Monday to Sunday around today on this machine's clock. */
export interface MyWeek {
  today: CalendarDate;
  week: CalendarWeek;
  /** Open, due before today; oldest first. */
  overdue: TaskInContext[];
  /** Open, due today or later this week. */
  dueThisWeek: TaskInContext[];
  /** Marked done this week. */
  doneThisWeek: TaskInContext[];
}

/** The account's relationship plan: its phase with that phase's objectives and default tasks. */
export interface RelationshipPlan {
  account: Account;
  phase: RelationshipPhase;
  template: RelationshipPlanTemplate;
  /** The account's live tasks of any phase, open first. */
  tasks: Task[];
  /** Default tasks of the current phase not added yet (a deleted one counts as added). */
  offered: TemplateItem[];
}

export const tasksCreate = z.strictObject({
  accountId: id,
  fields: taskFields,
  /** The template task it is made from (of its stage, or of its phase). */
  templateTaskKey: z.string().trim().min(1).max(64).optional(),
});
export const tasksUpdate = z.strictObject({ id, patch: taskFields.partial() });
export const taskById = z.strictObject({ id });
export const tasksListForAccount = z.strictObject({ accountId: id });
export const tasksMyWeek = z.strictObject({
  /** Only this team member's tasks (all tasks when not given). */
  ownerId: id.optional(),
});
export const relationshipGet = z.strictObject({ accountId: id });
export const relationshipSetPhase = z.strictObject({ accountId: id, phase: z.enum(RELATIONSHIP_PHASES, { error: 'errors.choose' }) });

export const tasksChannels = {
  'tasks.create': mutation<Task>()(tasksCreate, ['tasks']),
  'tasks.update': mutation<Task>()(tasksUpdate, ['tasks']),
  'tasks.delete': mutation<{ id: string }>()(taskById, ['tasks']),
  'tasks.restore': mutation<Task>()(taskById, ['tasks']),
  /** The account's live tasks, open first (by due date, undated last), then done and cancelled. */
  'tasks.listForAccount': query<Task[]>()(tasksListForAccount, ['tasks', 'people', 'team', 'opportunities']),
  /** Across live, unarchived accounts; "today" is the backend's (the same machine's) local date. */
  'tasks.myWeek': query<MyWeek>()(tasksMyWeek, ['tasks', 'accounts', 'people', 'team', 'opportunities']),
};

export const relationshipChannels = {
  'relationship.get': query<RelationshipPlan>()(relationshipGet, ['accounts', 'tasks', 'people', 'team']),
  /** Moves the account to another relationship phase (it may go back); undo sets the previous one. */
  'relationship.setPhase': mutation<Account>()(relationshipSetPhase, ['accounts']),
};
