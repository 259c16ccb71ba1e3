import { readCsvBytes } from './csvTable.js';
import type { TextEncoding } from './decodeText.js';
import { fileFailure, type TableRead } from './table.js';
import { readXlsxBytes } from './xlsxTable.js';

export interface ReadOptions {
  /** Read a CSV in this encoding instead of guessing. */
  encoding?: TextEncoding;
  /** Read this sheet of a workbook instead of the first one with data. */
  sheet?: string;
  /** Told when reading moves on to its next step, for a progress line. */
  onStage?: (stage: ReadStage) => void;
}

export type ReadStage = 'decode' | 'parse' | 'unpack';

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** What the file is by its first bytes, whatever its name says: a zip (.xlsx), an OLE file (.xls), or text. */
export function sniffFormat(bytes: Uint8Array): 'xlsx' | 'ole' | 'text' {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  return 'text';
}

/** Reads a chosen file: an .xlsx workbook, or a CSV/text table in any encoding. */
export async function readTableFile(bytes: Uint8Array, options: ReadOptions = {}): Promise<TableRead> {
  const format = sniffFormat(bytes);
  if (format === 'xlsx') {
    options.onStage?.('unpack');
    return readXlsxBytes(bytes, options.sheet);
  }
  // Excel 97–2003 workbooks and password-protected .xlsx files are both OLE compound files.
  if (format === 'ole') return fileFailure('oldExcel');
  return readCsvBytes(bytes, options.encoding, options.onStage);
}
