import { describe, expect, it } from 'vitest';
import { inertText, safeFileName, toCsv, toXlsx } from '../../shared/export/sheet.js';
import { readCsvBytes, readTableFile } from '../../shared/import/index.js';

const HOSTILE = ['=HYPERLINK("http://evil","click")', '+1+2', '-2+3', '@SUM(A1)', '\tTab', '\rCR', 'plain', '王伟, "老王"', 'two\nlines'];

describe('spreadsheet exports', () => {
  it('CSV: UTF-8 with a BOM, CRLF, quoted where needed, and every formula-like cell marked as text', () => {
    const csv = toCsv([['姓名', '备注'], ...HOSTILE.map((cell) => ['x', cell])]);
    expect(csv.startsWith('\uFEFF姓名,备注\r\n')).toBe(true);
    const read = readCsvBytes(new TextEncoder().encode(csv));
    if (!read.ok) throw new Error(read.error.key);
    expect(read.table.source).toMatchObject({ encoding: 'utf-8' });
    expect(read.table.rows.map((r) => r.cells[1])).toEqual(["'=HYPERLINK(\"http://evil\",\"click\")", "'+1+2", "'-2+3", "'@SUM(A1)", "'\tTab", "'\rCR", 'plain', '王伟, "老王"', 'two\nlines']);
    expect(inertText('3 + 4')).toBe('3 + 4');
  });

  it('XLSX: string cells as they are, read back unchanged', async () => {
    const bytes = new Uint8Array(await (await toXlsx([['Name', 'Notes'], ...HOSTILE.map((cell) => ['x', cell])], { sheet: 'Key people: [all]' })).arrayBuffer());
    const read = await readTableFile(bytes);
    if (!read.ok) throw new Error(read.error.key);
    expect(read.table.source).toMatchObject({ sheet: 'Key people   all ' });
    // read-excel-file trims surrounding whitespace of text cells.
    expect(read.table.rows.map((r) => r.cells[1])).toEqual(HOSTILE.map((cell) => cell.trim()));
  });

  it('file names from account names are safe everywhere', () => {
    expect(safeFileName('Grid & <Co>/北京', '-key-people.csv')).toBe('Grid & _Co_北京-key-people.csv');
    expect(safeFileName('  ', '.json')).toBe('keyplan.json');
  });
});
