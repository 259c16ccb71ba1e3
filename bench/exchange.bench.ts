import { emptyAccountFields, toColumns, type ImportedPerson } from '../shared/contract/index.js';
import { generateOrg } from '../test/helpers/orgGenerator.js';
import { openTempDb } from '../test/helpers/tempDb.js';
import { medianMs } from './measure.js';
import type { Bench } from './types.js';

/** `exchange.export` of one account of 2,000 people with their links, and the JSON text the renderer saves. */
async function exportMs(size: number): Promise<number> {
  const t = await openTempDb();
  try {
    const account = t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Exchange' } });
    const org = generateOrg({ size, seed: 2000 });
    const people: ImportedPerson[] = org.people.map((p) => ({
      ref: p.id,
      managerRef: p.fields.reportsToId,
      fields: { name: p.fields.name, title: p.fields.title, department: p.fields.department, email: p.fields.email, phone: p.fields.phone },
    }));
    const { people: created } = t.call('people.import', { accountId: account.id, people: toColumns(people) });
    const idOf = new Map(org.people.map((p, i) => [p.id, created[i]!.id]));
    for (const link of org.links) {
      t.dispatch('links.create', { accountId: account.id, sourceId: idOf.get(link.sourceId), targetId: idOf.get(link.targetId), fields: link.fields });
    }
    return await medianMs(() => {
      const result = t.dispatch('exchange.export', { accountIds: [account.id] });
      if (!result.ok) throw new Error(result.error.message);
      const text = JSON.stringify(result.data, null, 1);
      if (text.length < size * 100) throw new Error('export too small');
    }, 9, 2);
  } finally {
    t.cleanup();
  }
}

export const benches: Bench[] = [{ name: 'exchange.export.2000.ms', unit: 'ms', run: () => exportMs(2000) }];
