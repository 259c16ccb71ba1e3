import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  emptyAccountFields,
  emptyCompetitorFields,
  emptyNegotiationFields,
  emptyOpportunityFields,
  emptyPersonFields,
  type Account,
  type ApiError,
  type OpportunityFields,
  type PersonFields,
} from '../../shared/contract/index.js';
import { DEFAULT_TEMPLATE_KEY } from '../../shared/templates/scorecards.js';
import { fieldOf, openTempDb, refusal, type TempDb } from '../helpers/tempDb.js';

let t: TempDb;
let account: Account;
let other: Account;
beforeEach(async () => {
  t = await openTempDb();
  account = t.call('accounts.create', { fields: { ...emptyAccountFields, name: '华东联合银行' } });
  other = t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Other Bank' } });
});
afterEach(() => t.cleanup());

const opportunity = (name: string, over: Partial<OpportunityFields> = {}, accountId = account.id) =>
  t.call('opportunities.create', { accountId, fields: { ...emptyOpportunityFields, name, ...over } });
const person = (name: string, over: Partial<PersonFields> = {}, accountId = account.id) =>
  t.call('people.create', { accountId, fields: { ...emptyPersonFields, name, ...over } });
const detail = (id: string) => t.call('opportunities.get', { id });
const failure = (channel: string, input: unknown): ApiError => refusal(t, channel, input);

describe('opportunities', () => {
  it('creates, reads, updates, deletes and restores one, and the account lists it', () => {
    const created = opportunity('  新一代核心系统  ', {
      amount: 12_000_000,
      currency: 'CNY',
      closeDate: '2028-02-29',
      stage: 'proposal',
      valueProposition: '分布式架构，三年 TCO 降低 30%',
      referenceCases: '某股份制银行核心系统',
      notes: '<b>not html</b>',
    });
    expect(created).toMatchObject({ name: '新一代核心系统', accountId: account.id, amount: 12_000_000, closeDate: '2028-02-29', status: 'open', stage: 'proposal' });
    expect(detail(created.id).opportunity).toEqual(created);
    expect(detail(created.id).account.id).toBe(account.id);

    const updated = t.call('opportunities.update', { id: created.id, patch: { status: 'won', statusReason: '技术评分第一', amount: null } });
    expect(updated).toMatchObject({ status: 'won', statusReason: '技术评分第一', amount: null, name: '新一代核心系统' });
    // Undo of an update: send the previous values back.
    const undone = t.call('opportunities.update', { id: created.id, patch: { status: created.status, statusReason: created.statusReason, amount: created.amount } });
    expect({ ...undone, updatedAt: created.updatedAt }).toEqual(created);

    expect(t.call('opportunities.list', { accountId: account.id }).map((o) => [o.name, o.latest])).toEqual([['新一代核心系统', null]]);
    expect(t.call('opportunities.delete', { id: created.id })).toEqual({ id: created.id });
    expect(t.call('opportunities.list', { accountId: account.id })).toEqual([]);
    expect(failure('opportunities.get', { id: created.id })).toMatchObject({ code: 'not_found', key: 'opportunities.errors.notFound' });
    expect(failure('opportunities.update', { id: created.id, patch: { name: 'x' } }).code).toBe('not_found');
    expect(failure('opportunities.delete', { id: created.id }).code).toBe('not_found');

    expect(t.call('opportunities.restore', { id: created.id })).toMatchObject({ id: created.id, name: '新一代核心系统' });
    expect(failure('opportunities.restore', { id: created.id }).code).toBe('not_found');
    expect(detail(created.id).opportunity.name).toBe('新一代核心系统');
  });

  it('keeps everything under a deleted opportunity and brings it back with it', () => {
    const deal = opportunity('Core');
    const coach = person('何文', { roles: ['coach'] });
    t.call('influences.create', { opportunityId: deal.id, personId: coach.id, fields: { winResult: 'Standards' } });
    t.call('competitors.create', { opportunityId: deal.id, fields: { ...emptyCompetitorFields, name: 'Incumbent Co', favouredBy: [coach.id] } });
    t.call('negotiation.save', { opportunityId: deal.id, plan: { ...emptyNegotiationFields, goal: 'Sign by June' } });
    t.call('assessments.create', { opportunityId: deal.id, templateKey: DEFAULT_TEMPLATE_KEY, scores: {}, author: 'Me', authorId: null });
    const before = detail(deal.id);
    t.call('opportunities.delete', { id: deal.id });
    t.call('opportunities.restore', { id: deal.id });
    const after = detail(deal.id);
    expect({ ...after, account: null }).toEqual({ ...before, account: null, opportunity: after.opportunity });
    expect(after.influences).toHaveLength(1);
  });

  it('treats the opportunities of a deleted account as not found', () => {
    const deal = opportunity('Core');
    t.call('accounts.delete', { id: account.id });
    expect(failure('opportunities.get', { id: deal.id }).code).toBe('not_found');
    expect(failure('opportunities.list', { accountId: account.id }).code).toBe('not_found');
    expect(failure('opportunities.create', { accountId: account.id, fields: { ...emptyOpportunityFields, name: 'x' } }).code).toBe('not_found');
    expect(t.call('opportunities.listOpen', {})).toEqual([]);
    t.call('accounts.restore', { id: account.id });
    expect(detail(deal.id).opportunity.id).toBe(deal.id);
  });

  it('refuses a closed status without a reason, a date that does not exist and a bad amount', () => {
    const lost = failure('opportunities.create', { accountId: account.id, fields: { ...emptyOpportunityFields, name: 'x', status: 'lost', statusReason: '  ' } });
    expect(fieldOf(lost)).toEqual({ code: 'bad_input', key: 'opportunities.errors.reasonRequired', path: 'fields.statusReason' });
    const deal = opportunity('Core');
    for (const status of ['won', 'lost', 'abandoned']) {
      expect(fieldOf(failure('opportunities.update', { id: deal.id, patch: { status } }))).toEqual({
        code: 'bad_input',
        key: 'opportunities.errors.reasonRequired',
        path: 'patch.statusReason',
      });
    }
    // The reason already saved counts; clearing it on a closed opportunity does not.
    t.call('opportunities.update', { id: deal.id, patch: { status: 'abandoned', statusReason: 'Budget frozen' } });
    expect(t.call('opportunities.update', { id: deal.id, patch: { status: 'lost' } }).statusReason).toBe('Budget frozen');
    expect(failure('opportunities.update', { id: deal.id, patch: { statusReason: '' } }).key).toBe('opportunities.errors.reasonRequired');

    for (const closeDate of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-05', '20260105', 'tomorrow']) {
      const error = failure('opportunities.update', { id: deal.id, patch: { closeDate } });
      expect(error.code).toBe('bad_input');
      expect(error.fields?.[0]).toMatchObject({ path: 'patch.closeDate', key: 'opportunities.errors.date' });
    }
    expect(t.call('opportunities.update', { id: deal.id, patch: { closeDate: '2028-02-29' } }).closeDate).toBe('2028-02-29');
    for (const amount of [-1, Number.NaN, Infinity, '12m', 1e16]) {
      expect(failure('opportunities.update', { id: deal.id, patch: { amount } }).fields?.[0]?.path).toBe('patch.amount');
    }
    expect(t.call('opportunities.update', { id: deal.id, patch: { amount: 0 } }).amount).toBe(0);
  });
});

describe('opportunities.listOpen', () => {
  it('lists the open opportunities of live, active accounts with the account name and latest score, sorted', () => {
    const archived = t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Archived Bank' } });
    const a = opportunity('A', { amount: 5_000_000, closeDate: '2027-03-01' });
    const b = opportunity('B', { amount: null, closeDate: '2027-01-15' }, other.id);
    const c = opportunity('C', { amount: 80_000_000, closeDate: null });
    opportunity('Won', { status: 'won', statusReason: 'Best offer' });
    opportunity('Of an archived account', {}, archived.id);
    t.call('accounts.archive', { id: archived.id, archived: true });
    const deleted = opportunity('Deleted');
    t.call('opportunities.delete', { id: deleted.id });

    const assess = (id: string, value: number, assessedAt: string) =>
      t.call('assessments.create', {
        opportunityId: id,
        templateKey: DEFAULT_TEMPLATE_KEY,
        scores: { need: { value, evidence: 'seen', personIds: [] } },
        author: '',
        authorId: null,
        assessedAt,
      });
    assess(a.id, 4, '2026-01-01T00:00:00Z');
    assess(a.id, 1, '2026-03-01T00:00:00Z'); // the latest one counts
    assess(a.id, 3, '2026-02-01T00:00:00Z');
    assess(c.id, 2, '2026-01-01T00:00:00Z');

    type Sort = 'name' | 'amount' | 'closeDate' | 'score';
    const list = (sort?: Sort, direction?: 'asc' | 'desc') =>
      t.call('opportunities.listOpen', { ...(sort ? { sort } : {}), ...(direction ? { direction } : {}) });
    const names = (sort?: Sort, direction?: 'asc' | 'desc') => list(sort, direction).map((o) => o.name);

    expect(names('amount')).toEqual(['A', 'C', 'B']);
    expect(names('amount', 'desc')).toEqual(['C', 'A', 'B']);
    expect(names('closeDate')).toEqual(['B', 'A', 'C']);
    expect(names('closeDate', 'desc')).toEqual(['A', 'B', 'C']);
    expect(names()).toEqual(names('closeDate'));
    // Scores: A's latest is 1/4 (25), C's 2/4 (50); B has none and goes last either way. (Only need is known: too
    // little to walk away, so the verdict is qualify.)
    expect(names('score')).toEqual(['A', 'C', 'B']);
    expect(names('score', 'desc')).toEqual(['C', 'A', 'B']);
    expect(names('name', 'desc')).toEqual(['C', 'B', 'A']);

    const rowA = list().find((o) => o.id === a.id)!;
    expect(rowA).toMatchObject({ accountName: '华东联合银行', accountId: account.id, amount: 5_000_000 });
    expect(rowA.latest).toMatchObject({ templateKey: DEFAULT_TEMPLATE_KEY, total: 25, verdict: 'qualify', assessedAt: '2026-03-01T00:00:00.000Z' });
    expect(rowA.latest!.templateName.en).toBeTruthy();
    // The trend arrow compares with the assessment before the latest one (February's 3 of 4).
    expect(rowA.latest!.previousTotal).toBe(75);
    expect(list().find((o) => o.id === c.id)!.latest).toMatchObject({ total: 50, previousTotal: null });
    expect(list().find((o) => o.id === b.id)).toMatchObject({ accountName: 'Other Bank', latest: null });
  });

  it('sorts amounts within their currency, never 1,000,000 USD below 5,000,000 CNY as if the same unit', () => {
    opportunity('Yuan small', { amount: 5_000_000, currency: 'CNY' });
    opportunity('Yuan large', { amount: 80_000_000, currency: 'CNY' });
    opportunity('Dollars', { amount: 1_000_000, currency: 'USD' });
    opportunity('No amount', { amount: null });
    const names = (direction: 'asc' | 'desc') => t.call('opportunities.listOpen', { sort: 'amount', direction }).map((o) => o.name);
    expect(names('asc')).toEqual(['Yuan small', 'Yuan large', 'Dollars', 'No amount']);
    expect(names('desc')).toEqual(['Yuan large', 'Yuan small', 'Dollars', 'No amount']);
  });
});

describe('buying influences', () => {
  it('adds people of the account with their role and stance in this deal, the person’s own when not given', () => {
    const deal = opportunity('Core');
    const cio = person('赵建华', { roles: ['decision_maker', 'technical_evaluator'], attitude: 'supporter' });
    const plain = t.call('influences.create', { opportunityId: deal.id, personId: cio.id, fields: {} });
    expect(plain).toMatchObject({ opportunityId: deal.id, personId: cio.id, role: null, stance: null, winResult: '', notes: '' });

    const coach = person('何文', { roles: ['technical_evaluator', 'coach'], attitude: 'champion' });
    const set = t.call('influences.create', {
      opportunityId: deal.id,
      personId: coach.id,
      fields: { role: 'coach', stance: 'supporter', winResult: '借项目建立架构规范' },
    });
    expect(set).toMatchObject({ role: 'coach', stance: 'supporter', winResult: '借项目建立架构规范' });
    expect(detail(deal.id).influences.map((i) => i.personId)).toEqual([cio.id, coach.id]);

    const updated = t.call('influences.update', { id: set.id, patch: { stance: 'opponent', role: null } });
    expect(updated).toMatchObject({ stance: 'opponent', role: null, winResult: '借项目建立架构规范' });

    expect(t.call('influences.delete', { id: set.id })).toEqual({ id: set.id });
    expect(detail(deal.id).influences.map((i) => i.id)).toEqual([plain.id]);
    expect(failure('influences.update', { id: set.id, patch: { notes: 'x' } }).code).toBe('not_found');
    expect(t.call('influences.restore', { id: set.id })).toEqual({ ...updated });
    expect(detail(deal.id).influences.map((i) => i.id)).toEqual([plain.id, set.id]);
  });

  it('refuses a person of another account, a deleted person, and the same person twice', () => {
    const deal = opportunity('Core');
    const stranger = person('Stranger', {}, other.id);
    expect(fieldOf(failure('influences.create', { opportunityId: deal.id, personId: stranger.id, fields: {} }))).toEqual({
      code: 'bad_input',
      key: 'opportunities.errors.otherAccount',
      path: 'personId',
    });
    const gone = person('Gone');
    t.call('people.delete', { ids: [gone.id] });
    expect(fieldOf(failure('influences.create', { opportunityId: deal.id, personId: gone.id, fields: {} }))).toEqual({
      code: 'not_found',
      key: 'errors.personNotFound',
      path: 'personId',
    });
    const cio = person('赵建华');
    const first = t.call('influences.create', { opportunityId: deal.id, personId: cio.id, fields: {} });
    const twice = failure('influences.create', { opportunityId: deal.id, personId: cio.id, fields: { role: 'user' } });
    expect(fieldOf(twice)).toEqual({ code: 'conflict', key: 'opportunities.errors.duplicateInfluence', path: 'personId' });
    expect(twice.message).toContain('赵建华');

    // Deleted then added again: the old one cannot come back beside the new one.
    t.call('influences.delete', { id: first.id });
    t.call('influences.create', { opportunityId: deal.id, personId: cio.id, fields: {} });
    expect(failure('influences.restore', { id: first.id }).key).toBe('opportunities.errors.duplicateInfluence');
  });

  it('hides the influences of a deleted person (named in deletedPeople and the cross-checks) until they are restored', () => {
    const deal = opportunity('Core');
    const coach = person('何文', { roles: ['coach'], attitude: 'champion' });
    const influence = t.call('influences.create', { opportunityId: deal.id, personId: coach.id, fields: {} });
    expect(detail(deal.id).checks.map((c) => c.id)).not.toContain('no_coach');

    const deleted = t.call('people.delete', { ids: [coach.id] });
    const hidden = detail(deal.id);
    expect(hidden.influences).toEqual([]);
    expect(hidden.deletedPeople).toEqual([{ id: coach.id, name: '何文' }]);
    expect(hidden.checks.map((c) => c.id)).toEqual(expect.arrayContaining(['no_influences', 'deleted_person']));
    expect(failure('influences.update', { id: influence.id, patch: { notes: 'x' } }).code).toBe('not_found');

    t.call('people.restore', deleted);
    expect(detail(deal.id).influences).toEqual([influence]);
    expect(detail(deal.id).deletedPeople).toEqual([]);
  });
});

describe('competitors', () => {
  it('creates, updates, deletes and restores one; the people who favour it are of the account and live', () => {
    const deal = opportunity('Core');
    const vpRisk = person('孙立群', { attitude: 'opponent', influence: 'high' });
    const opsIt = person('吴海');
    const created = t.call('competitors.create', {
      opportunityId: deal.id,
      fields: {
        ...emptyCompetitorFields,
        name: '现有核心厂商',
        position: 'incumbent',
        strengths: '熟悉现有系统',
        weaknesses: '集中式架构',
        favouredBy: [vpRisk.id, opsIt.id, vpRisk.id],
        strategy: '风险化解方案',
      },
    });
    expect(created).toMatchObject({ name: '现有核心厂商', position: 'incumbent', favouredBy: [vpRisk.id, opsIt.id], strategy: '风险化解方案' });
    expect(detail(deal.id).competitors).toEqual([created]);

    const updated = t.call('competitors.update', { id: created.id, patch: { position: 'shortlisted', favouredBy: [opsIt.id] } });
    expect(updated).toMatchObject({ position: 'shortlisted', favouredBy: [opsIt.id], name: '现有核心厂商' });

    const deleted = t.call('people.delete', { ids: [opsIt.id] });
    expect(detail(deal.id).competitors[0]!.favouredBy).toEqual([]);
    t.call('people.restore', deleted);
    expect(detail(deal.id).competitors[0]!.favouredBy).toEqual([opsIt.id]);

    expect(t.call('competitors.delete', { id: created.id })).toEqual({ id: created.id });
    expect(detail(deal.id).competitors).toEqual([]);
    expect(failure('competitors.update', { id: created.id, patch: { name: 'x' } }).code).toBe('not_found');
    expect(t.call('competitors.restore', { id: created.id })).toEqual(updated);
    expect(failure('competitors.restore', { id: created.id }).code).toBe('not_found');
  });

  it('refuses people of another account or deleted people among those who favour it', () => {
    const deal = opportunity('Core');
    const ours = person('Ours');
    const stranger = person('Stranger', {}, other.id);
    const gone = person('Gone');
    t.call('people.delete', { ids: [gone.id] });
    const fields = (favouredBy: string[]) => ({ opportunityId: deal.id, fields: { ...emptyCompetitorFields, name: 'Rival', favouredBy } });
    expect(fieldOf(failure('competitors.create', fields([ours.id, stranger.id])))).toEqual({
      code: 'bad_input',
      key: 'opportunities.errors.otherAccount',
      path: 'fields.favouredBy.1',
    });
    expect(fieldOf(failure('competitors.create', fields([gone.id])))).toEqual({ code: 'not_found', key: 'errors.personNotFound', path: 'fields.favouredBy.0' });
    const rival = t.call('competitors.create', fields([ours.id]));
    expect(fieldOf(failure('competitors.update', { id: rival.id, patch: { favouredBy: [stranger.id] } }))).toMatchObject({ path: 'patch.favouredBy.0' });
    expect(failure('competitors.create', { opportunityId: deal.id, fields: { ...emptyCompetitorFields, name: '  ' } }).code).toBe('bad_input');
  });
});

describe('negotiation plans', () => {
  it('answers an empty plan before the first save, then saves and replaces it whole', () => {
    const deal = opportunity('Core');
    expect(t.call('negotiation.get', { opportunityId: deal.id })).toEqual({ ...emptyNegotiationFields, opportunityId: deal.id, updatedAt: null });
    const cfo = person('高志强');
    const procurement = person('马丽');
    const me = t.call('team.create', { fields: { name: '王磊', role: '客户经理' } });
    const plan = {
      goal: '合同额 1.1 亿，三年维保',
      walkAway: '低于 9500 万不签',
      concessions: [{ give: '免费培训 200 人天', ask: '2 月底前签约' }],
      demands: [{ demand: '再降价 10%', answer: '以分期付款替代降价' }],
      theirParticipants: [cfo.id, procurement.id, cfo.id],
      ourParticipants: [me.id],
      agenda: { opening: '回顾价值', middle: '交换让步', end: '锁定条款' },
      openPoints: '违约金比例',
    };
    const saved = t.call('negotiation.save', { opportunityId: deal.id, plan });
    expect(saved).toMatchObject({ ...plan, theirParticipants: [cfo.id, procurement.id], opportunityId: deal.id });
    expect(saved.updatedAt).not.toBeNull();
    expect(t.call('negotiation.get', { opportunityId: deal.id })).toEqual(saved);
    expect(detail(deal.id).negotiation).toEqual(saved);

    const deleted = t.call('people.delete', { ids: [procurement.id] });
    expect(t.call('negotiation.get', { opportunityId: deal.id }).theirParticipants).toEqual([cfo.id]);
    t.call('people.restore', deleted);
    t.call('team.delete', { id: me.id });
    expect(t.call('negotiation.get', { opportunityId: deal.id })).toMatchObject({ theirParticipants: [cfo.id, procurement.id], ourParticipants: [] });

    const again = t.call('negotiation.save', { opportunityId: deal.id, plan: emptyNegotiationFields });
    expect(again).toMatchObject({ ...emptyNegotiationFields });
  });

  it('refuses participants of another account, deleted people and unknown team members', () => {
    const deal = opportunity('Core');
    const stranger = person('Stranger', {}, other.id);
    const save = (over: object) => failure('negotiation.save', { opportunityId: deal.id, plan: { ...emptyNegotiationFields, ...over } });
    expect(fieldOf(save({ theirParticipants: [stranger.id] }))).toEqual({ code: 'bad_input', key: 'opportunities.errors.otherAccount', path: 'plan.theirParticipants.0' });
    expect(fieldOf(save({ ourParticipants: ['nobody'] }))).toEqual({ code: 'not_found', key: 'errors.teamMemberNotFound', path: 'plan.ourParticipants.0' });
    expect(failure('negotiation.save', { opportunityId: 'nope', plan: emptyNegotiationFields }).code).toBe('not_found');
    expect(t.call('negotiation.get', { opportunityId: deal.id }).updatedAt).toBeNull();
  });
});
