import { IMPORT_PEOPLE_MAX } from '../contract/import.js';
import { message, type Message } from './message.js';

export type { Message } from './message.js';

/** A CSV of 50,000 people with a few dozen columns fits; a workbook's XML may unpack to ten times that. */
export const IMPORT_BYTES_MAX = 50 * 1024 * 1024;
export const IMPORT_COLUMNS_MAX = 200;
export const IMPORT_ROWS_MAX = IMPORT_PEOPLE_MAX;

export interface TableRow {
  /** The row number a spreadsheet shows for it (the header is row 1; blank rows count). */
  row: number;
  cells: string[];
}

/** Where a table came from, as the dialog tells the user. */
export type TableSource =
  | { format: 'csv'; encoding: string; delimiter: string }
  | { format: 'text'; delimiter: string }
  | { format: 'xlsx'; sheet: string; sheets: string[] };

export interface ImportTable {
  headers: string[];
  rows: TableRow[];
  source: TableSource;
}

export type TableRead = { ok: true; table: ImportTable } | { ok: false; error: Message };

export const fileFailure = (key: string, params: Record<string, string | number> = {}): { ok: false; error: Message } => ({
  ok: false,
  error: message(`import.fileErrors.${key}`, params),
});

export const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
export const tooLarge = (bytes: number) => fileFailure('tooLarge', { size: megabytes(bytes), max: megabytes(IMPORT_BYTES_MAX) });

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');
const looksLikeValue = (cell: string) => /^[\d\s.,:/+-]+$/.test(cell) || /^\S+@\S+\.\S+$/.test(cell);

/**
 * The table from its records (every row, blank ones included, numbered as a spreadsheet numbers
 * them): the first non-blank row must be a header naming the columns; rows and columns within limits.
 */
export function tableFromRecords(records: TableRow[], source: TableSource): TableRead {
  const content = records.filter((record) => !isBlank(record.cells));
  const header = content[0];
  if (!header) return fileFailure('empty');

  // A trailing delimiter on the header line makes empty trailing columns: drop them.
  const headers = header.cells.map((cell) => cell.trim());
  while (headers.length > 1 && headers.at(-1) === '') headers.pop();
  if (headers.length > IMPORT_COLUMNS_MAX) return fileFailure('tooManyColumns', { count: headers.length, max: IMPORT_COLUMNS_MAX });
  const named = headers.filter((h) => h !== '');
  if (named.length === 0 || named.some(looksLikeValue) || named.length * 2 < headers.length) {
    return fileFailure('noHeader', { row: header.row });
  }

  const rows = content.slice(1);
  if (rows.length === 0) return fileFailure('noRows');
  if (rows.length > IMPORT_ROWS_MAX) return fileFailure('tooManyRows', { count: rows.length, max: IMPORT_ROWS_MAX });
  return { ok: true, table: { headers: headers.map((h, i) => h || `#${i + 1}`), rows, source } };
}
