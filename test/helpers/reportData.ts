import {
  emptyAccountFields,
  emptyPersonFields,
  type Account,
  type AccountPlanData,
  type Link,
  type LinkFields,
  type Person,
  type PersonFields,
  type TeamMember,
  type VisitBriefData,
} from '../../shared/contract/index.js';

/** In-memory report data for tests of the document builders (no database). */

const STAMP = '2026-11-01T09:00:00.000Z';

export const account = (fields: Partial<Account> = {}): Account => ({
  ...emptyAccountFields,
  name: 'Acme Holdings',
  id: 'acc1',
  archivedAt: null,
  createdAt: STAMP,
  updatedAt: STAMP,
  ...fields,
});

export const person = (id: string, fields: Partial<PersonFields> = {}): Person => ({
  ...emptyPersonFields,
  name: `Person ${id}`,
  ...fields,
  id,
  accountId: 'acc1',
  x: null,
  y: null,
  createdAt: STAMP,
  updatedAt: STAMP,
});

export const link = (id: string, sourceId: string, targetId: string, fields: Partial<LinkFields> & Pick<LinkFields, 'kind'>): Link => ({
  label: '',
  step: null,
  notes: '',
  ...fields,
  id,
  accountId: 'acc1',
  sourceId,
  targetId,
  createdAt: STAMP,
  updatedAt: STAMP,
});

export const member = (id: string, name: string): TeamMember => ({ id, name, role: '', createdAt: STAMP });

/** A small account: a CEO (decision-maker) with a CFO, a CIO and two of the CIO's reports. */
export function planData(overrides: Partial<AccountPlanData> = {}): AccountPlanData {
  const team = [member('m1', 'Alice Owner')];
  const people = [
    person('ceo', { name: 'Chen CEO', title: 'Chief executive', roles: ['decision_maker'], influence: 'high', relationship: 'acquainted', targetRelationship: 'trusted', style: 'driver', ownerId: 'm1' }),
    person('cfo', { name: 'Fang CFO', reportsToId: 'ceo', roles: ['economic_buyer'], influence: 'high', relationship: 'trusted', targetRelationship: 'ally', attitude: 'supporter', pains: 'Cost pressure' }),
    person('cio', { name: 'Ivy CIO', reportsToId: 'ceo', roles: ['technical_evaluator'], relationship: 'meeting', style: 'analytical' }),
    person('arch', { name: 'Andy Architect', reportsToId: 'cio', roles: ['coach'], relationship: 'ally', attitude: 'champion' }),
    person('dev', { name: 'Dora Developer', reportsToId: 'cio', roles: ['user'], influence: 'low' }),
  ];
  const links = [
    link('l1', 'cfo', 'cio', { kind: 'pain_chain', label: 'Budget cut' }),
    link('l2', 'cio', 'ceo', { kind: 'decision_flow', step: 1 }),
    link('l3', 'arch', 'cio', { kind: 'influences' }),
  ];
  return { account: account(), people, links, team, lastExport: null, ...overrides };
}

export function briefData(personId: string, overrides: Partial<AccountPlanData> = {}): VisitBriefData {
  const plan = planData(overrides);
  return { account: plan.account, person: plan.people.find((p) => p.id === personId)!, people: plan.people, links: plan.links, team: plan.team };
}
