import { emptyCompetitorFields, emptyNegotiationFields, emptyOpportunityFields } from '../../shared/contract/index.js';
import { BUILT_IN_TEMPLATES, DEFAULT_TEMPLATE_KEY } from '../../shared/templates/scorecards.js';
import type { TempDb } from './tempDb.js';

export interface DealOptions {
  name: string;
  amount?: number | null;
  /** Assessments with the default template, a month apart, each criterion one level further up its scale. */
  assessments?: number;
  /** People of the account who take part (buying influences), the first favouring the competitor. */
  personIds?: readonly string[];
  /** User text put everywhere an opportunity's pages print it (competitor, win-result, evidence, plan). */
  text?: string;
  negotiation?: boolean;
}

/** One opportunity through the real channels, with influences, a competitor, assessments and a negotiation plan. */
export function addDeal(db: TempDb, accountId: string, options: DealOptions): string {
  const text = options.text ?? 'Deal text';
  const id = db.call('opportunities.create', { accountId, fields: { ...emptyOpportunityFields, name: options.name, amount: options.amount ?? 12_000_000, stage: 'proposal' } }).id;
  const people = options.personIds ?? [];
  for (const [i, personId] of people.entries()) {
    db.call('influences.create', { opportunityId: id, personId, fields: { role: i === 0 ? 'decision_maker' : null, stance: i === 1 ? 'opponent' : null, winResult: `${text} win-result` } });
  }
  db.call('competitors.create', {
    opportunityId: id,
    fields: { ...emptyCompetitorFields, name: `${text} rival`, position: 'incumbent', strengths: `${text} strengths`, favouredBy: people.slice(0, 1), strategy: `${text} counter` },
  });
  const template = BUILT_IN_TEMPLATES[DEFAULT_TEMPLATE_KEY];
  const count = options.assessments ?? 0;
  for (let n = 0; n < count; n++) {
    const scores = Object.fromEntries(
      template.criteria.map((criterion, i) => {
        const values = criterion.scale.map((level) => level.value);
        // The last criterion stays unknown; the others climb one level per assessment.
        const value = i === template.criteria.length - 1 ? null : values[Math.min(values.length - 1, n + (i % 2))]!;
        return [criterion.key, { value, evidence: `${text} evidence ${criterion.key}`, personIds: people.slice(0, 1) }];
      }),
    );
    const assessedAt = new Date(Date.UTC(2026, 5 + n, 3)).toISOString();
    db.call('assessments.create', { opportunityId: id, templateKey: template.key, scores, author: 'Tester', authorId: null, assessedAt });
  }
  if (options.negotiation) {
    db.call('negotiation.save', {
      opportunityId: id,
      plan: { ...emptyNegotiationFields, goal: `${text} goal`, walkAway: `${text} walk-away`, concessions: [{ give: `${text} give`, ask: `${text} ask` }], theirParticipants: people.slice(0, 2) },
    });
  }
  return id;
}
