import { emptyAccountFields } from '../shared/contract/index.js';
import { generateOrg, insertOrgFast } from '../test/helpers/orgGenerator.js';
import { openTempDb } from '../test/helpers/tempDb.js';
import { medianMs } from './measure.js';
import type { Bench } from './types.js';

/**
 * `map.get` of one account of `size` people (and ~size/5 links) in a database of `accounts` such
 * accounts, through the real dispatch (input check + transaction), as the app calls it.
 */
async function openAccountMs(accounts: number, size: number): Promise<number> {
  const t = await openTempDb();
  try {
    const { sqlite } = t.handle;
    sqlite.pragma('synchronous = OFF'); // seeding speed is not what we measure
    const ids = Array.from({ length: accounts }, (_, i) => t.call('accounts.create', { fields: { ...emptyAccountFields, name: `Account ${i}` } }).id);
    sqlite.transaction(() => {
      ids.forEach((accountId, i) => insertOrgFast(sqlite, accountId, generateOrg({ size, seed: i + 1, idPrefix: `a${i}-`, extraLinks: size / 5 })));
    })();
    sqlite.pragma('synchronous = FULL');
    const accountId = ids[Math.floor(accounts / 2)]!;
    return await medianMs(() => {
      const result = t.tryCall('map.get', { accountId });
      if (!result.ok || result.data.people.length !== size) throw new Error(`map.get did not return ${size} people`);
    }, 15, 3);
  } finally {
    t.cleanup();
  }
}

export const benches: Bench[] = [{ name: 'db.open_account.2000.ms', unit: 'ms', run: () => openAccountMs(50, 2000) }];
