import { emptyAccountFields } from '../shared/contract/index.js';
import { guessMapping, planImport, readCsvBytes } from '../shared/import/orgCsv.js';
import { generateOrg } from '../test/helpers/orgGenerator.js';
import { openTempDb } from '../test/helpers/tempDb.js';
import { medianMs } from './measure.js';
import type { Bench } from './types.js';

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A Chinese HR export of a generated org: employee number, name, title, department, email, mobile, manager's number. */
export function orgCsv(size: number, seed = 1500): Uint8Array {
  const org = generateOrg({ size, seed, extraLinks: 0 });
  const lines = ['\uFEFF工号,姓名,职务,部门,邮箱,手机,上级工号'];
  for (const { id, fields } of org.people) {
    lines.push([id, fields.name, fields.title, fields.department, fields.email, fields.phone, fields.reportsToId ?? ''].map(quote).join(','));
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

/** What the import dialog does with a file, end to end: read, guess the mapping, plan, then `people.import` in one transaction. */
async function importMs(size: number): Promise<number> {
  const bytes = orgCsv(size);
  const t = await openTempDb();
  try {
    const runs = 9;
    const warmup = 2;
    // A fresh account per run, made beforehand: only the import is timed.
    const accounts = Array.from({ length: runs + warmup }, (_, i) => t.call('accounts.create', { fields: { ...emptyAccountFields, name: `Import ${i}` } }).id);
    return await medianMs(() => {
      const accountId = accounts.pop()!;
      const read = readCsvBytes(bytes);
      if (!read.ok) throw new Error(read.error.key);
      const plan = planImport(read.table, guessMapping(read.table));
      if (plan.people.length !== size || plan.problemRows > 0) throw new Error(`planned ${plan.people.length} people, ${plan.problemRows} with problems`);
      const result = t.tryCall('people.import', { accountId, people: plan.people });
      if (!result.ok || result.data.created !== size) throw new Error(`people.import failed: ${JSON.stringify(result).slice(0, 300)}`);
    }, runs, warmup);
  } finally {
    t.cleanup();
  }
}

export const benches: Bench[] = [{ name: 'import.csv.1500.ms', unit: 'ms', run: () => importMs(1500) }];
