import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { removeLeftovers } from '../db/index.js';
import {
  accountToImportInto,
  brokenImports,
  buildCrashWriter,
  dataOf,
  migrationsFolder,
  missingWrites,
  reopenAndCheck,
  runUntilKilled,
  twoBackups,
} from '../test/helpers/crashRounds.js';
import { mulberry32 } from '../test/helpers/orgGenerator.js';
import { makeTempDir } from '../test/helpers/tempDb.js';
import { median } from './measure.js';
import type { Bench } from './types.js';

const ROUNDS = { writes: 60, import: 20, restore: 20 };

/**
 * 100 kills with SIGKILL at random moments (60 during single writes, 20 during an import of 2,000 people,
 * 20 during restores), each followed by the checks of test/db/crash.test.ts. Fails on the first problem;
 * the figure is the median time to open the database again after a kill (WAL recovery and quick_check).
 */
async function crashRounds(): Promise<number> {
  const seed = Number(process.env.CRASH_SEED) || Date.now();
  const random = mulberry32(seed);
  const between = (low: number, high: number) => Math.round(low + random() * (high - low));
  const dir = makeTempDir('keyplan-crash-bench-');
  const temp = join(dir, 'tmp');
  mkdirSync(temp);
  const reopen: number[] = [];
  const check = (what: string, problems: string[], stderr: string) => {
    if (problems.length > 0) throw new Error(`seed ${seed}, ${what}: ${problems.join('; ')}\n${stderr}`);
  };
  try {
    const writer = await buildCrashWriter(dir);

    const path = join(dir, 'keyplan.db');
    const accountId = await accountToImportInto(path);

    for (let round = 0; round < ROUNDS.writes; round++) {
      const result = await runUntilKilled(writer, [path, migrationsFolder, 'writes', `r${round}`], { killAfterMs: between(0, 250), tempDir: temp });
      const after = await reopenAndCheck(path, (sqlite) => missingWrites(sqlite, result.acks));
      check(`writes round ${round}`, after.problems, result.stderr);
      reopen.push(after.reopenMs);
    }
    for (let round = 0; round < ROUNDS.import; round++) {
      const result = await runUntilKilled(writer, [path, migrationsFolder, 'import', `i${round}`, accountId, '2000'], { killAfterMs: between(20, 400), tempDir: temp });
      const after = await reopenAndCheck(path, (sqlite) => brokenImports(sqlite, result.acks, `i${round}`, 2000));
      check(`import round ${round}`, after.problems, result.stderr);
      reopen.push(after.reopenMs);
    }

    const { t, a, b, dataA, dataB } = await twoBackups();
    try {
      for (let round = 0; round < ROUNDS.restore; round++) {
        const result = await runUntilKilled(writer, [t.path, migrationsFolder, 'restore', `x${round}`, a.name, b.name], { killAfterMs: between(0, 2000), tempDir: temp });
        const after = await reopenAndCheck(t.path, (sqlite) => ([dataA, dataB].includes(dataOf(sqlite)) ? [] : ['the data is neither backup’s']));
        check(`restore round ${round}`, after.problems, result.stderr);
        reopen.push(after.reopenMs);
        removeLeftovers({ backupDir: join(t.dir, 'backups'), tempDir: temp, olderThanMs: 0 });
      }
    } finally {
      t.cleanup();
    }
    return median(reopen);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const benches: Bench[] = [{ name: 'crash.reopen.100.ms', unit: 'ms', run: crashRounds }];
