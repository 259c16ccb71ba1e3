import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyAccountFields, emptyPersonFields, type Account, type Envelope, } from '../../shared/contract/index.js';
import { openTempDb, type TempDb } from '../helpers/tempDb.js';

let t: TempDb;
beforeEach(async () => {
  t = await openTempDb();
});
afterEach(() => t.cleanup());

const createAccount = (name: string) => t.dispatch('accounts.create', { fields: { ...emptyAccountFields, name } }) as Envelope<Account>;
const search = (text: string) => t.call('accounts.list', { search: text }).map((a) => a.name);
const codeAndKey = (result: Envelope<unknown>) => (result.ok ? ['ok'] : [result.error.code, result.error.key]);

describe('account names in any language', () => {
  it.each([
    ['Émile SA', 'émile sa'],
    ['ΣΟΦΙΑ', 'σοφια'],
    ['Café', 'Cafe\u0301'],
    ['STRASSE AG', 'Straße AG'],
  ])('refuses %j once %j is taken (Unicode case folding, NFC)', (first, second) => {
    expect(createAccount(first).ok).toBe(true);
    expect(codeAndKey(createAccount(second))).toEqual(['conflict', 'errors.duplicateName']);
    expect(t.call('accounts.list', {})).toHaveLength(1);
  });

  it('checks renames the same way, but lets an account keep its own name in another case', () => {
    const emile = createAccount('Émile SA');
    const other = createAccount('Other');
    if (!emile.ok || !other.ok) throw new Error('set-up failed');
    expect(codeAndKey(t.dispatch('accounts.update', { id: other.data.id, fields: { ...emptyAccountFields, name: 'ÉMILE SA' } }))).toEqual([
      'conflict',
      'errors.duplicateName',
    ]);
    expect(t.dispatch('accounts.update', { id: emile.data.id, fields: { ...emptyAccountFields, name: 'émile sa' } }).ok).toBe(true);
  });

  it('refuses restoring an account from the trash whose name is now taken in another case', () => {
    const first = createAccount('Émile SA');
    if (!first.ok) throw new Error('set-up failed');
    t.call('accounts.delete', { id: first.data.id });
    expect(createAccount('ÉMILE SA').ok).toBe(true);
    expect(codeAndKey(t.dispatch('accounts.restore', { id: first.data.id }))).toEqual(['conflict', 'errors.duplicateName']);
  });

  it('stores names in NFC', () => {
    const created = createAccount('Cafe\u0301 Paris');
    expect(created.ok && created.data.name).toBe('Caf\u00e9 Paris');
    expect(t.handle.sqlite.prepare('select name from accounts').pluck().get()).toBe('Caf\u00e9 Paris');
  });

  it('finds names ignoring case and normal form', () => {
    for (const name of ['Émile SA', 'ΣΟΦΙΑ Holdings', 'Café Noir', 'Plain Ltd', '华东银行']) createAccount(name);
    expect(search('émile')).toEqual(['Émile SA']);
    expect(search('σοφια')).toEqual(['ΣΟΦΙΑ Holdings']);
    expect(search('CAFE\u0301')).toEqual(['Café Noir']);
    expect(search('华东')).toEqual(['华东银行']);
    // Wildcards typed by the user are plain characters.
    expect(search('%')).toEqual([]);
    expect(search('_')).toEqual([]);
  });

  it.each(['\u200b\u200b', '\u0000', '\u200e\u200f', '\u202e', '\ufeff'])('refuses a name of only %j as required', (name) => {
    expect(createAccount(name)).toMatchObject({ ok: false, error: { code: 'bad_input', fields: [{ path: 'fields.name', key: 'errors.required' }] } });
  });

  it('refuses a lone surrogate as ill-formed text, storing nothing', () => {
    expect(createAccount('Broken \ud800 name')).toMatchObject({ ok: false, error: { code: 'bad_input', fields: [{ path: 'fields.name', key: 'errors.text' }] } });
    const account = createAccount('Fine');
    if (!account.ok) throw new Error('set-up failed');
    const person = t.dispatch('people.create', { accountId: account.data.id, fields: { ...emptyPersonFields, name: 'Ada', notes: 'half a pair \udc00' } });
    expect(person).toMatchObject({ ok: false, error: { fields: [{ path: 'fields.notes', key: 'errors.text' }] } });
  });
});

describe('team member names in any language', () => {
  it('refuses a name already on the team in another case or form', () => {
    t.call('team.create', { fields: { name: 'Émile Zola', role: '' } });
    expect(codeAndKey(t.dispatch('team.create', { fields: { name: 'ÉMILE ZOLA', role: '' } }))).toEqual(['conflict', 'errors.duplicateTeamMember']);
    expect(codeAndKey(t.dispatch('team.create', { fields: { name: 'E\u0301mile zola', role: '' } }))).toEqual(['conflict', 'errors.duplicateTeamMember']);
  });
});
