import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  emptyAccountFields,
  emptyOpportunityFields,
  emptyPersonFields,
  type Account,
  type ApiError,
  type WhitespaceCellFields,
} from '../../shared/contract/index.js';
import { fieldOf, openTempDb, refusal, type TempDb } from '../helpers/tempDb.js';

let t: TempDb;
let account: Account;
beforeEach(async () => {
  t = await openTempDb();
  account = t.call('accounts.create', { fields: { ...emptyAccountFields, name: '华东联合银行', annualPotential: 48_000_000 } });
});
afterEach(() => t.cleanup());

const failure = (channel: string, input: unknown): ApiError => refusal(t, channel, input);
const offering = (name: string) => t.call('offerings.create', { fields: { name, description: '' } });
const grid = (accountId = account.id) => t.call('whitespace.get', { accountId });
const empty: WhitespaceCellFields = { status: 'potential', opportunityId: null, amount: null, competitor: '', notes: '' };
const set = (offeringId: string, unit: string, cell: Partial<WhitespaceCellFields> | null, accountId = account.id) =>
  t.call('whitespace.setCell', { accountId, offeringId, unit, cell: cell === null ? null : { ...empty, ...cell } }).cell;
const person = (name: string, department: string) => t.call('people.create', { accountId: account.id, fields: { ...emptyPersonFields, name, department } });

describe('offerings', () => {
  it('creates, lists, updates, deletes and restores our offerings; names are unique', () => {
    const core = offering('核心系统');
    const cloud = offering('私有云');
    expect(t.call('offerings.list').map((o) => o.name)).toEqual(['核心系统', '私有云']);
    const renamed = t.call('offerings.update', { id: cloud.id, fields: { name: '金融云', description: '信创' } });
    expect(renamed).toMatchObject({ id: cloud.id, name: '金融云', description: '信创' });
    expect(fieldOf(failure('offerings.create', { fields: { name: '核心系统', description: '' } }))).toEqual({
      code: 'conflict',
      key: 'opportunities.errors.duplicateOffering',
      path: 'fields.name',
    });
    expect(failure('offerings.update', { id: cloud.id, fields: { name: ' ', description: '' } }).code).toBe('bad_input');

    expect(t.call('offerings.delete', { id: core.id })).toEqual({ id: core.id });
    expect(t.call('offerings.list').map((o) => o.id)).toEqual([cloud.id]);
    expect(failure('offerings.update', { id: core.id, fields: { name: 'x', description: '' } }).code).toBe('not_found');
    expect(t.call('offerings.restore', { id: core.id })).toEqual(core);
    expect(t.call('offerings.list').map((o) => o.id)).toEqual([core.id, cloud.id]);
  });
});

describe('the whitespace grid', () => {
  it('has the account’s departments and free units as columns and every cell status, with totals beside the potential', () => {
    person('赵建华', '信息科技部');
    person('何文', '信息科技部');
    person('杨帆', '运营管理部');
    person('周国平', '');
    const unit = t.call('whitespace.addUnit', { accountId: account.id, name: '  信用卡中心 ' });
    expect(unit).toMatchObject({ name: '信用卡中心', peopleCount: 0 });
    const core = offering('核心系统');
    const cloud = offering('私有云');
    const deal = t.call('opportunities.create', { accountId: account.id, fields: { ...emptyOpportunityFields, name: 'Core', amount: 30_000_000 } });

    expect(set(core.id, '信息科技部', { status: 'in_progress', opportunityId: deal.id, competitor: 'ignored' })).toMatchObject({
      status: 'in_progress',
      opportunityId: deal.id,
      amount: null,
      competitor: '',
    });
    set(core.id, '运营管理部', { status: 'sold', amount: 2_000_000, opportunityId: deal.id });
    set(cloud.id, '信息科技部', { status: 'potential', amount: 5_000_000, notes: '明年预算' });
    set(cloud.id, '运营管理部', { status: 'not_relevant', amount: 1 });
    set(cloud.id, '信用卡中心', { status: 'competitor', competitor: '某云厂商', amount: 3_000_000 });

    const g = grid();
    expect(g.account).toEqual({ id: account.id, name: '华东联合银行', currency: 'CNY', annualPotential: 48_000_000 });
    expect(g.offerings.map((o) => o.name)).toEqual(['核心系统', '私有云']);
    expect(g.units).toEqual([
      { name: '信息科技部', id: null, peopleCount: 2 },
      { name: '运营管理部', id: null, peopleCount: 1 },
      { name: '信用卡中心', id: unit.id, peopleCount: 0 },
    ]);
    expect(g.cells).toHaveLength(5);
    const at = (offeringId: string, unitName: string) => g.cells.find((c) => c.offeringId === offeringId && c.unit === unitName)!;
    expect(at(core.id, '运营管理部')).toMatchObject({ status: 'sold', opportunityId: null, amount: 2_000_000 });
    expect(at(cloud.id, '运营管理部')).toMatchObject({ status: 'not_relevant', amount: null });
    expect(at(cloud.id, '信用卡中心')).toMatchObject({ status: 'competitor', competitor: '某云厂商' });
    expect(g.opportunities).toEqual([{ id: deal.id, name: 'Core', status: 'open', amount: 30_000_000, currency: 'CNY' }]);
    // The in-progress cell counts its opportunity's amount; competitor and not-relevant cells count nothing.
    expect(g.totals).toEqual({ sold: 2_000_000, inProgress: 30_000_000, potential: 5_000_000, cells: 37_000_000, annualPotential: 48_000_000 });

    // Setting a cell again replaces it; null empties it. Undo sends the previous cell back.
    const previous = at(cloud.id, '信息科技部');
    set(cloud.id, '信息科技部', { status: 'potential', amount: 8_000_000 });
    expect(grid().totals.potential).toBe(8_000_000);
    const { id: _id, accountId: _a, offeringId: _o, unit: _u, updatedAt: _t, ...fields } = previous;
    expect(set(cloud.id, '信息科技部', fields)).toMatchObject({ ...fields, id: previous.id });
    expect(set(cloud.id, '信息科技部', null)).toBeNull();
    expect(grid().cells).toHaveLength(4);
    expect(set(cloud.id, '信息科技部', null)).toBeNull();
  });

  it('refuses an in-progress cell without an opportunity of this account, and a competitor cell without a name', () => {
    const other = t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Other' } });
    const theirs = t.call('opportunities.create', { accountId: other.id, fields: { ...emptyOpportunityFields, name: 'Theirs' } });
    const core = offering('核心系统');
    const refused = (cell: Partial<WhitespaceCellFields>) =>
      fieldOf(failure('whitespace.setCell', { accountId: account.id, offeringId: core.id, unit: 'IT', cell: { ...empty, ...cell } }));
    expect(refused({ status: 'in_progress' })).toEqual({ code: 'bad_input', key: 'opportunities.errors.cellNeedsOpportunity', path: 'cell.opportunityId' });
    expect(refused({ status: 'in_progress', opportunityId: theirs.id })).toEqual({
      code: 'bad_input',
      key: 'opportunities.errors.opportunityOtherAccount',
      path: 'cell.opportunityId',
    });
    expect(refused({ status: 'in_progress', opportunityId: 'none' })).toMatchObject({ code: 'not_found', path: 'cell.opportunityId' });
    expect(refused({ status: 'competitor', competitor: '  ' })).toEqual({ code: 'bad_input', key: 'opportunities.errors.cellNeedsCompetitor', path: 'cell.competitor' });
    expect(refused({ status: 'potential', amount: -1 })).toMatchObject({ code: 'bad_input', path: 'cell.amount' });
    expect(fieldOf(failure('whitespace.setCell', { accountId: account.id, offeringId: 'none', unit: 'IT', cell: empty }))).toMatchObject({
      code: 'not_found',
      path: 'offeringId',
    });
    expect(grid().cells).toEqual([]);
  });

  it('hides the cells of a deleted offering and the opportunity of a deleted one until they are restored', () => {
    const core = offering('核心系统');
    const deal = t.call('opportunities.create', { accountId: account.id, fields: { ...emptyOpportunityFields, name: 'Core', amount: 10 } });
    set(core.id, 'IT', { status: 'in_progress', opportunityId: deal.id });
    t.call('opportunities.delete', { id: deal.id });
    expect(grid().cells[0]).toMatchObject({ status: 'in_progress', opportunityId: null });
    expect(grid().totals.inProgress).toBe(0);
    t.call('opportunities.restore', { id: deal.id });
    expect(grid().cells[0]).toMatchObject({ opportunityId: deal.id });

    t.call('offerings.delete', { id: core.id });
    expect(grid()).toMatchObject({ offerings: [], cells: [] });
    t.call('offerings.restore', { id: core.id });
    expect(grid().cells).toHaveLength(1);
  });

  it('removes a free unit with its cells and puts exactly those back on undo', () => {
    const core = offering('核心系统');
    const cloud = offering('私有云');
    const unit = t.call('whitespace.addUnit', { accountId: account.id, name: '信用卡中心' });
    expect(fieldOf(failure('whitespace.addUnit', { accountId: account.id, name: '信用卡中心' }))).toEqual({
      code: 'conflict',
      key: 'opportunities.errors.duplicateUnit',
      path: 'name',
    });
    const a = set(core.id, '信用卡中心', { status: 'sold', amount: 1 })!;
    const b = set(cloud.id, '信用卡中心', { status: 'potential', amount: 2 })!;
    const before = grid();

    const removed = t.call('whitespace.removeUnit', { id: unit.id! });
    expect(removed).toEqual({ id: unit.id, cellIds: [a.id, b.id] });
    expect(grid()).toMatchObject({ units: [], cells: [] });
    expect(failure('whitespace.removeUnit', { id: unit.id }).code).toBe('not_found');

    // Meanwhile one cell was set again: the newer one stays.
    const newer = set(cloud.id, '信用卡中心', { status: 'not_relevant' })!;
    t.call('whitespace.restoreUnit', removed);
    const after = grid();
    expect(after.units).toEqual(before.units);
    expect(after.cells.map((c) => c.id).sort()).toEqual([a.id, newer.id].sort());
    expect(failure('whitespace.restoreUnit', removed).code).toBe('not_found');
  });

  it('keeps the cells of a removed free unit that is also a department', () => {
    person('何文', '信息科技部');
    const core = offering('核心系统');
    const unit = t.call('whitespace.addUnit', { accountId: account.id, name: '信息科技部' });
    expect(unit.peopleCount).toBe(1);
    set(core.id, '信息科技部', { status: 'sold' });
    expect(t.call('whitespace.removeUnit', { id: unit.id! })).toEqual({ id: unit.id, cellIds: [] });
    expect(grid().units).toEqual([{ name: '信息科技部', id: null, peopleCount: 1 }]);
    expect(grid().cells).toHaveLength(1);
  });

  it('answers not found for a deleted account', () => {
    t.call('accounts.delete', { id: account.id });
    expect(failure('whitespace.get', { accountId: account.id }).code).toBe('not_found');
    expect(failure('whitespace.addUnit', { accountId: account.id, name: 'x' }).code).toBe('not_found');
  });
});
