import type Database from 'better-sqlite3';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHANNELS,
  contract,
  emptyAccountFields,
  emptyOpportunityFields,
  emptyPersonFields,
  emptyTaskFields,
  ERROR_CODES,
  type ChannelName,
  type Envelope,
} from '../../shared/contract/index.js';
import { DEFAULT_THRESHOLDS } from '../../shared/domain/anomalies/snapshot.js';
import type { ScorecardTemplate } from '../../shared/domain/scoring/types.js';
import { SIX_STAGES } from '../../shared/templates/stages.js';
import { englishText } from '../../shared/i18n/index.js';
import { BUILT_IN_TEMPLATES, DEFAULT_TEMPLATE_KEY } from '../../shared/templates/scorecards.js';
import { createDispatch, type Dispatch } from '../../db/index.js';
import { openTempDb, type TempDb } from '../helpers/tempDb.js';

/**
 * Whatever reaches dispatch (any channel in the contract, now or later), it answers with a
 * well-formed envelope, never throws, never an internal error, and a refused call changes nothing.
 */

// Bounded total so the test stays quick as the contract grows.
const RUNS_PER_CHANNEL = Math.max(60, Math.floor(4000 / CHANNELS.length));

// ---------------------------------------------------------------- malformed values

const HOSTILE_STRINGS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  "'; drop table accounts; --",
  '" or 1=1 --',
  '%',
  '_',
  '\\',
  '\u0000',
  '\uD800',
  '\u202Eevil',
  '𠜎𠜱',
  '{{name}}',
  '${process.exit(1)}',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '   ',
  '\n\t\r',
];
const HUGE_STRINGS = ['x'.repeat(1_000_000), '界'.repeat(200_000)];
const SPECIAL_NUMBERS = [NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 2, -1e308, 1e-320];

const pollutionPayloads = (): unknown[] => [
  JSON.parse('{"__proto__":{"polluted":"yes"}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  JSON.parse('{"fields":{"__proto__":{"name":"Injected","polluted":"yes"}}}'),
  Object.assign(Object.create(null) as object, { id: 'x', fields: Object.create(null) as object }),
];

function deeplyNested(depth: number, asArray: boolean): unknown {
  let node: unknown = 'bottom';
  for (let i = 0; i < depth; i++) node = asArray ? [node] : { fields: node, id: node };
  return node;
}

const malformed: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    stringUnit: 'binary',
  }),
  fc.constantFrom<unknown>(...HOSTILE_STRINGS, ...HUGE_STRINGS, ...SPECIAL_NUMBERS, undefined, null, true, false, 0, -1, '', [], {}),
  fc.constantFrom(...pollutionPayloads(), deeplyNested(2_000, false), deeplyNested(2_000, true)),
  fc.string({ unit: 'binary' }),
  fc.double(),
  fc.bigInt(),
);

// ---------------------------------------------------------------- inputs built from the zod schema

interface CheckDef {
  check?: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
}
interface ZodDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: z.ZodType[];
  in?: z.ZodType;
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
const checksOf = (def: ZodDef) => (def.checks ?? []).map((c) => c._zod.def);

/** A best-effort arbitrary of (mostly) valid values for a zod schema; ids come from `pool` so they exist. */
function fromSchema(schema: z.ZodType, pool: string[]): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const checks = checksOf(def);
  const bound = (name: string) => checks.find((c) => c.check === name);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const required = Object.keys(shape).filter((key) => defOf(shape[key]!).type !== 'optional');
      const model = Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, fromSchema(value, pool)]));
      return fc.record(model, { requiredKeys: required });
    }
    case 'optional':
    case 'default':
      return fc.option(fromSchema(def.innerType!, pool), { nil: undefined });
    case 'nullable':
      return fc.option(fromSchema(def.innerType!, pool), { nil: null });
    case 'pipe':
      return fromSchema(def.in!, pool);
    case 'string': {
      const minLength = bound('min_length')?.minimum ?? 0;
      const maxLength = bound('max_length')?.maximum ?? 10_000;
      const known = pool.filter((s) => s.length >= minLength && s.length <= maxLength);
      const text = fc.string({ minLength, maxLength: Math.min(maxLength, minLength + 40) });
      return known.length > 0 ? fc.oneof(fc.constantFrom(...known), text) : text;
    }
    case 'number': {
      const low = bound('greater_than');
      const high = bound('less_than');
      const integer = def.format?.includes('int') || checks.some((c) => c.check === 'number_format' && c.format?.includes('int'));
      const min = Math.max(low?.value ?? -1e9, -1e9);
      const max = Math.min(high?.value ?? 1e9, 1e9);
      if (integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
      return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = bound('min_length')?.minimum ?? 0;
      const maxLength = Math.min(bound('max_length')?.maximum ?? 5, minLength + 4);
      return fc.array(fromSchema(def.element!, pool), { minLength, maxLength });
    }
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => fromSchema(option, pool)));
    default:
      return fc.anything();
  }
}

/** Every path to a value inside a JSON-like structure (the root is []). */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(value.flatMap((item, i) => pathsOf(item, [...prefix, i])));
  if (typeof value === 'object' && value !== null) {
    return here.concat(Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key])));
  }
  return here;
}

type Mutation = 'replace' | 'remove' | 'extra';

/** A valid input with one spot broken: a value replaced by garbage, a key removed, or an unknown key added. */
function mutate(valid: unknown, pick: number, bad: unknown, how: Mutation, extraKey: string): unknown {
  const copy: unknown = structuredClone(valid);
  const paths = pathsOf(copy);
  const path = paths[pick % paths.length]!;
  if (path.length === 0) {
    if (how === 'extra' && typeof copy === 'object' && copy !== null) {
      Object.defineProperty(copy, extraKey, { value: bad, enumerable: true, configurable: true, writable: true });
      return copy;
    }
    return bad;
  }
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (how === 'remove') delete parent[last];
  else if (how === 'extra' && typeof parent[last] === 'object' && parent[last] !== null) {
    Object.defineProperty(parent[last], extraKey, { value: bad, enumerable: true, configurable: true, writable: true });
  } else parent[last] = bad;
  return copy;
}

// ---------------------------------------------------------------- hand-made valid inputs

interface Seeded {
  active: string;
  archived: string;
  deleted: string;
  /** An open opportunity of the active account. */
  opportunity: string;
  /** A user scorecard template (a copy of the default one). */
  template: string;
  /** A deleted user scorecard template. */
  deletedTemplate: string;
  /** A live person of the active account. */
  person: string;
  /** An open opportunity of the active account with a six-stage plan moved once (by override) to its second stage. */
  planned: string;
  lastMoveAt: string;
  deletedPlan: { planId: string; taskIds: string[] };
  stageTemplate: string;
  deletedStageTemplate: string;
  task: string;
  deletedTask: string;
  /** An activity with a next step. */
  activity: string;
  deletedActivity: string;
}
const fields = (name: string) => ({ ...emptyAccountFields, name });

/** Known-good inputs per channel, so the accepted path is exercised even where random data rarely gets through. */
const VALID: Partial<Record<ChannelName, (ids: Seeded) => unknown[]>> = {
  'accounts.list': () => [{}, { search: 'Seed', tiers: ['A', 'B'], phases: ['establish'], status: 'all', sort: 'potential', direction: 'desc' }],
  'accounts.get': (ids) => [{ id: ids.active }, { id: ids.archived }],
  'accounts.create': () => [{ fields: fields('<img src=x onerror=alert(1)>') }, { fields: { ...fields('Valid Co'), tier: 'A', annualPotential: 1e6 } }],
  'accounts.update': (ids) => [{ id: ids.active, fields: { ...fields('Seed active'), region: 'Shenzhen' } }],
  'accounts.archive': (ids) => [{ id: ids.archived, archived: false }, { id: ids.active, archived: true }],
  'accounts.delete': (ids) => [{ id: ids.archived }],
  'accounts.restore': (ids) => [{ id: ids.deleted }],
  'sample.load': () => [{ language: 'zh-CN' }],
  'settings.get': () => [{}],
  'settings.set': () => [{ language: 'en' }, { language: 'zh-CN' }],
  'app.info': () => [{}],
  'opportunities.create': (ids) => [{ accountId: ids.active, fields: { ...emptyOpportunityFields, name: 'Core banking', amount: 1.2e8, closeDate: '2028-02-29' } }],
  'opportunities.listOpen': () => [{ sort: 'score', direction: 'desc' }],
  'scorecards.copyTemplate': () => [{ key: DEFAULT_TEMPLATE_KEY }],
  'scorecards.versions': (ids) => [{ key: ids.template }, { key: DEFAULT_TEMPLATE_KEY }],
  'scorecards.restoreTemplate': (ids) => [{ key: ids.deletedTemplate }],
  'scorecards.deleteTemplate': (ids) => [{ key: ids.template }],
  'scorecards.updateTemplate': (ids) => [{ key: ids.template, template: { ...editable(BUILT_IN_TEMPLATES[DEFAULT_TEMPLATE_KEY]), thresholds: { pursue: 80, qualify: 50 } } }],
  'stageTemplates.versions': (ids) => [{ key: 'six_stages' }, { key: ids.stageTemplate }],
  'stageTemplates.copy': () => [{ key: 'six_steps' }, { key: 'six_stages', version: 1, name: { 'zh-CN': '我的流程', en: 'My process' } }],
  'stageTemplates.update': (ids) => [{ key: ids.stageTemplate, template: { name: { 'zh-CN': '我的流程', en: 'My process' }, stages: SIX_STAGES.stages } }],
  'stageTemplates.delete': (ids) => [{ key: ids.stageTemplate }],
  'stageTemplates.restore': (ids) => [{ key: ids.deletedStageTemplate }],
  'plans.get': (ids) => [{ opportunityId: ids.planned }, { opportunityId: ids.opportunity }],
  'plans.create': (ids) => [{ opportunityId: ids.opportunity, templateKey: 'six_steps' }],
  'plans.delete': (ids) => [{ opportunityId: ids.planned }],
  'plans.restore': (ids) => [ids.deletedPlan],
  'plans.setCriterion': (ids) => [{ opportunityId: ids.planned, stageKey: 'initiation', criterionKey: 'team_formed', done: true }],
  'plans.advance': (ids) => [{ opportunityId: ids.planned, override: { reason: 'The client asked for the proposal now' } }],
  'plans.moveBack': (ids) => [{ opportunityId: ids.planned, reason: 'Approval withdrawn' }],
  'plans.undoMove': (ids) => [{ opportunityId: ids.planned, at: ids.lastMoveAt }],
  'plans.setDates': (ids) => [{ opportunityId: ids.planned, stageKey: 'initiation', plannedStart: '2026-03-01', plannedEnd: '2026-04-30' }],
  'plans.setObjectives': (ids) => [
    { opportunityId: ids.planned, stageKey: 'initiation', objectives: ['Get the project approved'] },
    { opportunityId: ids.planned, stageKey: 'initiation', objectives: null },
  ],
  'tasks.create': (ids) => [
    { accountId: ids.active, fields: { ...emptyTaskFields, title: 'Call the CIO', startDate: '2026-04-01', dueDate: '2026-05-01', personIds: [ids.person] } },
    { accountId: ids.active, fields: { ...emptyTaskFields, title: 'First visits', phase: 'establish' }, templateTaskKey: 'first_visits' },
  ],
  'tasks.update': (ids) => [{ id: ids.task, patch: { status: 'done' } }],
  'tasks.delete': (ids) => [{ id: ids.task }],
  'tasks.restore': (ids) => [{ id: ids.deletedTask }],
  'tasks.listForAccount': (ids) => [{ accountId: ids.active }],
  'tasks.myWeek': () => [{}],
  'relationship.get': (ids) => [{ accountId: ids.active }],
  'relationship.setPhase': (ids) => [{ accountId: ids.active, phase: 'stabilize' }],
  'activities.create': (ids) => [{ accountId: ids.active, fields: { kind: 'call', date: '2026-03-03', personIds: [ids.person], opportunityId: null, summary: 'Talked', nextStep: '' } }],
  'activities.update': (ids) => [{ id: ids.activity, patch: { summary: 'Talked about the budget' } }],
  'activities.delete': (ids) => [{ id: ids.activity }],
  'activities.restore': (ids) => [{ id: ids.deletedActivity }],
  'activities.listForAccount': (ids) => [{ accountId: ids.active }],
  'activities.listForPerson': (ids) => [{ personId: ids.person }],
  'activities.nextStepToTask': (ids) => [{ activityId: ids.activity, dueDate: '2026-03-10' }],
  'anomalies.forAccount': (ids) => [{ accountId: ids.active }],
  'anomalies.dismiss': (ids) => [{ accountId: ids.active, ruleId: 'no_coach', subjectKey: ids.opportunity, reason: 'The coach is in another account' }],
  'anomalies.restore': (ids) => [{ accountId: ids.active, ruleId: 'no_coach', subjectKey: ids.planned }],
  'anomalyThresholds.set': () => [{ thresholds: { ...DEFAULT_THRESHOLDS, stalledDays: 30 } }],
  'paths.toPerson': (ids) => [{ personId: ids.person }],
  'history.forPerson': (ids) => [{ personId: ids.person }],
  'history.forAccount': (ids) => [{ accountId: ids.active }, { accountId: ids.active, since: '2026-01-01T00:00:00+08:00' }],
  'dashboard.get': () => [{}],
  'assessments.create': (ids) => [
    { opportunityId: ids.opportunity, templateKey: DEFAULT_TEMPLATE_KEY, scores: { need: { value: 3, evidence: 'Said so', personIds: [] }, budget: { value: null, evidence: '', personIds: [] } }, author: 'Me', authorId: null },
    { opportunityId: ids.opportunity, templateKey: ids.template, templateVersion: 1, scores: {}, author: '', authorId: null, assessedAt: '2026-03-01T09:30:00+08:00' },
  ],
  'people.import': (ids) => [
    {
      accountId: ids.active,
      people: { ref: ['1', '2'], managerRef: [null, '1'], name: ['Ann', '<b>Bob</b>'], title: ['CEO', ''], department: ['', ''], email: ['', ''], phone: ['', ''] },
    },
  ],
};

/** A template as `scorecards.updateTemplate` takes it (no key, no version). */
function editable(template: ScorecardTemplate): Omit<ScorecardTemplate, 'key' | 'version'> {
  const { key: _key, version: _version, ...rest } = template;
  return rest;
}

/** Puts a few accounts (and the sample) in a fresh database so ids in inputs can point at real rows. */
function seed(t: TempDb, withSample: boolean): Seeded {
  const create = (name: string) => t.call('accounts.create', { fields: fields(name) }).id;
  const active = create('Seed active');
  const archived = create('Seed archived');
  t.call('accounts.archive', { id: archived, archived: true });
  const deleted = create('Seed deleted');
  t.call('accounts.delete', { id: deleted });
  if (withSample) t.call('sample.load', { language: 'en' });
  const opportunity = t.call('opportunities.create', { accountId: active, fields: { ...emptyOpportunityFields, name: 'Seed deal' } }).id;
  const template = t.call('scorecards.copyTemplate', { key: DEFAULT_TEMPLATE_KEY }).template.key;
  const deletedTemplate = t.call('scorecards.copyTemplate', { key: 'bant' }).template.key;
  t.call('scorecards.deleteTemplate', { key: deletedTemplate });
  const person = t.call('people.create', { accountId: active, fields: { ...emptyPersonFields, name: 'Seed person' } }).id;
  const deal = (name: string) => t.call('opportunities.create', { accountId: active, fields: { ...emptyOpportunityFields, name } }).id;
  const planned = deal('Seed planned');
  t.call('plans.create', { opportunityId: planned, templateKey: 'six_stages' });
  const lastMoveAt = t.call('plans.advance', { opportunityId: planned, override: { reason: 'Seed' } }).move.at;
  t.call('anomalies.dismiss', { accountId: active, ruleId: 'no_coach', subjectKey: planned, reason: 'Seed' });
  const unplanned = deal('Seed unplanned');
  t.call('plans.create', { opportunityId: unplanned, templateKey: 'six_steps' });
  const { planId, taskIds } = t.call('plans.delete', { opportunityId: unplanned });
  const stageTemplate = t.call('stageTemplates.copy', { key: 'six_stages' }).template.key;
  const deletedStageTemplate = t.call('stageTemplates.copy', { key: 'six_steps' }).template.key;
  t.call('stageTemplates.delete', { key: deletedStageTemplate });
  const task = (title: string) => t.call('tasks.create', { accountId: active, fields: { ...emptyTaskFields, title, personIds: [person] } }).id;
  const deletedTask = task('Seed deleted task');
  t.call('tasks.delete', { id: deletedTask });
  const activityFields = { kind: 'visit' as const, date: '2026-03-02', personIds: [person], opportunityId: opportunity, summary: 'Seed', nextStep: 'Send the proposal' };
  const activity = () => t.call('activities.create', { accountId: active, fields: activityFields }).id;
  const deletedActivity = activity();
  t.call('activities.delete', { id: deletedActivity });
  return {
    active,
    archived,
    deleted,
    opportunity,
    template,
    deletedTemplate,
    person,
    planned,
    lastMoveAt,
    deletedPlan: { planId, taskIds },
    stageTemplate,
    deletedStageTemplate,
    task: task('Seed task'),
    deletedTask,
    activity: activity(),
    deletedActivity,
  };
}

// ---------------------------------------------------------------- database dump and envelope checks

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A logical dump of the whole database: schema plus every row of every table, order-independent. */
function dump(sqlite: Database.Database): string {
  const master = sqlite.prepare('select type, name, tbl_name, sql from sqlite_master order by type, name').raw().all() as unknown[][];
  const tables = master.filter((row) => row[0] === 'table').map((row) => String(row[1]));
  const rows = tables.map((table) => {
    const all = sqlite.prepare(`select * from ${quoteIdent(table)}`).raw().all() as unknown[][];
    return [table, all.map((row) => JSON.stringify(row, plain)).sort()];
  });
  return JSON.stringify([master, rows], plain);
}
function plain(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return `${value}n`;
  if (Buffer.isBuffer(value)) return `blob:${value.toString('base64')}`;
  return value;
}

const ALLOWED_FAILURES = ERROR_CODES.filter((code) => code !== 'internal');
const translated = (key: unknown) => typeof key === 'string' && englishText(key) !== key;

function expectWellFormed(result: Envelope<unknown>, internalErrors: unknown[]): void {
  expect(internalErrors, 'dispatch reported an internal error').toEqual([]);
  expect(typeof result).toBe('object');
  expect(result).not.toBeNull();
  if (result.ok === true) {
    expect(Object.keys(result).sort()).toEqual(['data', 'ok']);
    // What crosses IPC must survive a JSON round trip unchanged.
    expect(JSON.parse(JSON.stringify(result)) as unknown).toEqual(result);
    return;
  }
  expect(result.ok).toBe(false);
  expect(Object.keys(result).sort()).toEqual(['error', 'ok']);
  const { error } = result;
  expect(ALLOWED_FAILURES).toContain(error.code);
  expect(translated(error.key), `error key ${error.key} has an English text`).toBe(true);
  expect(typeof error.message).toBe('string');
  expect(error.message.length).toBeGreaterThan(0);
  expect(error.message.length).toBeLessThan(5_000);
  for (const field of error.fields ?? []) {
    expect(typeof field.path).toBe('string');
    expect(translated(field.key), `field error key ${field.key} has an English text`).toBe(true);
    expect(typeof field.message).toBe('string');
  }
  expect(JSON.parse(JSON.stringify(result)) as unknown).toEqual(result);
}

const prototypeClean = () => {
  const probe = {} as Record<string, unknown>;
  return probe.polluted === undefined && !('polluted' in Object.prototype);
};

// ---------------------------------------------------------------- the tests

interface Harness {
  t: TempDb;
  dispatch: Dispatch;
  internalErrors: unknown[];
  ids: Seeded;
  pool: string[];
}

async function harness(withSample = true): Promise<Harness> {
  const t = await openTempDb();
  const internalErrors: unknown[] = [];
  const dispatch = createDispatch(t.handle, { onInternalError: (error) => internalErrors.push(error) });
  const ids = seed(t, withSample);
  const tables = (t.handle.sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((r) => r.name);
  const pool = tables.flatMap((table) => {
    const columns = t.handle.sqlite.pragma(`table_info(${quoteIdent(table)})`) as { name: string }[];
    if (!columns.some((c) => c.name === 'id')) return [];
    return (t.handle.sqlite.prepare(`select id from ${quoteIdent(table)}`).raw().all() as unknown[][]).map((r) => String(r[0]));
  });
  return { t, dispatch, internalErrors, ids, pool };
}

/** Calls dispatch, checks the envelope, and that a refused call left the database exactly as it was. */
function callAndCheck(h: Harness, channel: unknown, input: unknown): Envelope<unknown> {
  const before = dump(h.t.handle.sqlite);
  let result: Envelope<unknown> | undefined;
  expect(() => {
    result = h.dispatch(channel, input);
  }).not.toThrow();
  expectWellFormed(result!, h.internalErrors);
  if (!result!.ok) expect(dump(h.t.handle.sqlite) === before, 'a refused call changed the database').toBe(true);
  expect(prototypeClean(), 'Object.prototype was polluted').toBe(true);
  return result!;
}

describe('every contract channel under random and malformed input', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.t.cleanup());

  it('has channels to test', () => {
    expect(CHANNELS.length).toBeGreaterThan(0);
  });

  it('answers an unknown or malformed channel name with bad_input and changes nothing', () => {
    const names = fc.oneof(
      malformed,
      fc.constantFrom('', 'accounts', 'accounts.list ', 'ACCOUNTS.LIST', '__proto__', 'constructor', 'toString', 'hasOwnProperty'),
      fc.constantFrom(...CHANNELS).map((c) => `${c}.x`),
    );
    fc.assert(
      fc.property(names, malformed, (channel, input) => {
        const result = callAndCheck(h, channel, input);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error).toMatchObject({ code: 'bad_input', key: 'errors.unknownChannel' });
      }),
      { numRuns: 150 },
    );
  });

  it.each(CHANNELS)('%s: never throws, always a well-formed envelope, refusals change nothing', (channel) => {
    const schema = contract[channel].input as z.ZodType;
    const built = fromSchema(schema, h.pool);
    const known = VALID[channel]?.(h.ids) ?? [];
    const valid = known.length > 0 ? fc.oneof(built, fc.constantFrom(...known)) : built;
    const inputs = fc.oneof(
      { weight: 3, arbitrary: valid },
      { weight: 3, arbitrary: malformed },
      {
        weight: 4,
        arbitrary: fc
          .tuple(valid, fc.nat(), malformed, fc.constantFrom<Mutation>('replace', 'remove', 'extra'), fc.constantFrom('__proto__', 'constructor', 'extra', 'id'))
          .map(([input, pick, bad, how, key]) => mutate(input, pick, bad, how, key)),
      },
    );
    let accepted = 0;
    fc.assert(
      fc.property(inputs, (input) => {
        const result = callAndCheck(h, channel, input);
        const pastValidation = result.ok || result.error.key !== 'errors.badInput';
        if (pastValidation) accepted++;
      }),
      { numRuns: RUNS_PER_CHANNEL },
    );
    expect(accepted, `no input for ${channel} got past its schema; add a hand-made one to VALID`).toBeGreaterThan(0);
  });
});

describe('hand-made valid inputs', () => {
  it.each(Object.keys(VALID) as ChannelName[])('%s accepts them on a fresh database', async (channel) => {
    const h = await harness(channel !== 'sample.load');
    try {
      for (const input of VALID[channel]!(h.ids)) {
        const result = callAndCheck(h, channel, input);
        expect(result.ok, `${channel} ${JSON.stringify(input).slice(0, 200)} → ${JSON.stringify(result).slice(0, 300)}`).toBe(true);
      }
    } finally {
      h.t.cleanup();
    }
  });
});
