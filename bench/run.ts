/**
 * Runs every bench/*.bench.ts (or only the figures whose name starts with the first argument),
 * prints a table and merges the figures into bench/results.json.
 *   npm run bench              all figures
 *   npm run bench -- db.       only names starting with "db."
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchResult } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
const resultsPath = join(here, 'results.json');
const prefix = process.argv[2] ?? '';

async function discover(): Promise<Bench[]> {
  const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort();
  const benches: Bench[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(here, file)).href)) as { benches?: Bench[] };
    if (!Array.isArray(module.benches)) throw new Error(`bench/${file} must export \`benches: Bench[]\``);
    benches.push(...module.benches);
  }
  const names = benches.map((b) => b.name);
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate) throw new Error(`Two benches are named ${duplicate}`);
  return benches;
}

function readPrevious(): BenchResult[] {
  if (!existsSync(resultsPath)) return [];
  try {
    const data: unknown = JSON.parse(readFileSync(resultsPath, 'utf8'));
    return Array.isArray(data) ? (data as BenchResult[]).filter((r) => typeof r?.name === 'string') : [];
  } catch {
    console.warn(`Ignoring unreadable ${resultsPath}`);
    return [];
  }
}

const round = (value: number) => (Math.abs(value) >= 100 ? Math.round(value * 10) / 10 : Math.round(value * 1000) / 1000);

function printTable(rows: { name: string; value: string; unit: string }[]): void {
  const header = { name: 'name', value: 'value', unit: 'unit' };
  const all = [header, ...rows];
  const w = { name: Math.max(...all.map((r) => r.name.length)), value: Math.max(...all.map((r) => r.value.length)) };
  const line = (r: (typeof all)[number]) => `${r.name.padEnd(w.name)}  ${r.value.padStart(w.value)}  ${r.unit}`;
  console.log(line(header));
  console.log(`${'-'.repeat(w.name)}  ${'-'.repeat(w.value)}  ----`);
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<number> {
  const selected = (await discover()).filter((b) => b.name.startsWith(prefix));
  if (selected.length === 0) {
    console.error(`No bench name starts with "${prefix}".`);
    return 1;
  }
  const results: BenchResult[] = [];
  const rows: { name: string; value: string; unit: string }[] = [];
  let failed = 0;
  for (const bench of selected) {
    process.stdout.write(`running ${bench.name} …\n`);
    try {
      const value = await bench.run();
      if (!Number.isFinite(value)) throw new Error(`returned ${value}`);
      results.push({ name: bench.name, value: round(value), unit: bench.unit });
      rows.push({ name: bench.name, value: String(round(value)), unit: bench.unit });
    } catch (error) {
      failed++;
      console.error(`${bench.name} failed:`, error);
      rows.push({ name: bench.name, value: 'FAILED', unit: bench.unit });
    }
  }
  console.log('');
  printTable(rows);

  const merged = new Map(readPrevious().map((r) => [r.name, r]));
  for (const r of results) merged.set(r.name, r);
  const out = [...merged.values()].sort((a, b) => a.name.localeCompare(b.name));
  writeFileSync(resultsPath, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`\n${results.length} figure(s) written to ${resultsPath}`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
