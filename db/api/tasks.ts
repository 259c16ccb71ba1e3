import { randomUUID } from 'node:crypto';
import { and, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { MyWeek, Task, TaskFields, TaskInContext, tasksChannels } from '../../shared/contract/index.js';
import { addDays, weekOf, type CalendarDate } from '../../shared/domain/plan/calendarDate.js';
import type { Db } from '../open.js';
import { accounts, opportunities, stagePlans, tasks, teamMembers } from '../schema.js';
import { getLiveRow } from './accounts.js';
import { timeOf } from './clock.js';
import type { ApiContext, Handlers } from './context.js';
import { fieldFailure, notFound } from './failure.js';
import { assertPeopleOfAccount, getLiveOpportunity, livePeopleIdsOf } from './opportunities.js';
import { assertOwner } from './people.js';
import { parseTemplate } from './stageTemplates.js';
import { RELATIONSHIP_PLAN_TEMPLATES } from '../../shared/templates/stages.js';

export type TaskRow = typeof tasks.$inferSelect;

/** `live`: the ids of the account's live people; a deleted person drops out of the task until restored. */
export const toTask = (row: TaskRow, live: ReadonlySet<string>): Task => ({
  id: row.id,
  accountId: row.accountId,
  title: row.title,
  status: row.status,
  ownerId: row.ownerId,
  startDate: row.startDate,
  dueDate: row.dueDate,
  personIds: row.personIds.filter((id) => live.has(id)),
  opportunityId: row.opportunityId,
  stageKey: row.stageKey,
  phase: row.phase,
  notes: row.notes,
  templateTaskKey: row.templateTaskKey,
  completedAt: row.completedAt,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** A live task is not deleted, and neither is its opportunity (a deleted opportunity's work is hidden with it). */
export const liveTask: SQL = and(
  isNull(tasks.deletedAt),
  or(isNull(tasks.opportunityId), sql`exists (select 1 from ${opportunities} o where o.id = ${tasks.opportunityId} and o.deleted_at is null)`),
)!;

/** Open first, by due date (undated last), then done and cancelled, the latest first. */
const listOrder = [
  sql`case when ${tasks.status} = 'open' then 0 else 1 end`,
  sql`case when ${tasks.status} = 'open' then coalesce(${tasks.dueDate}, '9999-12-31') else '' end`,
  sql`coalesce(${tasks.completedAt}, ${tasks.updatedAt}) desc`,
  sql`${tasks}.rowid`,
];

export function tasksWhere(db: Db, accountId: string, where?: SQL): Task[] {
  const live = livePeopleIdsOf(db, accountId);
  return db
    .select()
    .from(tasks)
    .where(and(eq(tasks.accountId, accountId), liveTask, where))
    .orderBy(...listOrder)
    .all()
    .map((row) => toTask(row, live));
}

export const listTasksOfAccount = (db: Db, accountId: string): Task[] => {
  getLiveRow(db, accountId);
  return tasksWhere(db, accountId);
};

/** The template tasks of a plan stage or a relationship phase, or undefined when the task belongs to neither. */
function templateTasksOf(db: Db, fields: Pick<TaskFields, 'opportunityId' | 'stageKey' | 'phase'>): { key: string }[] | undefined {
  if (fields.phase !== null) return RELATIONSHIP_PLAN_TEMPLATES[fields.phase].tasks;
  if (fields.stageKey === null || fields.opportunityId === null) return undefined;
  const plan = db
    .select({ template: stagePlans.template })
    .from(stagePlans)
    .where(and(eq(stagePlans.opportunityId, fields.opportunityId), isNull(stagePlans.deletedAt)))
    .get();
  return plan ? parseTemplate(plan.template).stages.find((s) => s.key === fields.stageKey)?.tasks : undefined;
}

/**
 * The whole task as it would be saved, checked: owner, people and opportunity of this account, the
 * stage one of the opportunity's plan, a stage or a phase but not both, due not before start.
 */
function assertTask(db: Db, accountId: string, fields: TaskFields, prefix: string, templateTaskKey: string | null): TaskFields {
  assertOwner(db, `${prefix}ownerId`, fields.ownerId);
  const personIds = assertPeopleOfAccount(db, accountId, `${prefix}personIds`, fields.personIds);
  if (fields.opportunityId !== null) {
    const opportunity = db
      .select({ accountId: opportunities.accountId })
      .from(opportunities)
      .where(and(eq(opportunities.id, fields.opportunityId), isNull(opportunities.deletedAt)))
      .get();
    if (!opportunity) throw fieldFailure('not_found', 'opportunities.errors.notFound', `${prefix}opportunityId`, { id: fields.opportunityId });
    if (opportunity.accountId !== accountId) throw fieldFailure('bad_input', 'plan.errors.otherAccountOpportunity', `${prefix}opportunityId`);
  }
  if (fields.stageKey !== null && fields.phase !== null) throw fieldFailure('bad_input', 'plan.errors.stageAndPhase', `${prefix}phase`);
  if (fields.stageKey !== null) {
    const stageTasks = templateTasksOf(db, fields);
    if (stageTasks === undefined) throw fieldFailure('bad_input', 'plan.errors.stageWithoutPlan', `${prefix}stageKey`);
  }
  if (templateTaskKey !== null && !templateTasksOf(db, fields)?.some((t) => t.key === templateTaskKey)) {
    throw fieldFailure('bad_input', 'plan.errors.templateTaskNotFound', 'templateTaskKey', { key: templateTaskKey });
  }
  if (fields.startDate !== null && fields.dueDate !== null && fields.dueDate < fields.startDate) {
    throw fieldFailure('bad_input', 'plan.errors.dueBeforeStart', `${prefix}dueDate`);
  }
  return { ...fields, personIds };
}

/** Inserts an already-checked task. */
export function insertTask(db: Db, accountId: string, fields: TaskFields, templateTaskKey: string | null, now: string): TaskRow {
  return db
    .insert(tasks)
    .values({ id: randomUUID(), accountId, ...fields, templateTaskKey, completedAt: fields.status === 'done' ? now : null, createdAt: now, updatedAt: now })
    .returning()
    .get();
}

export function createTask(db: Db, input: { accountId: string; fields: TaskFields; templateTaskKey?: string | undefined }, now: string): Task {
  getLiveRow(db, input.accountId);
  const templateTaskKey = input.templateTaskKey ?? null;
  const fields = assertTask(db, input.accountId, input.fields, 'fields.', templateTaskKey);
  return toTask(insertTask(db, input.accountId, fields, templateTaskKey, now), new Set(fields.personIds));
}

function getLiveTask(db: Db, id: string): TaskRow {
  const row = db.select().from(tasks).where(and(eq(tasks.id, id), liveTask)).get();
  if (!row) throw notFound('plan.errors.taskNotFound', { id });
  getLiveRow(db, row.accountId);
  return row;
}

export function updateTask(db: Db, id: string, patch: Partial<TaskFields>, now: string): Task {
  const current = getLiveTask(db, id);
  const live = livePeopleIdsOf(db, current.accountId);
  const merged = assertTask(db, current.accountId, { ...taskFieldsOf(toTask(current, live)), ...patch }, 'patch.', null);
  const completedAt = merged.status !== 'done' ? null : current.status === 'done' ? current.completedAt : now;
  // People deleted since stay on the task (hidden), so restoring them brings them back here too.
  const hidden = current.personIds.filter((p) => !live.has(p) && !merged.personIds.includes(p));
  const row = db
    .update(tasks)
    .set({ ...merged, personIds: [...merged.personIds, ...hidden], completedAt, updatedAt: now })
    .where(eq(tasks.id, id))
    .returning()
    .get();
  return toTask(row, live);
}

const taskFieldsOf = (task: Task): TaskFields => ({
  title: task.title,
  status: task.status,
  ownerId: task.ownerId,
  startDate: task.startDate,
  dueDate: task.dueDate,
  personIds: task.personIds,
  opportunityId: task.opportunityId,
  stageKey: task.stageKey,
  phase: task.phase,
  notes: task.notes,
});

export function deleteTask(db: Db, id: string, now: string): { id: string } {
  getLiveTask(db, id);
  db.update(tasks).set({ deletedAt: now }).where(eq(tasks.id, id)).run();
  return { id };
}

export function restoreTask(db: Db, id: string): Task {
  const row = db.select().from(tasks).where(and(eq(tasks.id, id), isNotNull(tasks.deletedAt))).get();
  if (!row) throw notFound('plan.errors.taskNotFound', { id });
  getLiveRow(db, row.accountId);
  if (row.opportunityId !== null) getLiveOpportunity(db, row.opportunityId);
  const restored = db.update(tasks).set({ deletedAt: null }).where(eq(tasks.id, id)).returning().get();
  return toTask(restored, livePeopleIdsOf(db, row.accountId));
}

// ---------------------------------------------------------------- my week

/** The UTC instant of a local day's start, to compare with stored timestamps. */
export const startOfLocalDay = (day: CalendarDate): string => new Date(`${day}T00:00:00`).toISOString();

export function myWeek(db: Db, today: CalendarDate, ownerId: string | undefined): MyWeek {
  const week = weekOf(today);
  const rows = db
    .select({ task: tasks, accountName: accounts.name, opportunityName: opportunities.name, ownerName: teamMembers.name })
    .from(tasks)
    .innerJoin(accounts, eq(accounts.id, tasks.accountId))
    .leftJoin(opportunities, eq(opportunities.id, tasks.opportunityId))
    .leftJoin(teamMembers, eq(teamMembers.id, tasks.ownerId))
    .where(
      and(
        liveTask,
        isNull(accounts.deletedAt),
        isNull(accounts.archivedAt),
        ownerId === undefined ? undefined : eq(tasks.ownerId, ownerId),
        or(
          and(eq(tasks.status, 'open'), sql`${tasks.dueDate} <= ${week.end}`),
          and(eq(tasks.status, 'done'), sql`${tasks.completedAt} >= ${startOfLocalDay(week.start)}`),
        ),
      ),
    )
    .orderBy(...listOrder)
    .all();
  const liveByAccount = new Map<string, Set<string>>();
  const live = (accountId: string) => {
    let set = liveByAccount.get(accountId);
    if (!set) liveByAccount.set(accountId, (set = livePeopleIdsOf(db, accountId)));
    return set;
  };
  const inContext = (r: (typeof rows)[number]): TaskInContext => ({
    ...toTask(r.task, live(r.task.accountId)),
    accountName: r.accountName,
    opportunityName: r.opportunityName,
    ownerName: r.ownerName,
  });
  const all = rows.map(inContext);
  const nextWeek = startOfLocalDay(addDays(week.end, 1));
  return {
    today,
    week,
    overdue: all.filter((t) => t.status === 'open' && t.dueDate !== null && t.dueDate < today),
    dueThisWeek: all.filter((t) => t.status === 'open' && t.dueDate !== null && t.dueDate >= today),
    doneThisWeek: all.filter((t) => t.status === 'done' && t.completedAt !== null && t.completedAt < nextWeek),
  };
}

export const tasksHandlers = ({ db, options }: ApiContext): Handlers<typeof tasksChannels> => {
  const time = timeOf(options);
  return {
    'tasks.create': (input) => createTask(db, input, time.now()),
    'tasks.update': ({ id, patch }) => updateTask(db, id, patch, time.now()),
    'tasks.delete': ({ id }) => deleteTask(db, id, time.now()),
    'tasks.restore': ({ id }) => restoreTask(db, id),
    'tasks.listForAccount': ({ accountId }) => listTasksOfAccount(db, accountId),
    'tasks.myWeek': ({ ownerId }) => myWeek(db, time.today(), ownerId),
  };
};
