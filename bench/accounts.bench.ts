import { emptyAccountFields, type AccountFields } from '../shared/contract/index.js';
import { RELATIONSHIP_PHASES, TIERS } from '../shared/domain/accounts.js';
import { openTempDb } from '../test/helpers/tempDb.js';
import { medianMs } from './measure.js';
import type { Bench } from './types.js';

const account = (i: number): AccountFields => ({
  ...emptyAccountFields,
  name: `Account ${String(i).padStart(4, '0')}`,
  industry: ['Banking', 'Insurance', 'Energy', 'Retail'][i % 4]!,
  region: ['Shenzhen', 'Shanghai', 'Beijing'][i % 3]!,
  tier: TIERS[i % TIERS.length]!,
  relationshipPhase: RELATIONSHIP_PHASES[i % RELATIONSHIP_PHASES.length]!,
  annualPotential: (i * 7919) % 100_000,
  notes: 'Quarterly review with procurement. '.repeat(4),
});

async function listAccounts(count: number): Promise<number> {
  const t = await openTempDb();
  try {
    // Seeding speed is not what we measure: skip the per-commit fsync while filling the file.
    t.handle.sqlite.pragma('synchronous = OFF');
    for (let i = 0; i < count; i++) t.call('accounts.create', { fields: account(i) });
    t.handle.sqlite.pragma('synchronous = FULL');
    return await medianMs(() => {
      const result = t.tryCall('accounts.list', {});
      if (!result.ok || result.data.length !== count) throw new Error(`accounts.list did not return ${count} accounts`);
    });
  } finally {
    t.cleanup();
  }
}

export const benches: Bench[] = [{ name: 'db.accounts.list.1000.ms', unit: 'ms', run: () => listAccounts(1000) }];
