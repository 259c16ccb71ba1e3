import { z } from 'zod';
import { LIST_MAX } from '../domain/opportunities.js';
import { ACTIVITY_KINDS } from '../domain/plan/activities.js';
import { mutation, query } from './channel.js';
import { id, longText } from './common.js';
import { planDate } from './plans.js';
import type { Task } from './tasks.js';

/**
 * The contact log (工作效率目标表): calls, visits, meetings with the client's people, what was said and
 * the next step agreed. The people are live people of the account, the opportunity one of its own.
 * A person's last contact is the latest activity naming them, on or before today.
 */

export const activityFields = z.strictObject({
  kind: z.enum(ACTIVITY_KINDS, { error: 'errors.choose' }),
  date: planDate,
  personIds: z.array(id).max(LIST_MAX, { error: 'errors.tooLong' }),
  opportunityId: id.nullable(),
  /** What was said. */
  summary: longText,
  /** The agreed next step. */
  nextStep: longText,
});
export type ActivityFields = z.infer<typeof activityFields>;

export interface ActivityRecord extends ActivityFields {
  id: string;
  accountId: string;
  /** The live task its next step was turned into, if any. */
  nextStepTaskId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface NextStepTurned {
  task: Task;
  activity: ActivityRecord;
}

export const activitiesCreate = z.strictObject({ accountId: id, fields: activityFields });
export const activitiesUpdate = z.strictObject({ id, patch: activityFields.partial() });
export const activityById = z.strictObject({ id });
export const activitiesListForAccount = z.strictObject({ accountId: id });
export const activitiesListForPerson = z.strictObject({ personId: id });
export const activitiesNextStepToTask = z.strictObject({
  activityId: id,
  ownerId: id.nullable().optional(),
  dueDate: planDate.nullable().optional(),
});

export const activitiesChannels = {
  'activities.create': mutation<ActivityRecord>()(activitiesCreate, ['activities']),
  'activities.update': mutation<ActivityRecord>()(activitiesUpdate, ['activities']),
  'activities.delete': mutation<{ id: string }>()(activityById, ['activities']),
  'activities.restore': mutation<ActivityRecord>()(activityById, ['activities']),
  /** Newest first. */
  'activities.listForAccount': query<ActivityRecord[]>()(activitiesListForAccount, ['activities', 'tasks', 'people', 'opportunities']),
  /** The activities naming this person, newest first. */
  'activities.listForPerson': query<ActivityRecord[]>()(activitiesListForPerson, ['activities', 'tasks', 'people', 'opportunities']),
  /** A task from the activity's next step (its people and opportunity); undone by `tasks.delete`. */
  'activities.nextStepToTask': mutation<NextStepTurned>()(activitiesNextStepToTask, ['activities', 'tasks']),
};
