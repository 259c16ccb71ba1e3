import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EXCHANGE_VERSION,
  emptyAccountFields,
  emptyPersonFields,
  type Account,
  type AccountMap,
} from '../../shared/contract/index.js';
import { readExchangeText } from '../../shared/exchange/readExchange.js';
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
const map = (accountId: string) => t.call('map.get', { accountId });
const refusal = (document: unknown) => {
  const result = t.dispatch('exchange.import', { document });
  if (result.ok) throw new Error('exchange.import unexpectedly succeeded');
  return result.error;
};
/** A person as the file holds them, with the ids replaced by names so two copies compare. */
function comparable(m: AccountMap) {
  const name = new Map(m.people.map((p) => [p.id, p.name]));
  const owner = new Map(m.team.map((member) => [member.id, member.name]));
  return {
    people: m.people
      .map(({ id: _id, accountId: _a, reportsToId, ownerId, ...rest }) => ({ ...rest, reportsTo: reportsToId && name.get(reportsToId), owner: ownerId && owner.get(ownerId) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    links: m.links.map((l) => `${name.get(l.sourceId)} ${l.kind} ${name.get(l.targetId)} ${l.label} ${l.step}`).sort(),
  };
}

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
    expect(entry!.team.map((m) => m.id).sort()).toEqual([...owners].sort());
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
      [{ ...good, version: 2 }, 'exchange.errors.newerVersion', { version: 2, supported: 1 }],
      [{ ...good, opportunities: [] }, 'exchange.errors.newerSection', { section: 'opportunities' }],
      [{ ...good, accounts: [{ ...good.accounts[0]!, scorecards: [] }] }, 'exchange.errors.newerSection', { section: 'accounts[0].scorecards' }],
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
