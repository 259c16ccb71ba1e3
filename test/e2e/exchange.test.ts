import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXCHANGE_VERSION, type Person } from '../../shared/contract/index.js';
import { messages, type Language, type Messages } from '../../shared/i18n/index.js';
import { readCsvBytes, readTableFile } from '../../shared/import/index.js';
import { DEFAULT_ORDER } from '../../renderer/src/features/people/columns.js';
import { appPerTest } from './appPerTest.js';
import { screenshot, type App } from './harness.js';
import { addPerson, createAccount } from './mapHelpers.js';
import { watchDialogs } from './watchDialogs.js';
import { fill } from './uiText.js';

/**
 * Exports against the real backend: the key-person table as CSV and XLSX read back, and an account
 * exported to an exchange file and imported back as a copy through the accounts list.
 */

const launch = appPerTest();
const peopleOf = (a: App, accountId: string) => a.db.call('people.list', { accountId });

/** Clicks a button that saves a file; the save dialog (the harness's stand-in) takes the suggested name. */
async function saved(app: App, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const before = app.host.dialogs.length;
  await click();
  await expect.poll(() => app.host.dialogs.length).toBe(before + 1);
  const name = app.host.dialogs[before]?.suggestedName ?? '';
  await expect.poll(() => existsSync(join(app.host.folder, name))).toBe(true);
  return { name, bytes: readFileSync(join(app.host.folder, name)) };
}

function seed(app: App): string {
  const accountId = createAccount(app, 'Pacific <Grid> Corp');
  const cio = addPerson(app, accountId, { name: '王伟', title: '首席信息官', department: '信息科技部', roles: ['decision_maker'], attitude: 'supporter' });
  addPerson(app, accountId, { name: '=HYPERLINK("http://evil","x")', title: '@SUM(A1)', reportsToId: cio, pains: '-1+2' });
  addPerson(app, accountId, { name: 'Zoë "Quotes" O\'Neil', title: 'Buyer', reportsToId: cio, relationship: 'trusted', targetRelationship: 'ally' });
  return accountId;
}

describe('exports', () => {
  it.each<Language>(['en', 'zh-CN'])('saves the key-person table as CSV and Excel in the UI language, formulas inert (%s)', async (language) => {
    const t: Messages = messages[language];
    const app = await launch({ language });
    const accountId = seed(app);
    await app.page.goto(`${app.url}#/accounts/${accountId}/people`);
    await app.page.getByText(fill(t.table.shown, { shown: 3, total: 3 })).waitFor();

    const csv = await saved(app, () => app.page.getByRole('button', { name: t.peopleExport.csv }).click());
    expect(csv.name).toBe(`Pacific _Grid_ Corp-${t.peopleExport.sheet}.csv`);
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const read = readCsvBytes(csv.bytes);
    if (!read.ok) throw new Error(read.error.key);
    // The columns the table shows, in its order (a new user's default order).
    const shown = ['name', ...DEFAULT_ORDER] as const;
    expect(read.table.headers).toEqual(shown.map((column) => t.table.columns[column]));
    const at = (column: (typeof shown)[number]) => shown.indexOf(column);
    const rows = new Map(read.table.rows.map((r) => [r.cells[0], r.cells]));
    expect(rows.get("'=HYPERLINK(\"http://evil\",\"x\")")).toMatchObject({ [at('title')]: "'@SUM(A1)", [at('reportsTo')]: '王伟', [at('pains')]: "'-1+2" });
    expect(rows.get('王伟')).toMatchObject({ [at('title')]: '首席信息官', [at('roles')]: t.people.roles.decision_maker, [at('attitude')]: t.people.attitudes.supporter });
    expect(rows.get('Zoë "Quotes" O\'Neil')![at('relationship')]).toBe(`${t.people.relationship.trusted} → ${t.people.relationship.ally}`);
    await app.page.getByRole('status').filter({ hasText: fill(t.peopleExport.done_other, { count: 3, file: csv.name }) }).waitFor();
    await screenshot(app.page, `people-export.${language}`);

    const xlsx = await saved(app, () => app.page.getByRole('button', { name: t.peopleExport.xlsx }).click());
    const book = await readTableFile(new Uint8Array(xlsx.bytes));
    if (!book.ok) throw new Error(book.error.key);
    expect(book.table.source).toMatchObject({ format: 'xlsx', sheet: t.peopleExport.sheet });
    expect(book.table.headers).toEqual(read.table.headers);
    // Text cells hold the text itself: a string cell is never a formula.
    expect(book.table.rows.map((r) => r.cells[0]).sort()).toEqual(['=HYPERLINK("http://evil","x")', '王伟', 'Zoë "Quotes" O\'Neil'].sort());
    expect(app.errors).toEqual([]);
  });

  it.each<Language>(['en', 'zh-CN'])('exports an account to an exchange file and imports it back as a copy, undoable (%s)', async (language) => {
    const t: Messages = messages[language];
    const app = await launch({ language });
    const dialogs = watchDialogs(app.page);
    const accountId = seed(app);
    const original = peopleOf(app, accountId);
    await app.page.goto(`${app.url}#/accounts/${accountId}`);
    const file = await saved(app, () => app.page.getByRole('button', { name: t.exchange.exportButton }).click());
    expect(file.name).toBe('Pacific _Grid_ Corp.keyplan.json');
    const document = JSON.parse(file.bytes.toString('utf8')) as { format: string; version: number; accounts: { people: Person[] }[] };
    expect(document).toMatchObject({ format: 'keyplan-exchange', version: EXCHANGE_VERSION });
    expect(document.accounts[0]!.people).toHaveLength(3);

    await app.page.goto(`${app.url}#/accounts`);
    await app.page.getByRole('button', { name: t.exchange.importButton }).click();
    const dialog = app.page.getByRole('dialog', { name: t.exchange.importTitle });
    // A damaged file first: refused with the path of what is wrong.
    const broken = structuredClone(document);
    (broken.accounts[0]!.people[1] as { name: string }).name = '';
    await dialog.getByLabel(t.exchange.choose).setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await dialog.getByRole('alert').filter({ hasText: fill(t.exchange.errors.invalid, { path: 'accounts[0].people[1].name', problem: t.errors.required }) }).waitFor();
    await screenshot(app.page, `exchange-import-error.${language}`);
    await dialog.getByLabel(t.exchange.choose).setInputFiles({ name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...document, version: EXCHANGE_VERSION + 1 })) });
    await dialog.getByRole('alert').filter({ hasText: fill(t.exchange.errors.newerVersion, { version: EXCHANGE_VERSION + 1, supported: EXCHANGE_VERSION }) }).waitFor();
    expect(app.db.call('accounts.list', {})).toHaveLength(1);

    await dialog.getByLabel(t.exchange.choose).setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
    await dialog.getByText(fill(t.exchange.renamed, { name: 'Pacific <Grid> Corp (2)' }), { exact: false }).waitFor();
    await screenshot(app.page, `exchange-import.${language}`);
    await dialog.getByRole('button', { name: fill(t.exchange.submit_one, { count: 1 }) }).click();
    await dialog.waitFor({ state: 'detached' });
    await app.page.getByRole('heading', { level: 1, name: 'Pacific <Grid> Corp (2)' }).waitFor();

    const accounts = app.db.call('accounts.list', {});
    expect(new Map(accounts.map((a) => [a.name, a.peopleCount]))).toEqual(new Map([['Pacific <Grid> Corp', 3], ['Pacific <Grid> Corp (2)', 3]]));
    const copy = accounts.find((a) => a.name.endsWith('(2)'))!;
    const copied = peopleOf(app, copy.id);
    const shape = (people: Person[]) => people.map((p) => [p.name, p.title, p.reportsToId ? people.find((m) => m.id === p.reportsToId)!.name : null]).sort();
    expect(shape(copied)).toEqual(shape(original));
    expect(peopleOf(app, accountId)).toEqual(original);

    // Undo in the toast moves the copy to the trash; redo brings it back.
    await app.page.getByRole('button', { name: t.common.undo }).click();
    await expect.poll(() => app.db.call('accounts.list', {}).length).toBe(1);
    await app.page.getByRole('button', { name: t.exchange.redo }).click();
    await expect.poll(() => app.db.call('accounts.list', {}).length).toBe(2);
    expect(dialogs).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
