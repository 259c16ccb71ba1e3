import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { emptyAccountFields, emptyPersonFields, type MapPerson } from '../../shared/contract/index.js';
import { messages, type Language, type Messages } from '../../shared/i18n/index.js';
import { encodeText } from '../helpers/encodeText.js';
import { mulberry32 } from '../helpers/orgGenerator.js';
import { csvAsXlsx } from '../helpers/workbook.js';
import { appPerTest } from './appPerTest.js';
import { screenshot, type App } from './harness.js';
import { watchDialogs } from './watchDialogs.js';
import { fill } from './uiText.js';

/**
 * The CSV import dialog, opened with the "Import CSV" button of the key-person table
 * (/#/accounts/<id>/people), against the real backend.
 */

const launch = appPerTest();

const FIXTURE = readFileSync(fileURLToPath(new URL('../fixtures/org-oracle-hr.csv', import.meta.url)));


function createAccount(a: App, name: string): string {
  return a.db.call('accounts.create', { fields: { ...emptyAccountFields, name } }).id;
}
const peopleOf = (a: App, accountId: string) => a.db.call('people.list', { accountId });

async function openImport(a: App, accountId: string, t: Messages): Promise<ReturnType<Page['getByRole']>> {
  await a.page.goto(`${a.url}#/accounts/${accountId}/people`);
  await a.page.getByRole('button', { name: t.import.button }).click();
  const dialog = a.page.getByRole('dialog', { name: t.import.title });
  await dialog.waitFor();
  return dialog;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const chooseFile = (dialog: ReturnType<Page['getByRole']>, t: Messages, name: string, buffer: Buffer) =>
  dialog.getByLabel(t.import.source.choose).setInputFiles({ name, mimeType: name.endsWith('.xlsx') ? XLSX_TYPE : 'text/csv', buffer });

/** Drops a file on the drop zone as a file manager would (a real DataTransfer holding a File). */
async function dropFile(page: Page, name: string, bytes: Buffer) {
  await page.evaluate(
    ({ name, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/csv' }));
      const zone = document.querySelector('[data-testid="import-drop"]')!;
      for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, bytes: [...bytes] },
  );
}

const summary = (t: Messages, people: number, problems: number) =>
  fill(t.import.preview.summary, {
    people: fill(people === 1 ? t.import.preview.people_one : t.import.preview.people_other, { count: people }),
    problems: fill(problems === 1 ? t.import.preview.problems_one : t.import.preview.problems_other, { count: problems }),
  });

describe('importing an org chart from CSV', () => {
  it.each<Language>(['en', 'zh-CN'])('imports the 107-person Oracle HR chart with its reporting lines, undo and redo (%s)', async (language) => {
    const t = messages[language];
    const app = await launch({ language });
    const { page } = app;
    const accountId = createAccount(app, 'Oracle HR');
    const dialog = await openImport(app, accountId, t);
    await dialog.getByText(t.import.source.drop).waitFor();
    await screenshot(page, `import-source.${language}`);

    await chooseFile(dialog, t, 'org-oracle-hr.csv', FIXTURE);
    await dialog.getByRole('status').filter({ hasText: summary(t, 107, 0) }).waitFor();
    await dialog.getByText(fill(t.import.preview.shape, { roots: 1, depth: 3, maxReports: 14 })).waitFor();

    // The guessed mapping, in the selects a user would check.
    const column = (letter: string, header: string) => fill(t.import.mapping.column, { letter, header });
    const selected = async (label: string) => dialog.getByLabel(label, { exact: true }).locator('option:checked').textContent();
    expect(await dialog.getByLabel(t.import.mapping.combine).isChecked()).toBe(true);
    expect(await selected(t.import.targets.firstName)).toBe(column('C', 'name'));
    expect(await selected(t.import.targets.lastName)).toBe(column('D', 'lastName'));
    expect(await selected(t.import.targets.title)).toBe(column('E', 'position'));
    expect(await selected(t.import.targets.department)).toBe(column('Q', 'department_name'));
    expect(await selected(t.import.targets.id)).toBe(column('A', 'id'));
    expect(await selected(t.import.targets.manager)).toBe(column('B', 'parentId'));

    const preview = dialog.getByRole('table', { name: t.import.preview.tableLabel });
    await preview.getByRole('row').filter({ hasText: 'Alexander Hunold' }).filter({ hasText: 'Lex De Haan' }).waitFor();
    expect(await preview.locator('tbody tr').first().locator('td').first().textContent()).toBe('Steven King');
    await screenshot(page, `import-mapping-preview.${language}`);

    await dialog.getByRole('button', { name: fill(t.import.submit_other, { count: 107 }) }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: fill(t.import.done_other, { count: 107 }) }).waitFor();
    await page.getByText(fill(t.table.shown, { shown: 107, total: 107 })).waitFor();

    const people = peopleOf(app, accountId);
    expect(people).toHaveLength(107);
    const king = people.find((p) => p.name === 'Steven King')!;
    expect(people.filter((p) => p.reportsToId === king.id)).toHaveLength(14);
    expect(people.filter((p) => p.reportsToId === null).map((p) => p.name)).toEqual(['Steven King']);

    // One undo takes the whole import back; redo brings it back with its reporting lines.
    await page.keyboard.press('Control+z');
    await expect.poll(() => peopleOf(app, accountId).length).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => peopleOf(app, accountId).length).toBe(107);
    const again = peopleOf(app, accountId);
    expect(again.filter((p) => p.reportsToId === king.id)).toHaveLength(14);
    await page.getByText(fill(t.table.shown, { shown: 107, total: 107 })).waitFor();

    // The map lays the imported chart out by itself.
    await page.getByRole('navigation', { name: t.accounts.tabs.label }).getByRole('link', { name: t.map.tab, exact: true }).click();
    await page.locator('.person-card').filter({ hasText: 'Steven King' }).waitFor();
    expect(app.errors).toEqual([]);
  });

  it('reads a dropped Chinese HR export, shows each row’s problem in place and keeps hostile text inert (zh-CN)', async () => {
    const t = messages['zh-CN'];
    const app = await launch({ language: 'zh-CN' });
    const { page } = app;
    const dialogs = watchDialogs(page);
    const boss = { ...emptyAccountFields, name: '华东联合银行' };
    const accountId = app.db.call('accounts.create', { fields: boss }).id;
    const csv = [
      '\uFEFF工号,姓名,职务,部门,手机,直属上级',
      'E01,周国平,行长,行长办公室,13800000001,',
      'E02,赵建华,信息科技部总经理,信息科技部,13800000002,周国平',
      'E03,"<img src=x onerror=alert(1)>",架构师,信息科技部,,赵建华',
      'E04,,采购经理,采购中心,,周国平',
      'E05,钱立,风险官,风险管理部,,不存在的人',
    ].join('\r\n');
    const dialog = await openImport(app, accountId, t);
    await dropFile(page, '关键人物.csv', Buffer.from(csv, 'utf8'));

    await dialog.getByRole('status').filter({ hasText: summary(t, 4, 2) }).waitFor();
    expect(await dialog.getByLabel(t.import.mapping.managerBy).locator('option:checked').textContent()).toBe(t.import.mapping.managerByName);
    const row = (n: number) => dialog.getByRole('table', { name: t.import.preview.tableLabel }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(n), exact: true }) });
    await row(5).getByText(t.import.problems.missingName).waitFor();
    expect(await row(5).getAttribute('class')).toContain('import-row-error');
    await row(6).getByText(fill(t.import.problems.unknownManager, { value: '不存在的人' })).waitFor();
    expect(await row(6).getAttribute('class')).toContain('import-row-warning');
    await row(4).getByText('<img src=x onerror=alert(1)>').waitFor();
    await row(4).getByText('赵建华').waitFor();
    await screenshot(page, 'import-problems.zh-CN');

    await dialog.getByRole('button', { name: fill(t.import.submit_other, { count: 4 }) }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: '<img src=x onerror=alert(1)>' }).waitFor();
    const people = peopleOf(app, accountId);
    expect(people.map((p) => p.name).sort()).toEqual(['<img src=x onerror=alert(1)>', '周国平', '赵建华', '钱立'].sort());
    const byName = new Map(people.map((p: MapPerson) => [p.name, p]));
    expect(byName.get('<img src=x onerror=alert(1)>')!.reportsToId).toBe(byName.get('赵建华')!.id);
    expect(byName.get('钱立')!.reportsToId).toBeNull();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('maps columns by hand from a pasted table and combines first and last names', async () => {
    const t = messages.en;
    const app = await launch({ language: 'en' });
    const accountId = createAccount(app, 'Paste Co');
    const dialog = await openImport(app, accountId, t);
    await dialog.getByLabel(t.import.source.pasteLabel).fill('Given\tFamily\tFunction\tBoss\nAnn\tLee\tCEO\t\nBob\tKing\tCFO\tAnn Lee\n');
    await dialog.getByRole('button', { name: t.import.source.usePaste }).click();

    // "Given"/"Family" are not recognised: the name is missing until chosen.
    await dialog.getByText(t.import.mapping.needName).waitFor();
    expect(await dialog.getByRole('button', { name: fill(t.import.submit_other, { count: 0 }) }).isDisabled()).toBe(true);
    await dialog.getByLabel(t.import.mapping.combine).check();
    await dialog.getByLabel(t.import.targets.firstName, { exact: true }).selectOption({ label: 'A: Given' });
    await dialog.getByLabel(t.import.targets.lastName, { exact: true }).selectOption({ label: 'B: Family' });
    await dialog.getByLabel(t.import.targets.title, { exact: true }).selectOption({ label: 'C: Function' });
    await dialog.getByLabel(t.import.targets.manager, { exact: true }).selectOption({ label: 'D: Boss' });
    await dialog.getByRole('status').filter({ hasText: summary(t, 2, 0) }).waitFor();
    await dialog.getByRole('table', { name: t.import.preview.tableLabel }).getByRole('row').filter({ hasText: 'Bob King' }).filter({ hasText: 'Ann Lee' }).waitFor();

    await dialog.getByRole('button', { name: fill(t.import.submit_other, { count: 2 }) }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => peopleOf(app, accountId).length).toBe(2);
    const [ann, bob] = ['Ann Lee', 'Bob King'].map((name) => peopleOf(app, accountId).find((p) => p.name === name)!);
    expect(bob!).toMatchObject({ title: 'CFO', reportsToId: ann!.id });
    expect(app.errors).toEqual([]);
  });

  it('imports into an account that already has people: skips names already there and hangs the rest under a chosen person', async () => {
    const t = messages.en;
    const app = await launch({ language: 'en' });
    const accountId = createAccount(app, 'Growing Co');
    const ann = app.db.call('people.create', { accountId, fields: { ...emptyPersonFields, name: 'Ann Lee', title: 'CIO' }, position: null });
    const dialog = await openImport(app, accountId, t);
    await dialog.getByLabel(t.import.source.pasteLabel).fill('Name,Manager\nAnn Lee,\nBob,Ann Lee\nCarol,\n');
    await dialog.getByRole('button', { name: t.import.source.usePaste }).click();

    // Merged by default: Ann Lee has nothing new to take.
    await dialog.getByText(fill(t.import.problems.nothingToMerge, { name: 'Ann Lee' })).waitFor();
    await dialog.getByLabel(t.import.duplicates.action).selectOption({ label: t.import.duplicates.create });
    await dialog.getByText(fill(t.import.problems.alreadyThereName, { name: 'Ann Lee' })).waitFor();
    await dialog.getByRole('status').filter({ hasText: summary(t, 3, 1) }).waitFor();
    await dialog.getByLabel(t.import.duplicates.action).selectOption({ label: t.import.duplicates.skip });
    await dialog.getByText(fill(t.import.problems.skippedExisting, { name: 'Ann Lee' })).waitFor();
    await dialog.getByLabel(t.import.options.attachTo).selectOption({ label: 'Ann Lee · CIO' });
    await dialog.getByRole('status').filter({ hasText: summary(t, 2, 0) }).waitFor();
    await dialog.getByRole('row').filter({ hasText: 'Carol' }).getByText(fill(t.import.preview.existingManager, { name: 'Ann Lee' })).waitFor();
    await screenshot(app.page, 'import-existing.en');

    await dialog.getByRole('button', { name: fill(t.import.submit_other, { count: 2 }) }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => peopleOf(app, accountId).length).toBe(3);
    const people = peopleOf(app, accountId);
    expect(people.filter((p) => p.name === 'Ann Lee')).toHaveLength(1);
    expect(people.filter((p) => p.reportsToId === ann.id).map((p) => p.name).sort()).toEqual(['Bob', 'Carol']);
    expect(app.errors).toEqual([]);
  });

  it('refuses binary garbage, a 60 MB file, a damaged UTF-8 file, a cut workbook, a file without a header and an unclosed quote with a clear message, changing nothing', async () => {
    const t = messages.en;
    const app = await launch({ language: 'en' });
    const accountId = createAccount(app, 'Careful Co');
    const dialog = await openImport(app, accountId, t);
    const alert = dialog.getByRole('alert');
    const random = mulberry32(3);

    await chooseFile(dialog, t, 'export.xlsx', Buffer.from(Uint8Array.from({ length: 2048 }, () => Math.floor(random() * 256))));
    await alert.filter({ hasText: t.import.fileErrors.notText }).waitFor();
    await screenshot(app.page, 'import-not-text.en');

    // A UTF-8 file with one stray byte on line 3: refused with the reason and the line.
    await chooseFile(dialog, t, 'stray.csv', Buffer.concat([Buffer.from('Name,Title\nJosé García,CEO\n'), Buffer.from([0xff]), Buffer.from('Bob,CFO\n')]));
    await alert.filter({ hasText: fill(t.import.fileErrors.badUtf8, { line: 3 }) }).waitFor();
    // It can still be read in an encoding of the user's choice.
    await dialog.getByLabel(t.import.source.encoding).selectOption('windows-1252');
    await dialog.getByRole('table', { name: t.import.preview.tableLabel }).getByText('JosÃ© Garc', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: t.import.back }).click();

    // A workbook cut short.
    const xlsx = Buffer.from(await csvAsXlsx(FIXTURE));
    await chooseFile(dialog, t, 'cut.xlsx', xlsx.subarray(0, xlsx.length >> 1));
    await alert.filter({ hasText: t.import.fileErrors.damagedWorkbook }).waitFor();

    // Over Playwright's limit for a file given as bytes: from disk.
    const huge = join(app.host.folder, 'huge.csv');
    writeFileSync(huge, Buffer.alloc(60 * 1024 * 1024, 'a'));
    await dialog.getByLabel(t.import.source.choose).setInputFiles(huge);
    await alert.filter({ hasText: fill(t.import.fileErrors.tooLarge, { size: 60, max: 50 }) }).waitFor();

    await chooseFile(dialog, t, 'no-header.csv', Buffer.from('100,,Steven,King\n101,100,Neena,Kochhar\n'));
    await alert.filter({ hasText: fill(t.import.fileErrors.noHeader, { row: 1 }) }).waitFor();

    await chooseFile(dialog, t, 'quotes.csv', Buffer.from('Name,Title\nAnn,CEO\n"Bob,CFO\nCarol,CTO\n'));
    await alert.filter({ hasText: fill(t.import.fileErrors.quotes, { row: 3 }) }).waitFor();

    // Ragged rows are reported on their row; the others can still be imported.
    await chooseFile(dialog, t, 'ragged.csv', Buffer.from('Name,Title,Department\nAnn,CEO,Board\nBob,CFO\n'));
    await dialog.getByText(fill(t.import.problems.cellCount, { count: 2, expected: 3 })).waitFor();
    await dialog.getByRole('status').filter({ hasText: summary(t, 1, 1) }).waitFor();
    await screenshot(app.page, 'import-ragged.en');

    await dialog.getByRole('button', { name: t.common.cancel }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(peopleOf(app, accountId)).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it.each<Language>(['en', 'zh-CN'])('imports the Oracle HR chart from an .xlsx workbook through the same mapping and preview (%s)', async (language) => {
    const t = messages[language];
    const app = await launch({ language });
    const accountId = createAccount(app, 'Oracle HR workbook');
    const dialog = await openImport(app, accountId, t);
    await chooseFile(dialog, t, 'org-oracle-hr.xlsx', Buffer.from(await csvAsXlsx(FIXTURE, 'Employees')));
    await dialog.getByRole('status').filter({ hasText: summary(t, 107, 0) }).waitFor();
    await dialog.getByText(fill(t.import.source.file, { file: 'org-oracle-hr.xlsx', rows: 107, columns: 24 })).waitFor();
    await dialog.getByText(fill(t.import.layouts.recognised, { layout: t.import.layouts.orgChart })).waitFor();
    expect(await dialog.getByLabel(t.import.mapping.combine).isChecked()).toBe(true);
    await dialog.getByRole('table', { name: t.import.preview.tableLabel }).getByRole('row').filter({ hasText: 'Alexander Hunold' }).filter({ hasText: 'Lex De Haan' }).waitFor();
    await screenshot(app.page, `import-xlsx.${language}`);

    await dialog.getByRole('button', { name: fill(t.import.submit_other, { count: 107 }) }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => peopleOf(app, accountId).length).toBe(107);
    const people = peopleOf(app, accountId);
    const king = people.find((p) => p.name === 'Steven King')!;
    expect(people.filter((p) => p.reportsToId === king.id)).toHaveLength(14);
    expect(app.errors).toEqual([]);
  });

  it('reads a Windows-1252 CSV with the right names, lets the encoding be changed, and a workbook with errors shows them and writes nothing', async () => {
    const t = messages.en;
    const app = await launch({ language: 'en' });
    const accountId = createAccount(app, 'Müller GmbH');
    const dialog = await openImport(app, accountId, t);
    await chooseFile(dialog, t, 'kontakte.csv', Buffer.from(encodeText('Name,Title\r\nJürgen Müller,Geschäftsführer\r\nJosé García,CFO\r\n', 'windows-1252')));
    const preview = dialog.getByRole('table', { name: t.import.preview.tableLabel });
    await preview.getByText('Jürgen Müller').waitFor();
    await preview.getByText('José García').waitFor();
    const encoding = dialog.getByLabel(t.import.source.encoding);
    expect(await encoding.locator('option:checked').textContent()).toBe(t.import.encodings['windows-1252']);
    // Read as UTF-8 instead: those bytes are not UTF-8, said with the line; the table read before stays.
    await encoding.selectOption('utf-8');
    await dialog.getByRole('alert').filter({ hasText: fill(t.import.fileErrors.badBytes, { encoding: t.import.encodings['utf-8'], line: 2 }) }).waitFor();
    await preview.getByText('Jürgen Müller').waitFor();

    await dialog.getByRole('button', { name: t.import.back }).click();
    const broken = await csvAsXlsx(Buffer.from('id,name,manager\n1,Ann,\n2,,1\n1,Bob,1\n3,Carol,99\n'));
    await chooseFile(dialog, t, 'broken.xlsx', Buffer.from(broken));
    const row = (n: number) => preview.getByRole('row').filter({ has: app.page.getByRole('rowheader', { name: String(n), exact: true }) });
    await row(3).getByText(t.import.problems.missingName).waitFor();
    await row(4).getByText(fill(t.import.problems.duplicateId, { id: '1', row: 2 })).waitFor();
    await row(5).getByText(fill(t.import.problems.unknownManager, { value: '99' })).waitFor();
    await dialog.getByRole('status').filter({ hasText: summary(t, 2, 3) }).waitFor();
    await screenshot(app.page, 'import-xlsx-problems.en');
    await dialog.getByRole('button', { name: t.common.cancel }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(peopleOf(app, accountId)).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it.each<Language>(['en', 'zh-CN'])('merges likely duplicates into the people already there, or skips them row by row, in one undoable import (%s)', async (language) => {
    const t = messages[language];
    const app = await launch({ language });
    const accountId = createAccount(app, 'Merge Co');
    const ann = app.db.call('people.create', { accountId, fields: { ...emptyPersonFields, name: 'Ann Lee', title: 'CIO' }, position: null });
    app.db.call('people.create', { accountId, fields: { ...emptyPersonFields, name: 'Bob King', email: 'bob@bank.cn' }, position: null });
    const dialog = await openImport(app, accountId, t);
    await dialog.getByLabel(t.import.source.pasteLabel).fill('Name,Title,Email,Phone,Manager\nann lee,Head of IT,ann@bank.cn,+86 10,\nRobert King,Controller,bob@bank.cn,139,Ann Lee\nCarol,CTO,,,Ann Lee\n');
    await dialog.getByRole('button', { name: t.import.source.usePaste }).click();

    const preview = dialog.getByRole('table', { name: t.import.preview.tableLabel });
    await dialog.getByText(fill(t.import.duplicates.intro_other, { count: 2 })).waitFor();
    await preview.getByText(fill(t.import.problems.mergeInto, { name: 'Ann Lee', fields: [t.import.targets.email, t.import.targets.phone].join(t.import.listSeparator) })).waitFor();
    await screenshot(app.page, `import-merge.${language}`);
    // Robert King matches Bob King by email; leave him out for this row only.
    await dialog.getByLabel(fill(t.import.duplicates.rowAction, { row: 3 })).selectOption({ label: t.import.duplicates.skip });
    await preview.getByText(fill(t.import.problems.skippedExisting, { name: 'Bob King' })).waitFor();
    await dialog.getByRole('button', { name: fill(t.import.submitMerge, { people: fill(t.import.preview.people_one, { count: 1 }), merged: 1 }) }).click();
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(() => peopleOf(app, accountId).length).toBe(3);
    const byName = () => new Map(peopleOf(app, accountId).map((p) => [p.name, p]));
    expect(byName().get('Ann Lee')).toMatchObject({ id: ann.id, title: 'CIO', email: 'ann@bank.cn', phone: '+86 10' });
    expect(byName().get('Bob King')).toMatchObject({ title: '', phone: '' });
    expect(byName().get('Carol')!.reportsToId).toBe(ann.id);

    // One undo takes the new person and the merge back; redo does both again.
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => peopleOf(app, accountId).length).toBe(2);
    expect(byName().get('Ann Lee')).toMatchObject({ email: '', phone: '' });
    await app.page.keyboard.press('Control+Shift+z');
    await expect.poll(() => byName().get('Ann Lee')?.phone).toBe('+86 10');
    expect(peopleOf(app, accountId)).toHaveLength(3);
    expect(app.errors).toEqual([]);
  });

  it.each<[Language, number]>([
    ['en', 50_000],
    ['zh-CN', 10_000],
  ])('%s: imports %i rows through the dialog in one call', async (language, rows) => {
    const t = messages[language];
    const app = await launch({ language });
    const accountId = createAccount(app, 'Very Large Co');
    const dialog = await openImport(app, accountId, t);
    const lines = ['id,name,title,manager', ...Array.from({ length: rows }, (_, i) => `${i + 1},Person ${i + 1},Engineer,${i === 0 ? '' : Math.ceil(i / 10)}`)];
    await chooseFile(dialog, t, 'large.csv', Buffer.from(lines.join('\n')));
    await dialog.getByRole('status').filter({ hasText: summary(t, rows, 0) }).waitFor({ timeout: 60_000 });
    await screenshot(app.page, `import-large.${language}`, `import-large.${language}`);
    // The click returns once the page is free again: after the import and the table's first render.
    await dialog.getByRole('button', { name: fill(t.import.submit_other, { count: rows }) }).click({ timeout: 90_000 });
    await dialog.waitFor({ state: 'detached', timeout: 90_000 });
    await expect.poll(() => peopleOf(app, accountId).length, { timeout: 30_000 }).toBe(rows);
    await screenshot(app.page, `import-large-done.${language}`, `import-large-done.${language}`);
    expect(app.errors).toEqual([]);
  }, 180_000);
});
