/**
 * `npm run audit:electron` (part of `npm test`): @doyensec/electronegativity over the main process
 * sources and the built page. A HIGH or MEDIUM finding fails unless the code it points at explains
 * it: a comment naming the check ("electronegativity CHECK_ID: why") on that line or the few above.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const root = fileURLToPath(new URL('../..', import.meta.url));
const builtPage = join(root, 'dist', 'renderer', 'index.html');
const EXPLANATION_LINES = 6;

interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  filename: string;
  location: string;
  description: string;
}

function scan(): Finding[] {
  if (!existsSync(builtPage)) throw new Error('dist/renderer/index.html is missing: run `npm run build` first.');
  const work = mkdtempSync(join(tmpdir(), 'keyplan-electronegativity-'));
  try {
    // One folder with the main process and the page, so the global checks see the whole app.
    cpSync(join(root, 'electron'), join(work, 'app', 'electron'), { recursive: true });
    mkdirSync(join(work, 'app', 'renderer'));
    cpSync(builtPage, join(work, 'app', 'renderer', 'index.html'));
    const require = createRequire(import.meta.url);
    const cli = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
    const electronVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.electron!;
    const output = join(work, 'findings.csv');
    execFileSync(process.execPath, [cli, '-i', join(work, 'app'), '-r', '-v', 'false', '-e', electronVersion, '-o', output], {
      stdio: 'ignore',
      timeout: 180_000,
    });
    const parsed = Papa.parse<Finding>(readFileSync(output, 'utf8').trim(), { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim() });
    return parsed.data;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function explained(finding: Finding): boolean {
  const file = join(root, finding.filename);
  if (!finding.filename.startsWith('electron/') || !existsSync(file)) return false;
  const line = Number(finding.location.split(':')[0]);
  const lines = readFileSync(file, 'utf8').split('\n');
  const near = lines.slice(Math.max(0, line - 1 - EXPLANATION_LINES), line).join('\n');
  return near.includes(`electronegativity ${finding.issue}:`);
}

const findings = scan();
const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
const unexplained = serious.filter((f) => !explained(f));
for (const f of findings) {
  const mark = !serious.includes(f) ? 'minor' : unexplained.includes(f) ? 'UNEXPLAINED' : 'explained';
  console.log(`${mark.padEnd(11)} ${f.severity.padEnd(6)} ${f.issue} ${f.filename}:${f.location} ${f.description}`);
}
console.log(`electronegativity: ${findings.length} findings, ${serious.length} high or medium, ${unexplained.length} unexplained.`);
if (unexplained.length > 0) {
  console.error('Fix each unexplained finding, or explain it next to the code: // electronegativity CHECK_ID: why it is safe.');
  process.exit(1);
}
