import { emptyAccountFields, emptyOpportunityFields, emptyPersonFields, emptyTaskFields } from '../shared/contract/index.js';
import { ATTITUDES, INFLUENCES, RELATIONSHIP_LEVELS, type BuyingRole } from '../shared/domain/people.js';
import { addDays, today } from '../shared/domain/plan/calendarDate.js';
import type { TempDb } from '../test/helpers/tempDb.js';

/** Accounts of a given shape for the anomaly and dashboard benchmarks, seeded through the real dispatch. */

export interface Shape {
  people: number;
  opportunities: number;
  tasks: number;
  activities: number;
}

export const FULL: Shape = { people: 2000, opportunities: 20, tasks: 500, activities: 2000 };
/** The dashboard's accounts: 200 of them in one database; smaller than FULL so the seeding stays minutes, not hours. */
export const DASHBOARD: Shape = { people: 100, opportunities: 3, tasks: 25, activities: 100 };

const ROLES: BuyingRole[][] = [['decision_maker'], ['economic_buyer'], ['coach'], ['influencer'], ['user'], ['technical_evaluator'], []];

/** One account of `shape` through the real dispatch: a reporting tree, links, opportunities on a plan with influences, tasks (some overdue), activities. */
export function seedAccount(t: TempDb, name: string, shape: Shape): string {
  const accountId = t.call('accounts.create', { fields: { ...emptyAccountFields, name } }).id;
  const ids: string[] = [];
  for (let i = 0; i < shape.people; i++) {
    const fields = {
      ...emptyPersonFields,
      name: `${name} person ${i}`,
      department: `Dept ${i % 12}`,
      reportsToId: i === 0 ? null : ids[Math.floor((i - 1) / 5)]!,
      roles: ROLES[i % ROLES.length]!,
      attitude: ATTITUDES[i % ATTITUDES.length]!,
      relationship: RELATIONSHIP_LEVELS[i % RELATIONSHIP_LEVELS.length]!,
      influence: INFLUENCES[i % INFLUENCES.length]!,
    };
    ids.push(t.call('people.create', { accountId, fields }).id);
  }
  for (let i = 1; i + 7 < shape.people; i += 8) {
    t.call('links.create', { accountId, sourceId: ids[i]!, targetId: ids[i + 7]!, fields: { kind: i % 16 === 1 ? 'ally' : 'influences', label: '', step: null, notes: '' } });
  }
  const day = today();
  const opportunities: string[] = [];
  for (let i = 0; i < shape.opportunities; i++) {
    const id = t.call('opportunities.create', { accountId, fields: { ...emptyOpportunityFields, name: `${name} deal ${i}`, amount: 1e6 * (i + 1) } }).id;
    opportunities.push(id);
    t.call('plans.create', { opportunityId: id, templateKey: i % 2 ? 'six_steps' : 'six_stages' });
    if (i % 3 === 0) t.call('plans.advance', { opportunityId: id, override: { reason: 'Bench' } });
    for (let k = 0; k < 5; k++) t.call('influences.create', { opportunityId: id, personId: ids[(i * 5 + k) % shape.people]!, fields: {} });
  }
  for (let i = 0; i < shape.tasks; i++) {
    const fields = { ...emptyTaskFields, title: `Task ${i}`, dueDate: addDays(day, (i % 40) - 20), personIds: [ids[i % shape.people]!], opportunityId: opportunities[i % opportunities.length] ?? null };
    t.call('tasks.create', { accountId, fields });
  }
  for (let i = 0; i < shape.activities; i++) {
    const fields = { kind: 'call' as const, date: addDays(day, -(i % 120)), personIds: [ids[(i * 7) % shape.people]!], opportunityId: opportunities[i % opportunities.length] ?? null, summary: `Call ${i}`, nextStep: '' };
    t.call('activities.create', { accountId, fields });
  }
  return accountId;
}

