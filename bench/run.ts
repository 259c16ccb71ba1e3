/**
 * Runs every bench/*.bench.ts (or only the figures whose name starts with the first argument),
 * prints a table and merges the figures into bench/results.json.
 *   npm run bench              all figures
 *   npm run bench -- db.       only names starting with "db."
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchResult, Figure } from './types.js';

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
  const names = benches.flatMap((b) => [b.name, ...(b.more ?? []).map((f) => f.name)]);
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

type Row = { name: string; value: string; unit: string; target: string; status: string };

function printTable(rows: Row[]): void {
  const header: Row = { name: 'name', value: 'value', unit: 'unit', target: 'target', status: '' };
  const all = [header, ...rows];
  const width = (key: keyof Row) => Math.max(...all.map((r) => r[key].length));
  const w = { name: width('name'), value: width('value'), unit: width('unit'), target: width('target') };
  const line = (r: Row) => `${r.name.padEnd(w.name)}  ${r.value.padStart(w.value)}  ${r.unit.padEnd(w.unit)}  ${r.target.padStart(w.target)}  ${r.status}`.trimEnd();
  console.log(line(header));
  console.log(`${'-'.repeat(w.name)}  ${'-'.repeat(w.value)}  ${'-'.repeat(w.unit)}  ${'-'.repeat(w.target)}`);
  for (const row of rows) console.log(line(row));
}

const targetText = (f: Figure) => (f.target === undefined ? '' : `≤ ${f.target}`);
const status = (f: Figure, value: number) => (f.target === undefined ? '' : value <= f.target ? 'ok' : 'OVER');

async function main(): Promise<number> {
  const selected = (await discover()).filter((b) => [b, ...(b.more ?? [])].some((f) => f.name.startsWith(prefix)));
  if (selected.length === 0) {
    console.error(`No bench name starts with "${prefix}".`);
    return 1;
  }
  const results: BenchResult[] = [];
  const rows: Row[] = [];
  let failed = 0;
  for (const bench of selected) {
    const figures: Figure[] = [bench, ...(bench.more ?? [])];
    process.stdout.write(`running ${figures.map((f) => f.name).join(', ')} …\n`);
    try {
      const value = await bench.run();
      const values: Record<string, number> = typeof value === 'number' ? { [bench.name]: value } : value;
      for (const figure of figures) {
        const v = values[figure.name];
        if (v === undefined || !Number.isFinite(v)) throw new Error(`${figure.name}: returned ${v}`);
      }
      for (const { name, unit, target } of figures) {
        const v = round(values[name]!);
        results.push({ name, value: v, unit, ...(target === undefined ? {} : { target }) });
        rows.push({ name, value: String(v), unit, target: targetText({ name, unit, target }), status: status({ name, unit, target }, v) });
      }
    } catch (error) {
      failed++;
      console.error(`${bench.name} failed:`, error);
      for (const f of figures) rows.push({ name: f.name, value: 'FAILED', unit: f.unit, target: targetText(f), status: '' });
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
