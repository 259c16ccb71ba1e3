import type { OpportunityDetail, TemplateEntry, TemplateInput } from '../shared/contract/index.js';
import { emptyAccountFields, emptyCompetitorFields, emptyOpportunityFields, emptyPersonFields } from '../shared/contract/index.js';
import { DEFAULT_TEMPLATE_KEY } from '../shared/templates/scorecards.js';
import { openTempDb, type TempDb } from '../test/helpers/tempDb.js';
import { medianMs } from './measure.js';
import type { Bench } from './types.js';

const CRITERIA = 10;
const PEOPLE = 60;
const INFLUENCES = 12;
const COMPETITORS = 5;

/** A copy of the default scorecard grown to `CRITERIA` criteria (each a copy of the first with another key). */
function tenCriteria(t: TempDb): TemplateEntry['template'] {
  const { template } = t.call('scorecards.copyTemplate', { key: DEFAULT_TEMPLATE_KEY });
  const { key: _key, version: _version, ...edited } = template;
  const first = edited.criteria[0]!;
  const extra = Array.from({ length: CRITERIA - edited.criteria.length }, (_, i) => ({ ...structuredClone(first), key: `extra_${i}` }));
  const input: TemplateInput = { ...edited, criteria: [...edited.criteria, ...extra] };
  return t.call('scorecards.updateTemplate', { key: template.key, template: input }).template;
}

/**
 * `opportunities.get` of one opportunity with `assessments` assessments of ten criteria (evidence and
 * people on each), its influences and competitors, in a database of `accounts` accounts holding
 * `others` more opportunities assessed as often, through the real dispatch, as the app calls it.
 */
async function openOpportunityMs(assessments: number, accounts: number, others: number): Promise<number> {
  const t = await openTempDb();
  try {
    t.handle.sqlite.pragma('synchronous = OFF'); // seeding speed is not what we measure
    const template = tenCriteria(t);
    const accountIds = Array.from({ length: accounts }, (_, i) => t.call('accounts.create', { fields: { ...emptyAccountFields, name: `Account ${i}` } }).id);
    const target = accountIds[Math.floor(accounts / 2)]!;
    const people = Array.from({ length: PEOPLE }, (_, i) =>
      t.call('people.create', { accountId: target, fields: { ...emptyPersonFields, name: `Person ${i}`, department: `Dept ${i % 6}`, roles: ['influencer'] } }),
    );
    const opportunity = (accountId: string, name: string) =>
      t.call('opportunities.create', { accountId, fields: { ...emptyOpportunityFields, name, amount: 1e7, closeDate: '2027-06-30' } });
    const assess = (opportunityId: string, n: number, withPeople: boolean) => {
      for (let i = 0; i < n; i++) {
        const scores = Object.fromEntries(
          template.criteria.map((c, k) => [
            c.key,
            { value: c.scale[(i + k) % c.scale.length]!.value, evidence: `Evidence ${i}-${k}: what the client said in the meeting of week ${i}.`, personIds: withPeople ? [people[(i + k) % PEOPLE]!.id] : [] },
          ]),
        );
        const assessedAt = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString();
        t.call('assessments.create', { opportunityId, templateKey: template.key, scores, author: 'Bench', authorId: null, assessedAt });
      }
    };

    const measured = opportunity(target, 'Measured');
    for (let i = 0; i < INFLUENCES; i++) {
      t.call('influences.create', { opportunityId: measured.id, personId: people[i]!.id, fields: { winResult: `Win ${i}` } });
    }
    for (let i = 0; i < COMPETITORS; i++) {
      t.call('competitors.create', { opportunityId: measured.id, fields: { ...emptyCompetitorFields, name: `Rival ${i}`, favouredBy: [people[i]!.id] } });
    }
    assess(measured.id, assessments, true);
    for (let i = 0; i < others; i++) {
      const accountId = accountIds[i % accounts]!;
      assess(opportunity(accountId, `Other ${i}`).id, assessments / 5, accountId === target);
    }
    t.handle.sqlite.pragma('synchronous = FULL');

    return await medianMs(() => {
      const result = t.dispatch('opportunities.get', { id: measured.id });
      const detail = result.ok ? (result.data as OpportunityDetail) : null;
      if (!detail || detail.assessments.length !== assessments || detail.influences.length !== INFLUENCES || detail.competitors.length !== COMPETITORS) {
        throw new Error('opportunities.get did not return the whole opportunity');
      }
    }, 15, 3);
  } finally {
    t.cleanup();
  }
}

export const benches: Bench[] = [{ name: 'db.opportunity.open.ms', unit: 'ms', run: () => openOpportunityMs(100, 20, 40) }];
