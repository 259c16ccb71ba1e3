import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyAccountFields, emptyPersonFields, type Account, type ApiError, type LinkFields, type Person } from '../../shared/contract/index.js';
import { openTempDb, type TempDb } from '../helpers/tempDb.js';

let t: TempDb;
let account: Account;
let a: Person;
let b: Person;
let c: Person;
beforeEach(async () => {
  t = await openTempDb();
  account = t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Bank' } });
  [a, b, c] = ['CIO', 'CFO', 'Coach'].map((name) => person(name)) as [Person, Person, Person];
});
afterEach(() => t.cleanup());

function person(name: string, accountId = account.id) {
  return t.call('people.create', { accountId, fields: { ...emptyPersonFields, name } });
}
const fields = (kind: LinkFields['kind'], over: Partial<LinkFields> = {}): LinkFields => ({ kind, label: '', step: null, notes: '', ...over });
const link = (source: Person, target: Person, f: LinkFields) =>
  t.call('links.create', { accountId: account.id, sourceId: source.id, targetId: target.id, fields: f });
const failure = (channel: string, input: unknown): ApiError => {
  const result = t.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return result.error;
};
const liveLinks = () => t.call('map.get', { accountId: account.id }).links;

describe('links.create', () => {
  it('creates links of every kind and shows them on the map', () => {
    const kinds = ['dotted_reports_to', 'influences', 'decision_flow', 'pain_chain', 'ally', 'conflict'] as const;
    const created = kinds.map((kind) => link(a, b, fields(kind, { label: kind === 'pain_chain' ? '预算压缩' : '' })));
    expect(created.map((l) => l.kind)).toEqual(kinds);
    expect(created.find((l) => l.kind === 'pain_chain')?.label).toBe('预算压缩');
    expect(liveLinks().sort((x, y) => x.id.localeCompare(y.id))).toEqual(created.sort((x, y) => x.id.localeCompare(y.id)));
  });

  it('refuses a link from a person to themselves', () => {
    expect(failure('links.create', { accountId: account.id, sourceId: a.id, targetId: a.id, fields: fields('influences') })).toMatchObject({
      code: 'bad_input',
      key: 'errors.selfLink',
    });
    expect(liveLinks()).toEqual([]);
  });

  it('refuses a link between people of two accounts', () => {
    const other = t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Other' } });
    const stranger = person('Stranger', other.id);
    const error = failure('links.create', { accountId: account.id, sourceId: a.id, targetId: stranger.id, fields: fields('ally') });
    expect(error).toMatchObject({ code: 'bad_input', key: 'errors.crossAccount' });
    expect(failure('links.create', { accountId: other.id, sourceId: a.id, targetId: stranger.id, fields: fields('ally') }).key).toBe(
      'errors.crossAccount',
    );
    expect(liveLinks()).toEqual([]);
    expect(t.call('map.get', { accountId: other.id }).links).toEqual([]);
  });

  it('refuses a link to a deleted or unknown person', () => {
    t.call('people.delete', { ids: [c.id] });
    expect(failure('links.create', { accountId: account.id, sourceId: a.id, targetId: c.id, fields: fields('influences') })).toMatchObject({
      code: 'not_found',
      key: 'errors.personNotFound',
    });
    expect(failure('links.create', { accountId: account.id, sourceId: 'ghost', targetId: a.id, fields: fields('influences') }).code).toBe(
      'not_found',
    );
    expect(liveLinks()).toEqual([]);
  });

  it('refuses a second link of the same kind between the same pair', () => {
    link(a, b, fields('influences'));
    expect(failure('links.create', { accountId: account.id, sourceId: a.id, targetId: b.id, fields: fields('influences') })).toMatchObject({
      code: 'conflict',
      key: 'errors.duplicateLink',
    });
    // The other direction of a directed kind is another link; for mutual kinds it is the same one.
    link(b, a, fields('influences'));
    link(a, b, fields('ally'));
    expect(failure('links.create', { accountId: account.id, sourceId: b.id, targetId: a.id, fields: fields('ally') }).key).toBe(
      'errors.duplicateLink',
    );
    expect(liveLinks()).toHaveLength(3);
  });

  it('numbers decision-flow steps after the last one unless given, and steps belong to decision flow only', () => {
    expect(link(c, a, fields('decision_flow')).step).toBe(1);
    expect(link(a, b, fields('decision_flow')).step).toBe(2);
    expect(link(c, b, fields('decision_flow', { step: 2 })).step).toBe(2);
    expect(link(b, c, fields('decision_flow')).step).toBe(3);
    expect(link(a, c, fields('influences', { step: 5 })).step).toBeNull();
  });

  it('numbers after the highest step when the steps have a gap (1, 2, 5 → 6)', () => {
    link(a, b, fields('decision_flow', { step: 1 }));
    link(b, c, fields('decision_flow', { step: 2 }));
    link(c, a, fields('decision_flow', { step: 5 }));
    expect(link(a, c, fields('decision_flow')).step).toBe(6);
  });
});

describe('links.update', () => {
  it('edits label, notes and step', () => {
    const l = link(a, b, fields('decision_flow'));
    const u = t.call('links.update', { id: l.id, patch: { label: '立项', step: 4, notes: 'n' } });
    expect(u).toMatchObject({ label: '立项', step: 4, notes: 'n', kind: 'decision_flow', sourceId: a.id, targetId: b.id });
    expect(liveLinks()[0]).toEqual(u);
  });

  it('changes the kind, numbering a new decision-flow step and refusing a duplicate', () => {
    link(a, b, fields('decision_flow'));
    const l = link(b, c, fields('influences'));
    expect(t.call('links.update', { id: l.id, patch: { kind: 'decision_flow' } }).step).toBe(2);
    expect(t.call('links.update', { id: l.id, patch: { kind: 'ally' } }).step).toBeNull();
    link(c, b, fields('conflict'));
    expect(failure('links.update', { id: l.id, patch: { kind: 'conflict' } })).toMatchObject({ code: 'conflict', key: 'errors.duplicateLink' });
    expect(liveLinks().find((x) => x.id === l.id)?.kind).toBe('ally');
  });

  it('refuses an unknown or deleted link', () => {
    const l = link(a, b, fields('ally'));
    t.call('links.delete', { ids: [l.id] });
    expect(failure('links.update', { id: l.id, patch: { label: 'x' } })).toMatchObject({ code: 'not_found', key: 'errors.linkNotFound' });
  });
});

describe('links.delete and links.restore', () => {
  it('deletes and restores links', () => {
    const l1 = link(a, b, fields('ally'));
    const l2 = link(b, c, fields('pain_chain', { label: 'cost' }));
    expect(t.call('links.delete', { ids: [l1.id, l2.id] })).toEqual({ ids: [l1.id, l2.id] });
    expect(liveLinks()).toEqual([]);
    const restored = t.call('links.restore', { ids: [l2.id, l1.id] });
    expect(restored).toEqual([l2, l1]);
    expect(liveLinks()).toHaveLength(2);
  });

  it('deletes nothing when one id is unknown', () => {
    const l1 = link(a, b, fields('ally'));
    expect(failure('links.delete', { ids: [l1.id, 'ghost'] })).toMatchObject({ code: 'not_found', key: 'errors.linkNotFound' });
    expect(liveLinks()).toHaveLength(1);
  });

  it('refuses to restore a link whose person was deleted, or that a newer link duplicates', () => {
    const l1 = link(a, b, fields('ally'));
    const l2 = link(a, c, fields('conflict'));
    t.call('links.delete', { ids: [l1.id, l2.id] });
    link(b, a, fields('ally'));
    t.call('people.delete', { ids: [c.id] });
    expect(failure('links.restore', { ids: [l1.id] })).toMatchObject({ code: 'conflict', key: 'errors.duplicateLink' });
    expect(failure('links.restore', { ids: [l2.id] })).toMatchObject({ code: 'conflict', key: 'errors.linkPersonDeleted' });
    expect(failure('links.restore', { ids: ['ghost'] }).code).toBe('not_found');
    expect(liveLinks()).toHaveLength(1);
  });
});
