import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { ActivityFields, ActivityRecord, NextStepTurned, activitiesChannels } from '../../shared/contract/index.js';
import { emptyTaskFields } from '../../shared/contract/index.js';
import { NAME_MAX } from '../../shared/domain/accounts.js';
import type { CalendarDate } from '../../shared/domain/plan/calendarDate.js';
import type { Db } from '../open.js';
import { activities, opportunities, people, tasks } from '../schema.js';
import { getLiveRow } from './accounts.js';
import { timeOf } from './clock.js';
import type { ApiContext, Handlers } from './context.js';
import { conflict, fieldFailure, notFound } from './failure.js';
import { assertPeopleOfAccount, livePeopleIdsOf } from './opportunities.js';
import { assertOwner, getLivePerson } from './people.js';
import { createTask, liveTask } from './tasks.js';

/**
 * The contact log. An activity belongs to its account: deleting an opportunity leaves the contact
 * on record, without the opportunity. People deleted since are hidden until restored.
 */

type ActivityRow = typeof activities.$inferSelect;

const toActivity = (row: ActivityRow, live: ReadonlySet<string>, extra: { opportunityLive: boolean; taskLive: boolean }): ActivityRecord => ({
  id: row.id,
  accountId: row.accountId,
  kind: row.kind,
  date: row.date,
  personIds: row.personIds.filter((id) => live.has(id)),
  opportunityId: extra.opportunityLive ? row.opportunityId : null,
  summary: row.summary,
  nextStep: row.nextStep,
  nextStepTaskId: extra.taskLive ? row.nextStepTaskId : null,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

function activitiesWhere(db: Db, accountId: string, where: SQL | undefined): ActivityRecord[] {
  const live = livePeopleIdsOf(db, accountId);
  return db
    .select({
      activity: activities,
      opportunityLive: sql<number>`${activities.opportunityId} is not null and exists (select 1 from ${opportunities} o where o.id = ${activities.opportunityId} and o.deleted_at is null)`,
      taskLive: sql<number>`${activities.nextStepTaskId} is not null and exists (select 1 from ${tasks} where ${tasks.id} = ${activities.nextStepTaskId} and ${liveTask})`,
    })
    .from(activities)
    .where(and(eq(activities.accountId, accountId), isNull(activities.deletedAt), where))
    .orderBy(desc(activities.date), desc(activities.createdAt), desc(sql`${activities}.rowid`))
    .all()
    .map((r) => toActivity(r.activity, live, { opportunityLive: Boolean(r.opportunityLive), taskLive: Boolean(r.taskLive) }));
}

export const listActivitiesOfAccount = (db: Db, accountId: string): ActivityRecord[] => {
  getLiveRow(db, accountId);
  return activitiesWhere(db, accountId, undefined);
};

export function listActivitiesOfPerson(db: Db, personId: string): ActivityRecord[] {
  const person = getLivePerson(db, personId);
  return activitiesWhere(db, person.accountId, sql`exists (select 1 from json_each(${activities.personIds}) where value = ${personId})`);
}

const oneActivity = (db: Db, row: ActivityRow): ActivityRecord => activitiesWhere(db, row.accountId, eq(activities.id, row.id))[0]!;

function assertActivity(db: Db, accountId: string, fields: ActivityFields, prefix: string): ActivityFields {
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
  return { ...fields, personIds };
}

export function createActivity(db: Db, input: { accountId: string; fields: ActivityFields }, now: string): ActivityRecord {
  getLiveRow(db, input.accountId);
  const fields = assertActivity(db, input.accountId, input.fields, 'fields.');
  const row = db
    .insert(activities)
    .values({ id: randomUUID(), accountId: input.accountId, ...fields, createdAt: now, updatedAt: now })
    .returning()
    .get();
  return oneActivity(db, row);
}

function getLiveActivity(db: Db, id: string): ActivityRow {
  const row = db.select().from(activities).where(and(eq(activities.id, id), isNull(activities.deletedAt))).get();
  if (!row) throw notFound('plan.errors.activityNotFound', { id });
  getLiveRow(db, row.accountId);
  return row;
}

export function updateActivity(db: Db, id: string, patch: Partial<ActivityFields>, now: string): ActivityRecord {
  const current = oneActivity(db, getLiveActivity(db, id));
  const { kind, date, personIds, opportunityId, summary, nextStep } = current;
  const merged = assertActivity(db, current.accountId, { kind, date, personIds, opportunityId, summary, nextStep, ...patch }, 'patch.');
  const row = db
    .update(activities)
    .set({ ...merged, updatedAt: now })
    .where(eq(activities.id, id))
    .returning()
    .get();
  return oneActivity(db, row);
}

export function deleteActivity(db: Db, id: string, now: string): { id: string } {
  getLiveActivity(db, id);
  db.update(activities).set({ deletedAt: now }).where(eq(activities.id, id)).run();
  return { id };
}

export function restoreActivity(db: Db, id: string): ActivityRecord {
  const row = db.select().from(activities).where(and(eq(activities.id, id), isNotNull(activities.deletedAt))).get();
  if (!row) throw notFound('plan.errors.activityNotFound', { id });
  getLiveRow(db, row.accountId);
  return oneActivity(db, db.update(activities).set({ deletedAt: null }).where(eq(activities.id, id)).returning().get());
}

/** A task from the next step: its first line as the title (the whole step in the notes when cut), the activity's people and opportunity. */
export function nextStepToTask(
  db: Db,
  input: { activityId: string; ownerId?: string | null | undefined; dueDate?: string | null | undefined },
  now: string,
): NextStepTurned {
  const activity = oneActivity(db, getLiveActivity(db, input.activityId));
  const step = activity.nextStep.trim();
  if (step === '') throw conflict('plan.errors.noNextStep');
  if (activity.nextStepTaskId !== null) throw conflict('plan.errors.nextStepTurned');
  assertOwner(db, 'ownerId', input.ownerId ?? null);
  const firstLine = step.split(/\r?\n/, 1)[0]!.trim();
  const title = firstLine.length > NAME_MAX ? `${firstLine.slice(0, NAME_MAX - 1)}…` : firstLine;
  const task = createTask(
    db,
    {
      accountId: activity.accountId,
      fields: {
        ...emptyTaskFields,
        title,
        ownerId: input.ownerId ?? null,
        dueDate: input.dueDate ?? null,
        personIds: activity.personIds,
        opportunityId: activity.opportunityId,
        notes: title === step ? '' : step,
      },
    },
    now,
  );
  const row = db.update(activities).set({ nextStepTaskId: task.id, updatedAt: now }).where(eq(activities.id, activity.id)).returning().get();
  return { task, activity: oneActivity(db, row) };
}

/** Each live person's last contact on or before `today`, in one grouped query over the account's activities. */
export function lastContactOf(db: Db, accountId: string, today: CalendarDate): Record<string, CalendarDate> {
  const rows = db.all<{ personId: string; last: string }>(sql`
    select p.id as personId, max(a.date) as last
    from ${activities} a, json_each(a.person_ids) je
    join ${people} p on p.id = je.value and p.deleted_at is null and p.account_id = a.account_id
    where a.account_id = ${accountId} and a.deleted_at is null and a.date <= ${today}
    group by p.id`);
  return Object.fromEntries(rows.map((r) => [r.personId, r.last]));
}

export const activitiesHandlers = ({ db, options }: ApiContext): Handlers<typeof activitiesChannels> => {
  const { now } = timeOf(options);
  return {
    'activities.create': (input) => createActivity(db, input, now()),
    'activities.update': ({ id, patch }) => updateActivity(db, id, patch, now()),
    'activities.delete': ({ id }) => deleteActivity(db, id, now()),
    'activities.restore': ({ id }) => restoreActivity(db, id),
    'activities.listForAccount': ({ accountId }) => listActivitiesOfAccount(db, accountId),
    'activities.listForPerson': ({ personId }) => listActivitiesOfPerson(db, personId),
    'activities.nextStepToTask': (input) => nextStepToTask(db, input, now()),
  };
};
