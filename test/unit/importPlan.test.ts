import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { existingPerson } from '../helpers/existingPerson.js';
import {
  chartShape,
  guessMapping,
  IMPORT_BYTES_MAX,
  planImport,
  readCsvBytes,
  readCsvText,
  type ColumnMapping,
  type ImportOptions,
  type ImportPlan,
  type ImportTable,
} from '../../shared/import/index.js';
import { mulberry32 } from '../helpers/orgGenerator.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/org-oracle-hr.csv', import.meta.url));
const utf8 = (text: string) => new TextEncoder().encode(text);

function table(read: ReturnType<typeof readCsvText>): ImportTable {
  if (!read.ok) throw new Error(`expected a table, got ${read.error.key} ${JSON.stringify(read.error.params)}`);
  return read.table;
}
const fileError = (read: ReturnType<typeof readCsvText>) => (read.ok ? null : read.error);
const plan = (text: string, options?: ImportOptions, change?: (m: ColumnMapping) => void): ImportPlan => {
  const csv = table(readCsvText(text));
  const mapping = guessMapping(csv);
  change?.(mapping);
  return planImport(csv, mapping, options);
};
/** Each row's problems as "row: key(params)" without the common prefix, for readable expectations. */
const problems = (p: ImportPlan) =>
  p.rows.flatMap((r) => r.problems.map((x) => `${r.row}: ${x.key.replace('import.problems.', '')}${Object.keys(x.params).length ? ` ${JSON.stringify(x.params)}` : ''}`));
const managerName = (p: ImportPlan, name: string) => {
  const r = p.rows.find((row) => row.fields.name === name);
  return r?.manager ? r.manager.name : null;
};

describe('the Oracle HR fixture', () => {
  const read = readCsvBytes(readFileSync(FIXTURE));
  const csv = table(read);
  const mapping = guessMapping(csv);
  const result = planImport(csv, mapping);

  it('reads 107 rows of 24 columns', () => {
    expect(csv.headers).toHaveLength(24);
    expect(csv.rows).toHaveLength(107);
    expect(csv.source).toEqual({ format: 'csv', encoding: 'utf-8', delimiter: ',' });
  });

  it('guesses the mapping from the header names, with first and last name combined', () => {
    const column = (target: keyof ColumnMapping['columns']) => {
      const index = mapping.columns[target];
      return index === null ? null : csv.headers[index];
    };
    expect({
      id: column('id'),
      manager: column('manager'),
      firstName: column('firstName'),
      lastName: column('lastName'),
      title: column('title'),
      department: column('department'),
      email: column('email'),
      phone: column('phone'),
    }).toEqual({
      id: 'id',
      manager: 'parentId',
      firstName: 'name',
      lastName: 'lastName',
      title: 'position',
      department: 'department_name',
      email: 'email',
      phone: 'phone_number',
    });
    expect(mapping.combineName).toBe(true);
    expect(mapping.managerBy).toBe('id');
  });

  it('makes 107 people with no problem: 1 at the top, 3 levels deep, at most 14 direct reports', () => {
    expect(result.people).toHaveLength(107);
    expect(result.problemRows).toBe(0);
    expect(result.skipped).toBe(0);
    expect(chartShape(result.people)).toEqual({ roots: 1, depth: 3, maxReports: 14 });
    expect(result.people[0]!.fields).toMatchObject({ name: 'Steven King', title: 'Chief Operating Officer', department: 'Executive' });
    expect(managerName(result, 'Alexander Hunold')).toBe('Lex De Haan');
  });
});

describe('reading CSV text', () => {
  it('handles a BOM, CRLF line ends, quoted delimiters, quotes and line breaks inside cells', () => {
    const csv = table(readCsvBytes(utf8('\uFEFFName,Title,Notes\r\n"Li, Na","Head of ""IT""","two\r\nlines"\r\nBob,CFO,x\r\n')));
    expect(csv.headers).toEqual(['Name', 'Title', 'Notes']);
    expect(csv.rows.map((r) => r.cells)).toEqual([
      ['Li, Na', 'Head of "IT"', 'two\r\nlines'],
      ['Bob', 'CFO', 'x'],
    ]);
    // Spreadsheet row numbers: a cell spanning two lines is still one row.
    expect(csv.rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it('reads UTF-8 Chinese, GB18030 (Chinese Excel’s default) and UTF-16 (Excel “Unicode text”)', () => {
    const text = '姓名,部门,上级\n王伟,信息科技部,\n李娜,采购中心,王伟\n';
    const gb = Uint8Array.from(Buffer.from('d0d5c3fb2cb2bfc3c52cc9cfbcb60acdf5ceb02cd0c5cfa2bfc6bcbcb2bf2c0ac0eec4c82cb2c9b9bad6d0d0c42ccdf5ceb00a', 'hex'));
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text.replaceAll(',', '\t'), 'utf16le')]);
    for (const [bytes, encoding] of [
      [utf8(text), 'utf-8'],
      [gb, 'gb18030'],
      [utf16, 'utf-16le'],
    ] as const) {
      const csv = table(readCsvBytes(bytes));
      expect(csv.source).toMatchObject({ format: 'csv', encoding });
      expect(csv.headers).toEqual(['姓名', '部门', '上级']);
      expect(csv.rows.map((r) => r.cells[0])).toEqual(['王伟', '李娜']);
    }
  });

  it('reads a table pasted from a spreadsheet (tab-separated) and semicolon-separated CSV', () => {
    expect(table(readCsvText('Name\tTitle\nAnn\tCEO\n')).rows[0]!.cells).toEqual(['Ann', 'CEO']);
    expect(table(readCsvText('Name;Title\nAnn;CEO\n')).source).toEqual({ format: 'text', delimiter: ';' });
  });

  it('counts blank lines in row numbers but imports nothing from them', () => {
    const csv = table(readCsvText('Name\nAnn\n\n  \nBob\n'));
    expect(csv.rows.map((r) => [r.row, r.cells[0]])).toEqual([
      [2, 'Ann'],
      [5, 'Bob'],
    ]);
  });
});

describe('malformed files: a clear message and nothing to import', () => {
  it('refuses binary garbage, a workbook and a PNG read as CSV', () => {
    const random = mulberry32(7);
    const garbage = Uint8Array.from({ length: 4096 }, () => Math.floor(random() * 256));
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, ...utf8('[Content_Types].xml')]);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    for (const bytes of [garbage, xlsx, png]) expect(fileError(readCsvBytes(bytes))?.key).toBe('import.fileErrors.notText');
  });

  it('refuses a file over the size limit before reading it, saying both sizes', () => {
    const big = new Uint8Array(IMPORT_BYTES_MAX + 5 * 1024 * 1024).fill(0x61);
    expect(fileError(readCsvBytes(big))).toEqual({ key: 'import.fileErrors.tooLarge', params: { size: 55, max: IMPORT_BYTES_MAX / 1024 / 1024 } });
    expect(fileError(readCsvText('a'.repeat(IMPORT_BYTES_MAX + 1)))?.key).toBe('import.fileErrors.tooLarge');
  });

  it('refuses a file without a header row', () => {
    expect(fileError(readCsvText('100,,Steven,King\n101,100,Neena,Kochhar\n'))).toEqual({ key: 'import.fileErrors.noHeader', params: { row: 1 } });
    expect(fileError(readCsvText('zhang@example.cn,王伟\n'))?.key).toBe('import.fileErrors.noHeader');
  });

  it('refuses an empty file, a header without rows, an unclosed quote and too many rows', () => {
    expect(fileError(readCsvBytes(new Uint8Array()))?.key).toBe('import.fileErrors.empty');
    expect(fileError(readCsvText(' \n\n'))?.key).toBe('import.fileErrors.empty');
    expect(fileError(readCsvText('Name,Title\n'))?.key).toBe('import.fileErrors.noRows');
    expect(fileError(readCsvText('Name,Title\nAnn,CEO\n"Bob,CFO\nCarol,CTO\n'))).toEqual({ key: 'import.fileErrors.quotes', params: { row: 3 } });
    const rows = Array.from({ length: 50_001 }, (_, i) => `P${i}`).join('\n');
    expect(fileError(readCsvText(`Name\n${rows}`))).toEqual({ key: 'import.fileErrors.tooManyRows', params: { count: 50_001, max: 50_000 } });
  });

  it('reports ragged rows one by one and imports the others', () => {
    const result = plan('Name,Title,Department\nAnn,CEO,Board\nBob,CFO\nCarol,CTO,IT,extra\nDan,COO,Ops,,\n');
    expect(problems(result)).toEqual(['3: cellCount {"count":2,"expected":3}', '4: cellCount {"count":4,"expected":3}']);
    expect(result.people.map((p) => p.fields.name)).toEqual(['Ann', 'Dan']);
    expect(result.skipped).toBe(2);
  });
});

describe('column mapping guesses', () => {
  it('recognises Chinese headers, and a manager column holding names next to an id column', () => {
    const csv = table(readCsvText('工号,姓名,职务,所属部门,邮箱,手机,直属上级\nA1,王伟,行长,行长办公室,w@x.cn,138,\nA2,李娜,CIO,信息科技部,l@x.cn,139,王伟\n'));
    const mapping = guessMapping(csv);
    expect(Object.fromEntries(Object.entries(mapping.columns).map(([k, v]) => [k, v === null ? null : csv.headers[v]]))).toEqual({
      id: '工号',
      name: '姓名',
      firstName: null,
      lastName: null,
      title: '职务',
      department: '所属部门',
      email: '邮箱',
      phone: '手机',
      manager: '直属上级',
    });
    expect(mapping.managerBy).toBe('name');
    expect(managerName(planImport(csv, mapping), '李娜')).toBe('王伟');
  });

  it('combines 姓 and 名 family name first, and English first and last names with a space', () => {
    expect(plan('姓,名,上级编号,编号\n王,伟,,1\n李,娜,1,2\n').people.map((p) => p.fields.name)).toEqual(['王伟', '李娜']);
    expect(plan('First name,Last name,Job title\nAnn,Lee,CEO\n').people[0]!.fields).toMatchObject({ name: 'Ann Lee', title: 'CEO' });
  });

  it('matches English variants and does not take codes for names ("department_id" is not the department)', () => {
    const csv = table(readCsvText('Employee ID,Full Name,Department ID,Dept Name,Reports To,E-mail,Mobile,Position\n1,Ann,10,Board,,a@x,1,CEO\n'));
    const m = guessMapping(csv);
    const header = (i: number | null) => (i === null ? null : csv.headers[i]);
    expect([m.columns.id, m.columns.name, m.columns.department, m.columns.manager, m.columns.email, m.columns.phone, m.columns.title].map(header)).toEqual([
      'Employee ID',
      'Full Name',
      'Dept Name',
      'Reports To',
      'E-mail',
      'Mobile',
      'Position',
    ]);
  });

  it('says so when no column holds the names, and imports nothing', () => {
    const result = plan('Code,Amount\nX,1\n');
    expect(result.mappingError?.key).toBe('import.mapping.needName');
    expect(result.people).toEqual([]);
  });
});

describe('problems, per row', () => {
  it('skips rows without a name, with a too long value or a duplicate id', () => {
    const result = plan(`id,name,title\n1,Ann,CEO\n2,,CFO\n3,Bob,${'x'.repeat(201)}\n1,Carol,CTO\n`);
    expect(problems(result)).toEqual(['3: missingName', '4: tooLong {"field":"title","max":200}', '5: duplicateId {"id":"1","row":2}']);
    expect(result.people.map((p) => p.fields.name)).toEqual(['Ann']);
  });

  it('imports without a manager those whose manager is unknown, themselves, skipped or in a cycle', () => {
    const result = plan('id,name,manager\n1,Root,\n2,Lost,99\n3,Narcissus,3\n4,,1\n5,Under skipped,4\n6,Ann,7\n7,Ben,6\n8,Fine,1\n');
    expect(problems(result)).toEqual([
      '3: unknownManager {"value":"99"}',
      '4: selfManager',
      '5: missingName',
      '6: managerSkipped {"row":5}',
      '7: cycle {"names":"Ann → Ben → Ann"}',
      '8: cycle {"names":"Ann → Ben → Ann"}',
    ]);
    expect(result.people.map((p) => [p.fields.name, p.managerRef])).toEqual([
      ['Root', null],
      ['Lost', null],
      ['Narcissus', null],
      ['Under skipped', null],
      ['Ann', null],
      ['Ben', null],
      ['Fine', '2'],
    ]);
    expect(chartShape(result.people)).toEqual({ roots: 6, depth: 1, maxReports: 1 });
  });

  it('resolves managers by name when there is no id column, and flags an ambiguous name', () => {
    const result = plan('Name,Manager\nAnn Lee,\nbob  smith,ann lee\nLi Na,Ann Lee\nLi Na,Ann Lee\nDan,Li Na\n');
    expect(managerName(result, 'bob smith')).toBe('Ann Lee');
    expect(problems(result)).toEqual(['6: ambiguousManager {"value":"Li Na","count":2}']);
  });

  it('keeps hostile strings as plain text', () => {
    const result = plan('Name,Title\n"<img src=x onerror=alert(1)>","<script>alert(1)</script>"\n');
    expect(result.people[0]!.fields).toMatchObject({ name: '<img src=x onerror=alert(1)>', title: '<script>alert(1)</script>' });
  });
});

describe('importing into an account that already has people', () => {
  const person = existingPerson;
  const existing = [person('p-cio', 'Ann Lee'), person('p-other', 'Someone')];

  it('skips names already there when asked, and puts their reports under the existing person', () => {
    const skipping = plan('id,name,manager\n1,Ann Lee,\n2,Bob,1\n', { existing, duplicates: 'skip' });
    expect(problems(skipping)).toEqual(['2: skippedExisting {"name":"Ann Lee"}']);
    // Skipping was asked for: a note, not a problem.
    expect([skipping.problems, skipping.problemRows, skipping.skipped, skipping.duplicates]).toEqual([0, 0, 1, 1]);
    expect(skipping.people.map((p) => [p.fields.name, p.managerRef])).toEqual([['Bob', 'p-cio']]);
  });

  it('matches a manager name to someone already in the account, and hangs the top of the chart under a chosen person', () => {
    const result = plan('Name,Manager\nBob,Ann Lee\nCarol,\nDan,Nobody we know\n', { existing, attachToId: 'p-other' });
    expect(result.people.map((p) => [p.fields.name, p.managerRef])).toEqual([
      ['Bob', 'p-cio'],
      ['Carol', 'p-other'],
      // As its warning says: a manager the file names but nobody has is not silently replaced.
      ['Dan', null],
    ]);
    expect(result.rows[1]!.manager).toEqual({ existingId: 'p-other', name: 'Someone' });
  });
});
