import writeXlsxFile from 'write-excel-file/universal';

/**
 * Tables written for spreadsheets (CSV and .xlsx) that no spreadsheet will run: a cell that starts
 * with = + - @ (or a tab or carriage return, which some spreadsheets skip before looking) could be
 * read as a formula, so it is written as text.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as text a spreadsheet shows as typed: a leading apostrophe marks "text" in Excel, LibreOffice and WPS. */
export const inertText = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

const quoted = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** CSV for Excel: UTF-8 with a byte-order mark (so Excel reads Chinese right), CRLF line ends, every cell inert. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map((cell) => quoted(inertText(cell))).join(',')).join('\r\n')}\r\n`;
}

export interface XlsxOptions {
  sheet: string;
  /** Column widths in characters. */
  widths?: readonly number[];
}

/**
 * An .xlsx workbook of one sheet, the first row bold and frozen. Every cell is a string cell (the
 * library writes text as shared strings and never as a formula), so it is inert as it is.
 */
export function toXlsx(rows: readonly (readonly string[])[], options: XlsxOptions): Promise<Blob> {
  const data = rows.map((row, r) => row.map((value) => ({ value, type: String, ...(r === 0 ? { fontWeight: 'bold' as const } : {}) })));
  return writeXlsxFile(data, {
    // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
    sheet: options.sheet.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1',
    stickyRowsCount: 1,
    ...(options.widths ? { columns: options.widths.map((width) => ({ width })) } : {}),
  }).toBlob();
}

/** A file name from a name the user typed (an account's), safe on every desktop file system. */
export function safeFileName(name: string, suffix: string): string {
  const safe = Array.from(name, (ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .replace(/_+/g, '_')
    .trim()
    .slice(0, 80);
  return `${safe || 'keyplan'}${suffix}`;
}
