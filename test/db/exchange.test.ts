import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EXCHANGE_VERSION,
  emptyAccountFields,
  emptyPersonFields,
  type Account,
  type ExchangeDocument,
  type TemplateInput,
} from '../../shared/contract/index.js';
import { readExchangeText } from '../../shared/exchange/readExchange.js';
import type { ScorecardTemplate } from '../../shared/domain/scoring/types.js';
import { DEFAULT_TEMPLATE_KEY } from '../../shared/templates/scorecards.js';
import { dbFileHash } from '../helpers/dbState.js';
import { openTempDb, type TempDb } from '../helpers/tempDb.js';

let t: TempDb;
let sample: Account;
beforeEach(async () => {
  t = await openTempDb();
  sample = t.call('sample.load', { language: 'en' });
});
afterEach(() => t.cleanup());

const exported = (input: { accountIds: string[] } | { all: true } = { accountIds: [sample.id] }) => t.call('exchange.export', input);
/** The map with whole people (what an export carries), as the map draws the rest. */
const map = (accountId: string) => ({ ...t.call('map.get', { accountId }), people: t.call('people.list', { accountId }) });
const refusal = (document: unknown) => {
  const result = t.dispatch('exchange.import', { document });
  if (result.ok) throw new Error('exchange.import unexpectedly succeeded');
  return result.error;
};
/** A person as the file holds them, with the ids replaced by names so two copies compare. */
function comparable(m: ReturnType<typeof map>) {
  const name = new Map(m.people.map((p) => [p.id, p.name]));
  const owner = new Map(m.team.map((member) => [member.id, member.name]));
  return {
    people: m.people
      .map(({ id: _id, accountId: _a, reportsToId, ownerId, ...rest }) => ({ ...rest, reportsTo: reportsToId && name.get(reportsToId), owner: ownerId && owner.get(ownerId) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    links: m.links.map((l) => `${name.get(l.sourceId)} ${l.kind} ${name.get(l.targetId)} ${l.label} ${l.step}`).sort(),
  };
}

/**
 * The account's opportunities as the app shows them (list, detail, whitespace grid), with every id
 * replaced by the name it stands for: two copies compare equal when they mean the same. A reference
 * to a person or team member not of `db`'s copy reads `missing:<id>`.
 */
function deals(db: TempDb, accountId: string) {
  const people = new Map(db.call('map.get', { accountId }).people.map((p) => [p.id, p.name]));
  const team = new Map(db.call('team.list').map((m) => [m.id, m.name]));
  const person = (id: string) => people.get(id) ?? `missing:${id}`;
  const member = (id: string | null) => (id === null ? null : (team.get(id) ?? `missing:${id}`));
  const list = db.call('opportunities.list', { accountId });
  const opportunityName = new Map(list.map((o) => [o.id, o.name]));
  const opportunities = list.map(({ id, accountId: _account, latest, ...opportunity }) => {
    const detail = db.call('opportunities.get', { id });
    return {
      ...opportunity,
      latest: latest && { ...latest, id: undefined },
      influences: detail.influences.map(({ id: _id, opportunityId: _o, personId, ...influence }) => ({ ...influence, person: person(personId) })),
      deletedPeople: detail.deletedPeople.length,
      competitors: detail.competitors.map(({ id: _id, opportunityId: _o, favouredBy, ...competitor }) => ({ ...competitor, favouredBy: favouredBy.map(person) })),
      assessments: detail.assessments.map(({ id: _id, opportunityId: _o, authorId, scores, ...assessment }) => ({
        ...assessment,
        authorId: member(authorId),
        scores: Object.fromEntries(Object.entries(scores).map(([key, score]) => [key, { ...score, personIds: score.personIds.map(person) }])),
      })),
      checks: detail.checks.map(({ fix, ...check }) => ({
        ...check,
        personIds: check.personIds.map(person),
        fix: fix.kind === 'person' ? { ...fix, id: person(fix.id) } : fix,
      })),
      negotiation: {
        ...detail.negotiation,
        opportunityId: undefined,
        theirParticipants: detail.negotiation.theirParticipants.map(person),
        ourParticipants: detail.negotiation.ourParticipants.map(member),
      },
    };
  });
  const grid = db.call('whitespace.get', { accountId });
  const offering = new Map(grid.offerings.map((o) => [o.id, o.name]));
  const whitespace = {
    units: grid.units.map(({ id, ...unit }) => ({ ...unit, free: id !== null })),
    cells: grid.cells
      .map(({ id: _id, accountId: _account, offeringId, opportunityId, ...cell }) => ({
        ...cell,
        offering: offering.get(offeringId),
        opportunity: opportunityId && opportunityName.get(opportunityId),
      }))
      .sort((a, b) => `${a.offering} ${a.unit}`.localeCompare(`${b.offering} ${b.unit}`)),
    totals: grid.totals,
  };
  return { opportunities, whitespace };
}

/** Every person an opportunity of the account names (influences, competitors, evidence, plans). */
function peopleNamed(db: TempDb, accountId: string): string[] {
  return db.call('opportunities.list', { accountId }).flatMap(({ id }) => {
    const d = db.call('opportunities.get', { id });
    return [
      ...d.influences.map((i) => i.personId),
      ...d.competitors.flatMap((c) => c.favouredBy),
      ...d.assessments.flatMap((a) => Object.values(a.scores).flatMap((s) => s.personIds)),
      ...d.negotiation.theirParticipants,
    ];
  });
}

/** The document as a version-1 Keyplan wrote it: no opportunities, scorecards or whitespace. */
const asVersion1 = (document: ExchangeDocument) => ({
  ...document,
  version: 1,
  accounts: document.accounts.map(({ account, people, links, team }) => ({ account, people, links, team })),
});

describe('exchange.export', () => {
  it('writes the versioned document: the account, its people and links, and the team members they name', () => {
    const document = exported();
    expect(document).toMatchObject({ format: 'keyplan-exchange', version: EXCHANGE_VERSION, app: { name: 'Keyplan' } });
    expect(document.accounts).toHaveLength(1);
    const [entry] = document.accounts;
    const current = map(sample.id);
    expect(entry!.account).toMatchObject({ id: sample.id, name: sample.name, archived: false });
    expect(entry!.people).toHaveLength(current.people.length);
    expect(entry!.links).toHaveLength(current.links.length);
    const owners = new Set(current.people.map((p) => p.ownerId).filter(Boolean));
    expect(entry!.team.map((m) => m.id)).toEqual(expect.arrayContaining([...owners]));
    // The opportunities with their parts, the snapshots their assessments were made with, the grid.
    const list = t.call('opportunities.list', { accountId: sample.id });
    expect(entry!.opportunities.map((o) => o.name)).toEqual(list.map((o) => o.name));
    expect(entry!.opportunities.some((o) => o.influences.length > 0 && o.competitors.length > 0 && o.assessments.length > 0)).toBe(true);
    const used = new Set(entry!.opportunities.flatMap((o) => o.assessments.map((a) => a.scorecardId)));
    expect(entry!.scorecards.map((s) => s.id).sort()).toEqual([...used].sort());
    expect(entry!.whitespace.cells).toHaveLength(t.call('whitespace.get', { accountId: sample.id }).cells.length);
    expect(entry!.whitespace.cells.length).toBeGreaterThan(0);
    // Team members named as authors or at the negotiation table travel too.
    const named = entry!.opportunities.flatMap((o) => [...o.assessments.flatMap((a) => a.authorId ?? []), ...(o.negotiation?.ourParticipants ?? [])]);
    expect(named.length).toBeGreaterThan(0);
    expect(entry!.team.map((m) => m.id)).toEqual(expect.arrayContaining(named));
    // What it wrote, it reads.
    expect(readExchangeText(JSON.stringify(document)).ok).toBe(true);
  });

  it('exports every live account with all, and refuses an account that does not exist', () => {
    t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Second' } });
    expect(exported({ all: true }).accounts.map((a) => a.account.name).sort()).toEqual([sample.name, 'Second'].sort());
    expect(t.dispatch('exchange.export', { accountIds: ['nope'] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('exchange.import', () => {
  it('adds the account as a new one with a unique name, new ids, the same people, lines and links, and owners matched by name', () => {
    const before = t.call('team.list');
    const originalBefore = map(sample.id);
    const result = t.call('exchange.import', { document: exported() });
    expect(result.accounts).toHaveLength(1);
    const copy = result.accounts[0]!;
    expect(copy.name).toBe(`${sample.name} (2)`);
    expect(result.teamCreated).toBe(0);
    expect(t.call('team.list')).toEqual(before);
    const copied = map(copy.id);
    expect(comparable(copied)).toEqual(comparable(originalBefore));
    expect(copied.people.every((p) => !originalBefore.people.some((o) => o.id === p.id))).toBe(true);
    // The original is untouched.
    expect(map(sample.id)).toEqual(originalBefore);

    // Again: "(3)".
    expect(t.call('exchange.import', { document: exported() }).accounts[0]!.name).toBe(`${sample.name} (3)`);
  });

  it('copies the opportunities with their influences, competitors, plans, assessments and whitespace, naming the copy’s people', () => {
    const original = deals(t, sample.id);
    const offeringsBefore = t.call('offerings.list');
    const document = exported();
    const result = t.call('exchange.import', { document });
    const copy = result.accounts[0]!;
    expect(copy.opportunities).toBe(original.opportunities.length);
    // Offerings are matched by name: none added here.
    expect(result.offeringsCreated).toBe(0);
    expect(t.call('offerings.list')).toEqual(offeringsBefore);
    const copied = deals(t, copy.id);
    expect(copied).toEqual(original);
    expect(JSON.stringify(copied)).not.toContain('missing:');
    expect(original.opportunities.flatMap((o) => o.assessments).every((a) => a.total !== null)).toBe(true);
    expect(original.opportunities.flatMap((o) => o.assessments.flatMap((a) => Object.values(a.scores).map((s) => s.evidence))).some((e) => e !== '')).toBe(true);
    // Every person it names is one of the copy's people, none of the original's.
    const copyPeople = new Set(map(copy.id).people.map((p) => p.id));
    const named = peopleNamed(t, copy.id);
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((id) => copyPeople.has(id))).toBe(true);
    // New ids for the opportunities too; the original is unchanged.
    const ids = new Set(t.call('opportunities.list', { accountId: sample.id }).map((o) => o.id));
    expect(t.call('opportunities.list', { accountId: copy.id }).some((o) => ids.has(o.id))).toBe(false);
    expect(deals(t, sample.id)).toEqual(original);
  });

  it('on another machine keeps what a custom scorecard’s scores meant, and adds the offerings the grid names', async () => {
    // A custom template (weights changed) used for one more assessment of the sample's first deal.
    const mine = t.call('scorecards.copyTemplate', { key: DEFAULT_TEMPLATE_KEY });
    const { key: _key, version: _version, ...rest }: ScorecardTemplate = structuredClone(mine.template);
    const edited: TemplateInput = { ...rest, criteria: rest.criteria.map((c, i) => ({ ...c, weight: i === 0 ? 50 : c.weight })) };
    const custom = t.call('scorecards.updateTemplate', { key: mine.template.key, template: edited }).template;
    const [deal] = t.call('opportunities.list', { accountId: sample.id });
    const criterion = custom.criteria[0]!;
    t.call('assessments.create', {
      opportunityId: deal!.id,
      templateKey: custom.key,
      scores: { [criterion.key]: { value: criterion.scale.at(-1)!.value, evidence: 'Signed budget', personIds: [] } },
      author: '',
      authorId: null,
    });
    const original = deals(t, sample.id);
    const document = exported();
    const other = await openTempDb();
    try {
      const result = other.call('exchange.import', { document });
      expect(result.offeringsCreated).toBe(document.accounts[0]!.whitespace.offerings.length);
      expect(other.call('offerings.list').map((o) => o.name)).toEqual(document.accounts[0]!.whitespace.offerings.map((o) => o.name));
      const copied = deals(other, result.accounts[0]!.id);
      expect(copied).toEqual(original);
      const made = copied.opportunities[0]!.assessments.find((a) => a.templateKey === custom.key)!;
      expect(made.template).toEqual(custom);
      // The template itself is this Keyplan's to have or not: only the snapshot travels.
      expect(other.call('scorecards.templates').some((e) => e.template.key === custom.key)).toBe(false);
    } finally {
      other.cleanup();
    }
  });

  it('still imports a version-1 file: the account, people, links and team, and no opportunities', () => {
    const v1 = asVersion1(exported());
    const read = readExchangeText(JSON.stringify(v1));
    if (!read.ok) throw new Error(read.error.key);
    // As the window sends it: read (as a version-2 document without opportunities), then imported.
    expect(read.document).toMatchObject({ version: EXCHANGE_VERSION, accounts: [{ opportunities: [], scorecards: [], whitespace: { cells: [] } }] });
    expect(t.call('exchange.import', { document: read.document }).accounts[0]!.opportunities).toBe(0);
    const result = t.call('exchange.import', { document: v1 });
    const copy = result.accounts[0]!;
    expect(copy).toMatchObject({ people: v1.accounts[0]!.people.length, links: v1.accounts[0]!.links.length, opportunities: 0 });
    expect(copy.name).toBe(`${sample.name} (3)`);
    expect(comparable(map(copy.id))).toEqual(comparable(map(sample.id)));
    expect(t.call('opportunities.list', { accountId: copy.id })).toEqual([]);
    expect(t.call('whitespace.get', { accountId: copy.id }).cells).toEqual([]);
    // A version-1 file knows no opportunities: one that has them is a newer Keyplan's.
    const error = refusal({ ...v1, accounts: [{ ...v1.accounts[0]!, opportunities: [] }] });
    expect(error).toMatchObject({ key: 'exchange.errors.newerSection', params: { section: 'accounts[0].opportunities' } });
  });

  it('refuses a bad field deep in an opportunity, an assessment, a scorecard or the grid, naming its path, writing nothing', () => {
    const good = exported();
    const hash = dbFileHash(t);
    const entryIndex = good.accounts[0]!.opportunities.findIndex((o) => o.influences.length > 0 && o.competitors.some((c) => c.favouredBy.length > 0) && o.assessments.length > 0);
    expect(entryIndex).toBeGreaterThanOrEqual(0);
    const changed = (change: (entry: ExchangeDocument['accounts'][number]) => void) => {
      const document = structuredClone(good);
      change(document.accounts[0]!);
      return document;
    };
    const o = `accounts[0].opportunities[${entryIndex}]`;
    const assessment = good.accounts[0]!.opportunities[entryIndex]!.assessments[0]!;
    const scored = Object.keys(assessment.scores)[0]!;
    const cases: [unknown, string, Record<string, unknown>][] = [
      [changed((e) => void (e.opportunities[1]!.amount = -5)), 'exchange.errors.invalid', { path: 'accounts[0].opportunities[1].amount', problem: 'errors.notNegative' }],
      [changed((e) => void (e.opportunities[0]!.closeDate = '2026-02-30')), 'exchange.errors.invalid', { path: 'accounts[0].opportunities[0].closeDate', problem: 'opportunities.errors.date' }],
      [
        changed((e) => void Object.assign(e.opportunities[0]!, { status: 'lost', statusReason: ' ' })),
        'exchange.errors.invalid',
        { path: 'accounts[0].opportunities[0].statusReason', problem: 'opportunities.errors.reasonRequired' },
      ],
      [
        changed((e) => void (e.opportunities[entryIndex]!.influences[0]!.personId = 'nobody')),
        'exchange.errors.brokenReference',
        { path: `${o}.influences[0].personId`, id: 'nobody' },
      ],
      [
        changed((e) => void (e.opportunities[entryIndex]!.influences[0]!.stance = 'furious' as never)),
        'exchange.errors.invalid',
        { path: `${o}.influences[0].stance`, problem: 'errors.choose' },
      ],
      [
        changed((e) => void (e.opportunities[entryIndex]!.competitors.find((c) => c.favouredBy.length > 0)!.favouredBy[0] = 'nobody')),
        'exchange.errors.brokenReference',
        { id: 'nobody' },
      ],
      [
        changed((e) => void (e.opportunities[entryIndex]!.assessments[0]!.scores[scored]!.value = 12345)),
        'exchange.errors.invalid',
        { path: `${o}.assessments[0].scores.${scored}.value`, problem: 'scoring.errors.scoreOutOfScale' },
      ],
      [
        changed((e) => void (e.opportunities[entryIndex]!.assessments[0]!.scores[scored]!.personIds = ['nobody'])),
        'exchange.errors.brokenReference',
        { path: `${o}.assessments[0].scores.${scored}.personIds[0]`, id: 'nobody' },
      ],
      [
        changed((e) => void (e.opportunities[entryIndex]!.assessments[0]!.scorecardId = 'nothing')),
        'exchange.errors.brokenReference',
        { path: `${o}.assessments[0].scorecardId`, id: 'nothing' },
      ],
      [
        changed((e) => void (e.scorecards[0]!.template.criteria[1]!.weight = -1)),
        'exchange.errors.invalid',
        { path: 'accounts[0].scorecards[0].template.criteria[1].weight', problem: 'scoring.errors.negativeWeight' },
      ],
      [
        changed((e) => void (e.whitespace.cells[0]!.offeringId = 'nothing')),
        'exchange.errors.brokenReference',
        { path: 'accounts[0].whitespace.cells[0].offeringId', id: 'nothing' },
      ],
      [
        changed((e) => void ((e.whitespace.cells[0] as Record<string, unknown>).colour = 'red')),
        'exchange.errors.invalid',
        { path: 'accounts[0].whitespace.cells[0].colour', problem: 'exchange.errors.unknownField' },
      ],
    ];
    for (const [document, key, params] of cases) {
      const error = refusal(document);
      expect(error, JSON.stringify(params)).toMatchObject({ code: 'bad_input', key, params });
      expect(error.message).toContain(typeof params.path === 'string' ? params.path : 'accounts[0]');
      // The window's reader refuses it the same way before sending it.
      const read = readExchangeText(JSON.stringify(document));
      expect(read.ok ? null : read.error.key).toBe(key);
    }
    expect(dbFileHash(t)).toBe(hash);
  });

  it('on another machine creates the team members it names, and is undone by accounts.delete and redone by accounts.restore', async () => {
    const document = exported();
    const other = await openTempDb();
    try {
      const result = other.call('exchange.import', { document });
      expect(result.accounts[0]!.name).toBe(sample.name);
      expect(result.teamCreated).toBe(document.accounts[0]!.team.length);
      expect(other.call('team.list').map((m) => m.name).sort()).toEqual(document.accounts[0]!.team.map((m) => m.name).sort());
      const id = result.accounts[0]!.id;
      other.call('accounts.delete', { id });
      expect(other.call('accounts.list', {})).toEqual([]);
      other.call('accounts.restore', { id });
      expect(other.call('accounts.list', {}).map((a) => a.peopleCount)).toEqual([document.accounts[0]!.people.length]);
    } finally {
      other.cleanup();
    }
  });

  it('refuses a newer version, an unknown section, a broken reference and a schema failure with the path, writing nothing', () => {
    const good = exported();
    const hash = dbFileHash(t);
    const cases: [unknown, string, Record<string, unknown>][] = [
      [{ ...good, version: 3 }, 'exchange.errors.newerVersion', { version: 3, supported: 2 }],
      [{ ...good, version: 0 }, 'exchange.errors.invalid', { path: 'version' }],
      [{ ...good, opportunities: [] }, 'exchange.errors.newerSection', { section: 'opportunities' }],
      [{ ...good, accounts: [{ ...good.accounts[0]!, forecasts: [] }] }, 'exchange.errors.newerSection', { section: 'accounts[0].forecasts' }],
      [{ ...good, format: 'something-else' }, 'exchange.errors.notExchange', {}],
      [{ ...good, accounts: [] }, 'exchange.errors.invalid', { path: 'accounts' }],
    ];
    const people = structuredClone(good.accounts[0]!.people);
    people[12] = { ...people[12]!, name: '' };
    cases.push([{ ...good, accounts: [{ ...good.accounts[0]!, people }] }, 'exchange.errors.invalid', { path: 'accounts[0].people[12].name', problem: 'errors.required' }]);
    const dangling = structuredClone(good.accounts[0]!.people);
    dangling[3] = { ...dangling[3]!, reportsToId: 'not-in-the-file' };
    cases.push([{ ...good, accounts: [{ ...good.accounts[0]!, people: dangling }] }, 'exchange.errors.brokenReference', { path: 'accounts[0].people[3].reportsToId', id: 'not-in-the-file' }]);
    const extra = structuredClone(good.accounts[0]!.people);
    (extra[5] as Record<string, unknown>).nickname = 'x';
    cases.push([{ ...good, accounts: [{ ...good.accounts[0]!, people: extra }] }, 'exchange.errors.invalid', { path: 'accounts[0].people[5].nickname', problem: 'exchange.errors.unknownField' }]);
    for (const [document, key, params] of cases) {
      const error = refusal(document);
      expect(error).toMatchObject({ code: 'bad_input', key, params });
      expect(error.message).not.toMatch(/^exchange\./);
    }
    expect(dbFileHash(t)).toBe(hash);
  });

  it('keeps hostile text as plain text and archived accounts archived', () => {
    const hostile = t.call('accounts.create', { fields: { ...emptyAccountFields, name: '<img src=x onerror=alert(1)>' } });
    t.call('people.create', { accountId: hostile.id, fields: { ...emptyPersonFields, name: "'; drop table people; --", notes: '=1+2' } });
    t.call('accounts.archive', { id: hostile.id, archived: true });
    const result = t.call('exchange.import', { document: exported({ accountIds: [hostile.id] }) });
    const copy = t.call('accounts.get', { id: result.accounts[0]!.id });
    expect(copy.name).toBe('<img src=x onerror=alert(1)> (2)');
    expect(copy.archivedAt).not.toBeNull();
    expect(map(copy.id).people.map((p) => [p.name, p.notes])).toEqual([["'; drop table people; --", '=1+2']]);
  });
});
