import Papa from 'papaparse';
import { decodeText, type TextEncoding } from './decodeText.js';
import { fileFailure, IMPORT_BYTES_MAX, tableFromRecords, tooLarge, type TableRead, type TableSource } from './table.js';

/** Control characters never found in a text table (tab, line feed and carriage return are fine). */
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/** Reads the bytes of a CSV (or tab-separated) file: size, encoding (guessed, or the one given), then the table. */
export function readCsvBytes(bytes: Uint8Array, encoding?: TextEncoding, onStage?: (stage: 'decode' | 'parse') => void): TableRead {
  if (bytes.length > IMPORT_BYTES_MAX) return tooLarge(bytes.length);
  if (bytes.length === 0) return fileFailure('empty');
  onStage?.('decode');
  const decoded = decodeText(bytes, encoding);
  if (!decoded.ok) return decoded;
  onStage?.('parse');
  return parseCsv(decoded.text, (delimiter) => ({ format: 'csv', encoding: decoded.encoding, delimiter }));
}

/** Reads a table pasted as text (from a spreadsheet: tab-separated; or CSV). */
export function readCsvText(text: string): TableRead {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > IMPORT_BYTES_MAX) return tooLarge(bytes);
  return parseCsv(text.replace(/^\uFEFF/, ''), (delimiter) => ({ format: 'text', delimiter }));
}

function parseCsv(text: string, source: (delimiter: string) => TableSource): TableRead {
  const binary = BINARY.exec(text);
  if (binary) return fileFailure('controlCharacter', { line: text.slice(0, binary.index).split('\n').length });
  if (text.trim() === '') return fileFailure('empty');
  // Guess the delimiter on the first non-blank lines (blank lines confuse the guess), then read every
  // line, blank ones included, so row numbers match what a spreadsheet shows.
  const { delimiter } = Papa.parse<string[]>(text.slice(0, 64 * 1024), { preview: 20, skipEmptyLines: 'greedy', delimitersToGuess: [',', '\t', ';', '|'] }).meta;
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const quotes = parsed.errors.find((error) => error.type === 'Quotes');
  // An unclosed quote swallows the rest of the file: nothing after it can be trusted.
  if (quotes) return fileFailure('quotes', { row: (quotes.row ?? 0) + 1 });
  return tableFromRecords(
    parsed.data.map((cells, index) => ({ row: index + 1, cells })),
    source(delimiter),
  );
}
