import { emptyAccountFields, emptyOpportunityFields, emptyPersonFields, emptyTaskFields, type PersonFields, type TaskFields } from '../../shared/contract/index.js';
import type { Clock } from '../../shared/domain/plan/calendarDate.js';
import { openTempDb, type TempDb } from './tempDb.js';

/** Test data for stage plans, tasks, activities, anomalies and the dashboard, on a clock the test turns. */

export interface TestClock {
  clock: Clock;
  /** Local time, e.g. '2026-12-01T10:00:00'. */
  set(local: string): void;
  advanceDays(days: number): void;
}

export function testClock(local = '2026-12-01T10:00:00'): TestClock {
  let now = new Date(local);
  return {
    clock: () => new Date(now.getTime()),
    set: (next) => {
      now = new Date(next);
    },
    advanceDays: (days) => {
      now = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, now.getHours(), now.getMinutes());
    },
  };
}

export async function openPlanDb(local?: string): Promise<TempDb & { time: TestClock }> {
  const time = testClock(local);
  const t = await openTempDb({ clock: time.clock });
  return Object.assign(t, { time });
}

export const addAccount = (t: TempDb, name: string, fields: Partial<typeof emptyAccountFields> = {}) =>
  t.call('accounts.create', { fields: { ...emptyAccountFields, ...fields, name } });

export const addPerson = (t: TempDb, accountId: string, name: string, fields: Partial<PersonFields> = {}) =>
  t.call('people.create', { accountId, fields: { ...emptyPersonFields, ...fields, name } });

export const addDeal = (t: TempDb, accountId: string, name: string, fields: Partial<typeof emptyOpportunityFields> = {}) =>
  t.call('opportunities.create', { accountId, fields: { ...emptyOpportunityFields, ...fields, name } });

export const addTask = (t: TempDb, accountId: string, title: string, fields: Partial<TaskFields> = {}) =>
  t.call('tasks.create', { accountId, fields: { ...emptyTaskFields, ...fields, title } });

export const addActivity = (t: TempDb, accountId: string, date: string, personIds: string[], fields: { nextStep?: string; opportunityId?: string | null; summary?: string } = {}) =>
  t.call('activities.create', {
    accountId,
    fields: { kind: 'visit', date, personIds, opportunityId: fields.opportunityId ?? null, summary: fields.summary ?? 'Met', nextStep: fields.nextStep ?? '' },
  });
