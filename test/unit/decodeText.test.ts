import { describe, expect, it } from 'vitest';
import { decodeText, readCsvBytes, type ImportTable, type TableRead } from '../../shared/import/index.js';
import { encodeText, type TestEncoding } from '../helpers/encodeText.js';

const table = (read: TableRead): ImportTable => {
  if (!read.ok) throw new Error(`expected a table, got ${read.error.key} ${JSON.stringify(read.error.params)}`);
  return read.table;
};
const error = (read: TableRead) => (read.ok ? null : read.error);

const WESTERN = 'Name,Title,Department\r\nJürgen Müller,Geschäftsführer,Vorstand\r\nJosé García,Director,Ventas\r\nFrançois Lefèvre,Directeur,Achats\r\n';
const SIMPLIFIED = '姓名,职务,部门,上级\r\n王伟,行长,行长办公室,\r\n李娜,首席信息官,信息科技部,王伟\r\n赵建华,采购总监,采购中心,王伟\r\n';
const TRADITIONAL = '姓名,職務,部門,上級\r\n王偉,總經理,總辦,\r\n李娜,資訊長,資訊科技部,王偉\r\n';

describe('reading CSV bytes in every encoding Excel writes', () => {
  const cases: [TestEncoding, string, string][] = [
    ['utf-8', WESTERN, 'utf-8'],
    ['utf-8-bom', SIMPLIFIED, 'utf-8'],
    ['utf-16le-bom', SIMPLIFIED, 'utf-16le'],
    ['utf-16be-bom', WESTERN, 'utf-16be'],
    ['utf-16le', WESTERN, 'utf-16le'],
    ['utf-16be', SIMPLIFIED, 'utf-16be'],
    ['gbk', SIMPLIFIED, 'gb18030'],
    ['big5', TRADITIONAL, 'big5'],
    ['windows-1252', WESTERN, 'windows-1252'],
  ];
  it.each(cases)('%s', (written, text, detected) => {
    const csv = table(readCsvBytes(encodeText(text, written)));
    expect(csv.source).toMatchObject({ format: 'csv', encoding: detected });
    const lines = text.trim().split('\r\n').map((line) => line.split(','));
    expect(csv.headers).toEqual(lines[0]);
    expect(csv.rows.map((r) => r.cells)).toEqual(lines.slice(1));
  });

  it('reads a Windows-1252 file with a single accented name as Windows-1252, not as Chinese', () => {
    for (const text of ['Name,Title\r\nJürgen Müller,CEO\r\n', 'Name,Title\r\nAnn Lee,CEO\r\nJosé García,CFO\r\n']) {
      const csv = table(readCsvBytes(encodeText(text, 'windows-1252')));
      expect(csv.source).toMatchObject({ encoding: 'windows-1252' });
      expect(csv.rows.at(-1)!.cells[0]).toBe(text.split('\r\n').at(-2)!.split(',')[0]);
    }
  });

  it('reads a GBK export of 1,500 people and a Big5 one, Chinese Excel’s defaults', () => {
    const names = Array.from({ length: 1500 }, (_, i) => `${'王李张刘陈杨'[i % 6]}${'伟娜敏静丽强'[(i * 7) % 6]}${i}`);
    const csv = table(readCsvBytes(encodeText(`姓名,部门\r\n${names.map((n) => `${n},信息科技部`).join('\r\n')}\r\n`, 'gbk')));
    expect(csv.source).toMatchObject({ encoding: 'gb18030' });
    expect(csv.rows.map((r) => r.cells[0])).toEqual(names);
  });

  it('refuses a UTF-8 file with one stray byte, naming its line, instead of guessing another encoding', () => {
    const good = encodeText(SIMPLIFIED, 'utf-8');
    const third = SIMPLIFIED.split('\r\n').slice(0, 2).join('\r\n').length + 2;
    const offset = new TextEncoder().encode(SIMPLIFIED.slice(0, third)).length + 1;
    const damaged = Uint8Array.from([...good.subarray(0, offset), 0xff, ...good.subarray(offset)]);
    expect(error(readCsvBytes(damaged))).toEqual({ key: 'import.fileErrors.badUtf8', params: { line: 3 } });
  });

  it('refuses bytes the chosen encoding does not have, naming the first bad line', () => {
    const bytes = encodeText('Name,Title\r\nAnn,CEO\r\nBob,CFO\r\n', 'utf-8');
    const withBad = Uint8Array.from([...bytes.subarray(0, 22), 0x81, ...bytes.subarray(22)]);
    // 0x81 is one of the five bytes Windows-1252 does not define; line 3 is "Bob,CFO".
    expect(error(readCsvBytes(withBad, 'windows-1252'))).toEqual({ key: 'import.fileErrors.badBytes', params: { encoding: 'windows-1252', line: 3 } });
    expect(error(readCsvBytes(encodeText(`${SIMPLIFIED}王伟,\r\n`, 'gbk'), 'utf-8'))).toEqual({ key: 'import.fileErrors.badBytes', params: { encoding: 'utf-8', line: 1 } });
    // A lone surrogate half in UTF-16, on the third line.
    const utf16 = encodeText('Name\r\nAnn\r\nBob\r\n', 'utf-16le');
    const lone = Uint8Array.from([...utf16.subarray(0, 22), 0x00, 0xd8, ...utf16.subarray(22)]);
    expect(error(readCsvBytes(lone, 'utf-16le'))).toEqual({ key: 'import.fileErrors.badBytes', params: { encoding: 'utf-16le', line: 3 } });
  });

  it('reads a file again in the encoding the user chooses', () => {
    const bytes = encodeText(WESTERN, 'windows-1252');
    expect(decodeText(bytes, 'windows-1252')).toMatchObject({ ok: true, encoding: 'windows-1252', guessed: false });
    const forced = decodeText(encodeText(TRADITIONAL, 'big5'), 'big5');
    expect(forced.ok && forced.text.startsWith('姓名,職務')).toBe(true);
  });

  it('says which line holds a control character a text table never has', () => {
    expect(error(readCsvBytes(encodeText('Name\r\nAnn\r\nB\u0001ob\r\n', 'utf-8')))).toEqual({ key: 'import.fileErrors.controlCharacter', params: { line: 3 } });
  });
});
