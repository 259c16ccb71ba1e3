import { toXlsx } from '../../shared/export/sheet.js';
import { readCsvBytes } from '../../shared/import/index.js';

/** A CSV file's rows (header included) as an .xlsx workbook, written by the same library the export uses. */
export async function csvAsXlsx(csv: Uint8Array, sheet = 'Sheet1'): Promise<Uint8Array> {
  const read = readCsvBytes(csv);
  if (!read.ok) throw new Error(read.error.key);
  const rows = [read.table.headers, ...read.table.rows.map((r) => r.cells)];
  return new Uint8Array(await (await toXlsx(rows, { sheet })).arrayBuffer());
}
