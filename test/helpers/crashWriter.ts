/**
 * A child process for test/db/crash.test.ts and bench/crash.bench.ts: opens the database as the app
 * does, writes through the real dispatch in a loop and reports each acknowledged (committed) write on
 * stdout, until it is killed.
 *   crashWriter <db> <migrations> writes <prefix>
 *   crashWriter <db> <migrations> import <prefix> <accountId> <batchSize>
 *   crashWriter <db> <migrations> restore <prefix> <backupA> <backupB>
 * test/helpers/crashRounds.ts bundles it (starting through tsx takes seconds; the bundle starts at once).
 */
import { writeSync } from 'node:fs';
import { createDispatch, openDatabase } from '../../db/index.js';
import { emptyAccountFields, emptyPersonFields, type Account, type Envelope } from '../../shared/contract/index.js';

const { reportsToId: _manager, ...importedFields } = emptyPersonFields;

// Written straight to the pipe: once the line is out, the parent has it even if this process dies next.
const say = (line: string) => writeSync(1, `${line}\n`);

function must<T>(result: Envelope<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data as T;
}

async function main(): Promise<void> {
  const [path, migrationsFolder, mode, prefix, ...rest] = process.argv.slice(2);
  if (!path || !migrationsFolder || !mode || !prefix) throw new Error('usage: crashWriter <db> <migrations> <mode> <prefix> …');
  const handle = await openDatabase(path, { migrationsFolder });
  const dispatch = createDispatch(handle, { migrationsFolder });
  say('ready');

  if (mode === 'writes') {
    const home = must<Account>(dispatch('accounts.create', { fields: { ...emptyAccountFields, name: `${prefix} home` } }));
    say(`account ${prefix} home`);
    for (let i = 0; ; i++) {
      if (i % 2 === 0) {
        must(dispatch('accounts.create', { fields: { ...emptyAccountFields, name: `${prefix} account ${i}` } }));
        say(`account ${prefix} account ${i}`);
      } else {
        must(dispatch('people.create', { accountId: home.id, fields: { ...emptyPersonFields, name: `${prefix} person ${i}` } }));
        say(`person ${prefix} person ${i}`);
      }
    }
  }
  if (mode === 'import') {
    const [accountId, size] = rest;
    for (let batch = 0; ; batch++) {
      const people = Array.from({ length: Number(size) }, (_, k) => ({
        ref: String(k),
        managerRef: k === 0 ? null : String(Math.floor((k - 1) / 4)),
        fields: { ...importedFields, name: `${prefix} b${batch} p${k}`, notes: 'n'.repeat(200) },
      }));
      must(dispatch('people.import', { accountId, people }));
      say(`batch ${prefix} b${batch}`);
    }
  }
  if (mode === 'restore') {
    const names = rest;
    for (let i = 0; ; i++) {
      const name = names[i % names.length]!;
      must(dispatch('backups.restore', { name }));
      say(`restored ${name}`);
    }
  }
  throw new Error(`unknown mode ${mode}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
