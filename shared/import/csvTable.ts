import Papa from 'papaparse';
import { IMPORT_PEOPLE_MAX } from '../contract/import.js';

/** Big enough for a 5,000-person HR export with a couple of dozen columns. */
export const IMPORT_BYTES_MAX = 5 * 1024 * 1024;
export const IMPORT_COLUMNS_MAX = 200;
export const IMPORT_ROWS_MAX = IMPORT_PEOPLE_MAX;

/** Something for the user to read: an i18n key and its parameters. */
export interface Message {
  key: string;
  params: Record<string, string | number>;
}

export interface CsvRow {
  /** The row number a spreadsheet shows for it (the header is row 1; blank rows count). */
  row: number;
  cells: string[];
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
  /** The text encoding the file was read with ('utf-8', 'utf-16le', 'gb18030'…); 'text' for pasted text. */
  encoding: string;
  delimiter: string;
}

export type CsvRead = { ok: true; table: CsvTable } | { ok: false; error: Message };

const failure = (key: string, params: Record<string, string | number> = {}): CsvRead => ({ ok: false, error: { key: `import.fileErrors.${key}`, params } });

export const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
const tooLarge = (bytes: number) => failure('tooLarge', { size: megabytes(bytes), max: megabytes(IMPORT_BYTES_MAX) });

/** Control characters never found in a text table (tab, line feed and carriage return are fine). */
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

function decode(bytes: Uint8Array): { text: string; encoding: string } | null {
  const has = (...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
  // Excel's "Unicode text" is UTF-16 with a byte-order mark.
  if (has(0xff, 0xfe)) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (has(0xfe, 0xff)) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const body = has(0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;
  // Chinese Excel saves CSV in GB18030 (GBK) unless asked for UTF-8: try UTF-8 strictly first.
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(body), encoding };
    } catch {
      /* not this encoding */
    }
  }
  return null;
}

/** Reads the bytes of a CSV (or tab-separated) file: size, encoding, then the table. */
export function readCsvBytes(bytes: Uint8Array): CsvRead {
  if (bytes.length > IMPORT_BYTES_MAX) return tooLarge(bytes.length);
  if (bytes.length === 0) return failure('empty');
  const decoded = decode(bytes);
  if (!decoded) return failure('notText');
  return parseCsv(decoded.text, decoded.encoding);
}

/** Reads a table pasted as text (from a spreadsheet: tab-separated; or CSV). */
export function readCsvText(text: string): CsvRead {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > IMPORT_BYTES_MAX) return tooLarge(bytes);
  return parseCsv(text.replace(/^\uFEFF/, ''), 'text');
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');
const looksLikeValue = (cell: string) => /^[\d\s.,:/+-]+$/.test(cell) || /^\S+@\S+\.\S+$/.test(cell);

function parseCsv(text: string, encoding: string): CsvRead {
  if (BINARY.test(text)) return failure('notText');
  if (text.trim() === '') return failure('empty');
  // Guess the delimiter on the first non-blank lines (blank lines confuse the guess), then read every
  // line, blank ones included, so row numbers match what a spreadsheet shows.
  const { delimiter } = Papa.parse<string[]>(text, { preview: 20, skipEmptyLines: 'greedy', delimitersToGuess: [',', '\t', ';', '|'] }).meta;
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const quotes = parsed.errors.find((error) => error.type === 'Quotes');
  // An unclosed quote swallows the rest of the file: nothing after it can be trusted.
  if (quotes) return failure('quotes', { row: (quotes.row ?? 0) + 1 });

  const records = parsed.data.map((cells, index) => ({ row: index + 1, cells }));
  const content = records.filter((record) => !isBlank(record.cells));
  const header = content[0];
  if (!header) return failure('empty');

  // A trailing delimiter on the header line makes empty trailing columns: drop them.
  const headers = header.cells.map((cell) => cell.trim());
  while (headers.length > 1 && headers.at(-1) === '') headers.pop();
  if (headers.length > IMPORT_COLUMNS_MAX) return failure('tooManyColumns', { count: headers.length, max: IMPORT_COLUMNS_MAX });
  const named = headers.filter((h) => h !== '');
  if (named.length === 0 || named.some(looksLikeValue) || named.length * 2 < headers.length) {
    return failure('noHeader', { row: header.row });
  }

  const rows = content.slice(1);
  if (rows.length === 0) return failure('noRows');
  if (rows.length > IMPORT_ROWS_MAX) return failure('tooManyRows', { count: rows.length, max: IMPORT_ROWS_MAX });
  return {
    ok: true,
    table: {
      headers: headers.map((h, i) => h || `#${i + 1}`),
      rows,
      encoding,
      delimiter,
    },
  };
}
