import { unzipSync } from 'fflate';
import readXlsxFile, { InvalidInputError, InvalidSpreadsheetError } from 'read-excel-file/universal';
import { fileFailure, IMPORT_BYTES_MAX, megabytes, tableFromRecords, tooLarge, type TableRead } from './table.js';

/** A workbook's XML unpacks to far more than the file; past this it is a zip bomb or not a table of people. */
export const XLSX_UNPACKED_MAX = 8 * IMPORT_BYTES_MAX;

type Cell = string | number | boolean | Date | null;

/** A cell as the text a person reads in it (numbers without float noise, dates as ISO dates). */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    const iso = cell.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  return Number.isInteger(cell) ? String(cell) : String(Number(cell.toPrecision(15)));
}

/** The declared unpacked size of the parts read-excel-file reads (XML only), without unpacking anything. */
function unpackedSize(bytes: Uint8Array): number {
  let total = 0;
  unzipSync(bytes, {
    filter: (file) => {
      if (file.name.endsWith('.xml') || file.name.endsWith('.rels')) total += file.originalSize;
      return false;
    },
  });
  return total;
}

/**
 * Reads one sheet of an .xlsx workbook (the first that has anything in it, or the one named) as a
 * table of text cells; row numbers are the sheet's own.
 */
export async function readXlsxBytes(bytes: Uint8Array, sheet?: string): Promise<TableRead> {
  if (bytes.length > IMPORT_BYTES_MAX) return tooLarge(bytes.length);
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    const unpacked = unpackedSize(bytes);
    if (unpacked > XLSX_UNPACKED_MAX) return fileFailure('workbookTooLarge', { size: megabytes(unpacked), max: megabytes(XLSX_UNPACKED_MAX) });
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    sheets = (await readXlsxFile(buffer)) as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    return workbookFailure(error);
  }
  const names = sheets.map((s) => s.sheet);
  const chosen = sheet === undefined ? (sheets.find((s) => s.data.some((row) => row.some((c) => c !== null))) ?? sheets[0]) : sheets.find((s) => s.sheet === sheet);
  if (!chosen) return fileFailure(sheet === undefined ? 'empty' : 'noSheet', { sheet: sheet ?? '' });
  return tableFromRecords(
    chosen.data.map((cells, index) => ({ row: index + 1, cells: cells.map(cellText) })),
    { format: 'xlsx', sheet: chosen.sheet, sheets: names },
  );
}

function workbookFailure(error: unknown): TableRead {
  if (error instanceof InvalidInputError) {
    if (error.code === 'XLS_FILE_NOT_SUPPORTED') return fileFailure('oldExcel');
    if (error.code === 'NO_DATA') return fileFailure('empty');
    return fileFailure('damagedWorkbook');
  }
  if (error instanceof InvalidSpreadsheetError) {
    const row = /row (\d+)/.exec(error.message)?.[1];
    return row ? fileFailure('damagedSheetRow', { row: Number(row) }) : fileFailure('damagedWorkbook');
  }
  // fflate and the XML parser throw plain errors on a truncated or garbled archive.
  return fileFailure('damagedWorkbook');
}
