import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { chartShape, guessMapping, planImport, readTableFile, recogniseLayout, type ImportTable, type TableRead } from '../../shared/import/index.js';
import { csvAsXlsx } from '../helpers/workbook.js';

const FIXTURE = readFileSync(fileURLToPath(new URL('../fixtures/org-oracle-hr.csv', import.meta.url)));
const table = (read: TableRead): ImportTable => {
  if (!read.ok) throw new Error(`expected a table, got ${read.error.key} ${JSON.stringify(read.error.params)}`);
  return read.table;
};
const error = (read: TableRead) => (read.ok ? null : read.error);
/** The archive with one entry's unpacked size in the central directory changed, as a zip bomb declares it. */
function claimingSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  for (let i = 0; i + 46 < bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const length = view.getUint16(i + 28, true);
    if (strFromU8(bytes.subarray(i + 46, i + 46 + length)) === name) view.setUint32(i + 24, size, true);
  }
  return bytes;
}
const workbook = async (rows: unknown[][], sheet = 'People'): Promise<Uint8Array> => {
  const blob: Blob = await writeXlsxFile(rows as never, { sheet }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
};

describe('reading .xlsx workbooks', () => {
  it('reads the Oracle HR chart from a workbook exactly as from its CSV', async () => {
    const xlsx = table(await readTableFile(await csvAsXlsx(FIXTURE, 'HR')));
    const csv = table(await readTableFile(FIXTURE));
    expect(xlsx.source).toEqual({ format: 'xlsx', sheet: 'HR', sheets: ['HR'] });
    expect(xlsx.headers).toEqual(csv.headers);
    const plan = planImport(xlsx, guessMapping(xlsx));
    expect(plan.people).toEqual(planImport(csv, guessMapping(csv)).people);
    expect(chartShape(plan.people)).toEqual({ roots: 1, depth: 3, maxReports: 14 });
  });

  it('turns numbers, booleans and dates into the text a person reads, keeping the sheet’s row numbers', async () => {
    const read = table(await readTableFile(await workbook([[null], ['Name', 'Phone', 'Active', 'Since'], ['Ann', 13800000000, true, { value: new Date('2020-01-02'), format: 'yyyy-mm-dd' }], [null], ['Bob', 0.1 + 0.2, false, null]])));
    expect(read.headers).toEqual(['Name', 'Phone', 'Active', 'Since']);
    expect(read.rows).toEqual([
      { row: 3, cells: ['Ann', '13800000000', 'TRUE', '2020-01-02'] },
      { row: 5, cells: ['Bob', '0.3', 'FALSE', ''] },
    ]);
  });

  it('reads the first sheet with data, or the one chosen', async () => {
    const blob = await writeXlsxFile([
      { data: [[null]], sheet: 'Cover' },
      { data: [['Name'], ['Ann']], sheet: 'People' },
      { data: [['姓名'], ['王伟']], sheet: '人员' },
    ] as never).toBlob();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(table(await readTableFile(bytes)).source).toEqual({ format: 'xlsx', sheet: 'People', sheets: ['Cover', 'People', '人员'] });
    expect(table(await readTableFile(bytes, { sheet: '人员' })).rows[0]!.cells).toEqual(['王伟']);
    expect(error(await readTableFile(bytes, { sheet: 'Nope' }))).toEqual({ key: 'import.fileErrors.noSheet', params: { sheet: 'Nope' } });
  });

  it('refuses a truncated or garbled workbook, an old .xls and a zip bomb with a clear message', async () => {
    const good = await csvAsXlsx(FIXTURE);
    expect(error(await readTableFile(good.subarray(0, Math.floor(good.length / 2))))?.key).toBe('import.fileErrors.damagedWorkbook');
    const garbled = good.slice();
    for (let i = 200; i < garbled.length; i += 97) garbled[i] = garbled[i]! ^ 0x5a;
    expect(error(await readTableFile(garbled))?.key).toMatch(/^import\.fileErrors\.(damagedWorkbook|damagedSheetRow)$/);
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(error(await readTableFile(ole))?.key).toBe('import.fileErrors.oldExcel');
    // A small archive whose sheet says it unpacks to 500 MB (a zip bomb): refused before unpacking.
    expect(error(await readTableFile(claimingSize(good, 'xl/worksheets/sheet1.xml', 500 * 1024 * 1024)))).toEqual({
      key: 'import.fileErrors.workbookTooLarge',
      params: expect.objectContaining({ max: 400 }) as unknown,
    });
    // A zip that is not a workbook.
    expect(error(await readTableFile(zipSync({ 'readme.txt': strToU8('hello') })))?.key).toBe('import.fileErrors.damagedWorkbook');
  });

  it('writes every text cell of an export as a shared string, never a formula', async () => {
    const bytes = await workbook([['Name'], ['=HYPERLINK("http://x","y")'], ['@SUM(A1)']]);
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('t="s"');
    expect(table(await readTableFile(bytes)).rows.map((r) => r.cells[0])).toEqual(['=HYPERLINK("http://x","y")', '@SUM(A1)']);
  });
});

describe('recognising common layouts', () => {
  const mappingOf = async (rows: string[][]) => {
    const t = table(await readTableFile(await workbook(rows)));
    const mapping = guessMapping(t);
    const header = (target: keyof typeof mapping.columns) => (mapping.columns[target] === null ? null : t.headers[mapping.columns[target]]);
    return { t, mapping, header, layout: recogniseLayout(t, mapping), plan: planImport(t, mapping) };
  };

  it('a Salesforce contacts export: FirstName + LastName combined, ReportsToId (18 or 15 characters) to Id, AccountId left alone', async () => {
    const { header, mapping, layout, plan } = await mappingOf([
      ['Id', 'AccountId', 'FirstName', 'LastName', 'Title', 'Department', 'Email', 'Phone', 'ReportsToId'],
      ['0035g00000AbCdEAAA', '0015g00000XyZwQAAA', 'Ann', 'Lee', 'CIO', 'IT', 'ann@x.com', '+1 555', ''],
      ['0035g00000AbCdFAAA', '0015g00000XyZwQAAA', 'Bob', 'King', 'Engineer', 'IT', 'bob@x.com', '', '0035g00000AbCdE'],
    ]);
    expect(layout).toBe('salesforce');
    expect(mapping.combineName).toBe(true);
    expect([header('id'), header('firstName'), header('lastName'), header('manager'), header('email'), header('phone'), header('name')]).toEqual(['Id', 'FirstName', 'LastName', 'ReportsToId', 'Email', 'Phone', null]);
    expect(plan.people.map((p) => [p.fields.name, p.managerRef])).toEqual([['Ann Lee', null], ['Bob King', '2']]);
    expect(plan.problems).toBe(0);
  });

  it('a Dynamics 365 contacts export: managerid, or parentcustomerid only where it names another contact', async () => {
    const withManager = await mappingOf([
      ['contactid', 'fullname', 'jobtitle', 'department', 'emailaddress1', 'telephone1', 'parentcustomerid', 'managerid'],
      ['c1', 'Ann Lee', 'CIO', 'IT', 'ann@x.com', '555', 'Contoso Ltd', ''],
      ['c2', 'Bob King', 'Engineer', 'IT', 'bob@x.com', '', 'Contoso Ltd', 'c1'],
    ]);
    expect(withManager.layout).toBe('dynamics');
    expect([withManager.header('id'), withManager.header('name'), withManager.header('title'), withManager.header('email'), withManager.header('phone'), withManager.header('manager')]).toEqual(['contactid', 'fullname', 'jobtitle', 'emailaddress1', 'telephone1', 'managerid']);
    const companyOnly = await mappingOf([
      ['contactid', 'fullname', 'jobtitle', 'emailaddress1', 'parentcustomerid'],
      ['c1', 'Ann Lee', 'CIO', 'a@x', 'Contoso Ltd'],
      ['c2', 'Bob King', 'Engineer', 'b@x', 'Contoso Ltd'],
    ]);
    expect(companyOnly.header('manager')).toBeNull();
    const contactParent = await mappingOf([
      ['contactid', 'fullname', 'jobtitle', 'emailaddress1', 'parentcustomerid'],
      ['c1', 'Ann Lee', 'CIO', 'a@x', ''],
      ['c2', 'Bob King', 'Engineer', 'b@x', 'c1'],
    ]);
    expect(contactParent.header('manager')).toBe('parentcustomerid');
    expect(contactParent.plan.people[1]!.managerRef).toBe('2');
  });

  it('an id/parentId org chart and a table with Chinese headers', async () => {
    expect((await mappingOf([['id', 'parentId', 'name'], ['1', '', 'Ann'], ['2', '1', 'Bob']])).layout).toBe('orgChart');
    const chinese = await mappingOf([['姓名', '职务', '部门', '上级', '电话', '邮箱'], ['王伟', '行长', '行长办公室', '', '138', 'w@x.cn'], ['李娜', 'CIO', '信息科技部', '王伟', '139', 'l@x.cn']]);
    expect(chinese.layout).toBe('chinese');
    expect(['name', 'title', 'department', 'manager', 'phone', 'email'].map((k) => chinese.header(k as never))).toEqual(['姓名', '职务', '部门', '上级', '电话', '邮箱']);
    expect(chinese.mapping.managerBy).toBe('name');
    expect(chinese.plan.people[1]!.managerRef).toBe('2');
  });
});
