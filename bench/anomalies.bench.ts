import type { AccountAnomalies, Dashboard } from '../shared/contract/index.js';
import { computeAnomalies } from '../shared/domain/anomalies/computeAnomalies.js';
import { today } from '../shared/domain/plan/calendarDate.js';
import { getThresholds } from '../db/api/anomalies.js';
import { readSnapshot } from '../db/api/anomalySnapshot.js';
import { openTempDb } from '../test/helpers/tempDb.js';
import { medianMs } from './measure.js';
import { DASHBOARD, FULL, seedAccount } from './seedAccounts.js';
import type { Bench } from './types.js';

/** Every rule over one account's snapshot (the pure computation the backend runs after reading it). */
async function rulesMs(): Promise<number> {
  const t = await openTempDb();
  try {
    t.handle.sqlite.pragma('synchronous = OFF');
    const accountId = seedAccount(t, 'Big', FULL);
    const snapshot = readSnapshot(t.handle.db, accountId, today(), getThresholds(t.handle.db));
    if (snapshot.people.length !== FULL.people) throw new Error('the snapshot does not hold every person');
    return await medianMs(() => computeAnomalies(snapshot), 15, 3);
  } finally {
    t.cleanup();
  }
}

/** anomalies.forAccount through the dispatch: reading the snapshot in one go, then every rule. */
async function forAccountMs(): Promise<number> {
  const t = await openTempDb();
  try {
    t.handle.sqlite.pragma('synchronous = OFF');
    const accountId = seedAccount(t, 'Big', FULL);
    return await medianMs(() => {
      const result = t.dispatch('anomalies.forAccount', { accountId });
      if (!result.ok || (result.data as AccountAnomalies).anomalies.length === 0) throw new Error('no anomalies');
    }, 9, 2);
  } finally {
    t.cleanup();
  }
}

/** dashboard.get over 200 accounts, with every account's cached figures emptied first (the cost after a change everywhere). */
async function dashboardMs(cold: boolean): Promise<number> {
  const t = await openTempDb();
  try {
    t.handle.sqlite.pragma('synchronous = OFF');
    for (let i = 0; i < 200; i++) seedAccount(t, `Account ${i}`, DASHBOARD);
    return await medianMs(() => {
      if (cold) t.handle.sqlite.exec('DELETE FROM anomaly_cache');
      const result = t.dispatch('dashboard.get', {});
      if (!result.ok || (result.data as Dashboard).accounts.length !== 200) throw new Error('the dashboard does not show every account');
    }, 7, 2);
  } finally {
    t.cleanup();
  }
}

export const benches: Bench[] = [
  { name: 'anomalies.account.2000.ms', unit: 'ms', run: rulesMs },
  { name: 'db.anomalies.forAccount.2000.ms', unit: 'ms', run: forAccountMs },
  { name: 'dashboard.200.ms', unit: 'ms', run: () => dashboardMs(false) },
  { name: 'dashboard.200.cold.ms', unit: 'ms', run: () => dashboardMs(true) },
];
