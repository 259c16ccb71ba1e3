import { z } from 'zod';
import { CURRENCIES } from '../domain/accounts.js';
import { AMOUNT_MAX } from '../domain/amount.js';
import {
  COMPETITOR_POSITIONS,
  isCalendarDate,
  LIST_MAX,
  OPEN_OPPORTUNITY_SORTS,
  OPPORTUNITY_STATUSES,
  SALES_STAGES,
} from '../domain/opportunities.js';
import { ATTITUDES, BUYING_ROLES } from '../domain/people.js';
import type { CrossCheckFinding } from '../domain/scoring/crossChecks.js';
import type { Account } from './accounts.js';
import { mutation, query } from './channel.js';
import { id, longText, requiredName } from './common.js';
import type { Person } from './people.js';
import type { AssessmentRecord, AssessmentSummary, TemplateEntry } from './scorecards.js';
import type { TeamMember } from './team.js';

/** A sum of money: finite, not negative (the UI parses "1200万", "1.2亿", "12m" into this). */
export const amount = z
  .number({ error: 'errors.number' })
  .finite({ error: 'errors.number' })
  .min(0, { error: 'errors.notNegative' })
  .max(AMOUNT_MAX, { error: 'errors.tooLarge' });

/** A calendar date 'YYYY-MM-DD' that exists (not '2026-02-30'). */
export const calendarDate = z.string({ error: 'opportunities.errors.date' }).refine(isCalendarDate, { error: 'opportunities.errors.date' });

// ---------------------------------------------------------------- opportunities

/** Everything a user edits about one opportunity (销售机会). */
export const opportunityFields = z.strictObject({
  name: requiredName,
  amount: amount.nullable(),
  currency: z.enum(CURRENCIES, { error: 'errors.choose' }),
  closeDate: calendarDate.nullable(),
  status: z.enum(OPPORTUNITY_STATUSES, { error: 'errors.choose' }),
  /** Why it was won, lost or abandoned: required unless open (checked by the backend on the merged row). */
  statusReason: longText,
  stage: z.enum(SALES_STAGES, { error: 'errors.choose' }),
  /** 价值主张 */
  valueProposition: longText,
  /** 参考案例 */
  referenceCases: longText,
  notes: longText,
});
export type OpportunityFields = z.infer<typeof opportunityFields>;

export const emptyOpportunityFields: OpportunityFields = {
  name: '',
  amount: null,
  currency: 'CNY',
  closeDate: null,
  status: 'open',
  statusReason: '',
  stage: 'development',
  valueProposition: '',
  referenceCases: '',
  notes: '',
};

export interface Opportunity extends OpportunityFields {
  id: string;
  accountId: string;
  createdAt: string;
  updatedAt: string;
}

/** An opportunity in a list, with its latest assessment (null before the first one). */
export interface OpportunitySummary extends Opportunity {
  latest: AssessmentSummary | null;
}

/** A row of the list of open opportunities across accounts. */
export interface OpenOpportunity extends OpportunitySummary {
  accountName: string;
}

// ---------------------------------------------------------------- buying influences

/**
 * One person's part in THIS deal (the blue sheet): their role here, their stance on it, what they
 * gain if we win. A null role or stance is the person's own (their roles and attitude on the map).
 */
export const influenceFields = z.strictObject({
  role: z.enum(BUYING_ROLES, { error: 'errors.choose' }).nullable(),
  stance: z.enum(ATTITUDES, { error: 'errors.choose' }).nullable(),
  /** What the person personally gains if we win (promotion, less risk, less work). */
  winResult: longText,
  notes: longText,
});
export type InfluenceFields = z.infer<typeof influenceFields>;

export interface BuyingInfluence extends InfluenceFields {
  id: string;
  opportunityId: string;
  personId: string;
  createdAt: string;
  updatedAt: string;
}

// ---------------------------------------------------------------- competitors

export const competitorFields = z.strictObject({
  name: requiredName,
  position: z.enum(COMPETITOR_POSITIONS, { error: 'errors.choose' }),
  strengths: longText,
  weaknesses: longText,
  /** People of the same account who favour this competitor. */
  favouredBy: z.array(id).max(LIST_MAX, { error: 'errors.tooLong' }),
  /** Our counter-strategy. */
  strategy: longText,
  notes: longText,
});
export type CompetitorFields = z.infer<typeof competitorFields>;

export const emptyCompetitorFields: CompetitorFields = {
  name: '',
  position: 'other',
  strengths: '',
  weaknesses: '',
  favouredBy: [],
  strategy: '',
  notes: '',
};

export interface Competitor extends CompetitorFields {
  id: string;
  opportunityId: string;
  createdAt: string;
  updatedAt: string;
}

// ---------------------------------------------------------------- negotiation plan

/** 谈判计划表: goal and walk-away point, give-and-take, their likely demands, who sits at the table, the three phases. */
export const negotiationFields = z.strictObject({
  goal: longText,
  walkAway: longText,
  concessions: z.array(z.strictObject({ give: longText, ask: longText })).max(LIST_MAX, { error: 'errors.tooLong' }),
  demands: z.array(z.strictObject({ demand: longText, answer: longText })).max(LIST_MAX, { error: 'errors.tooLong' }),
  /** People of the account at the table. */
  theirParticipants: z.array(id).max(LIST_MAX, { error: 'errors.tooLong' }),
  /** Our team members at the table. */
  ourParticipants: z.array(id).max(LIST_MAX, { error: 'errors.tooLong' }),
  /** 开局 / 中场 / 终局 */
  agenda: z.strictObject({ opening: longText, middle: longText, end: longText }),
  openPoints: longText,
});
export type NegotiationFields = z.infer<typeof negotiationFields>;

export const emptyNegotiationFields: NegotiationFields = {
  goal: '',
  walkAway: '',
  concessions: [],
  demands: [],
  theirParticipants: [],
  ourParticipants: [],
  agenda: { opening: '', middle: '', end: '' },
  openPoints: '',
};

export interface NegotiationPlan extends NegotiationFields {
  opportunityId: string;
  /** Null until first saved (the plan is then empty). */
  updatedAt: string | null;
}

// ---------------------------------------------------------------- one opportunity, in one call

/** Everything the opportunity page and its tabs (blue sheet, competitors, scorecard, negotiation) show. */
export interface OpportunityDetail {
  opportunity: Opportunity;
  account: Account;
  /** Live people of the account (for pickers and names). */
  people: Person[];
  team: TeamMember[];
  /** Influences of live people, in the order they were added. */
  influences: BuyingInfluence[];
  /** People of this opportunity's influences who have been deleted from the map (hidden until restored). */
  deletedPeople: { id: string; name: string }[];
  competitors: Competitor[];
  /** Every live assessment, newest first, each with the template snapshot it was made with. */
  assessments: AssessmentRecord[];
  /** Cross-checks of the latest assessment against the map, influences and competitors (crossCheck). */
  checks: CrossCheckFinding[];
  negotiation: NegotiationPlan;
  /** The templates a new assessment can use (built-ins and the user's, latest versions). */
  templates: TemplateEntry[];
}

// ---------------------------------------------------------------- inputs

export const opportunitiesList = z.strictObject({ accountId: id });
export const opportunitiesListOpen = z.strictObject({
  sort: z.enum(OPEN_OPPORTUNITY_SORTS, { error: 'errors.choose' }).optional(),
  direction: z.enum(['asc', 'desc'], { error: 'errors.choose' }).optional(),
});
export type OpportunitiesListOpenInput = z.infer<typeof opportunitiesListOpen>;
export const byId = z.strictObject({ id });
export const opportunitiesCreate = z.strictObject({ accountId: id, fields: opportunityFields });
export const opportunitiesUpdate = z.strictObject({ id, patch: opportunityFields.partial() });

/** Fields left out are null (role, stance: the person's own) or empty. */
export const influencesCreate = z.strictObject({ opportunityId: id, personId: id, fields: influenceFields.partial() });
export const influencesUpdate = z.strictObject({ id, patch: influenceFields.partial() });

export const competitorsCreate = z.strictObject({ opportunityId: id, fields: competitorFields });
export const competitorsUpdate = z.strictObject({ id, patch: competitorFields.partial() });

export const negotiationGet = z.strictObject({ opportunityId: id });
export const negotiationSave = z.strictObject({ opportunityId: id, plan: negotiationFields });

export const opportunitiesChannels = {
  /** The account's live opportunities (all statuses), each with its latest assessment. */
  'opportunities.list': query<OpportunitySummary[]>()(opportunitiesList, ['opportunities', 'assessments', 'accounts']),
  /** Open opportunities of every live, unarchived account; sort amount | closeDate | score | name (nulls last). */
  'opportunities.listOpen': query<OpenOpportunity[]>()(opportunitiesListOpen, ['opportunities', 'assessments', 'accounts']),
  'opportunities.get': query<OpportunityDetail>()(byId, ['opportunities', 'assessments', 'scorecards', 'accounts', 'people', 'team']),
  'opportunities.create': mutation<Opportunity>()(opportunitiesCreate, ['opportunities', 'accounts']),
  'opportunities.update': mutation<Opportunity>()(opportunitiesUpdate, ['opportunities', 'accounts']),
  /** Soft delete (with everything under it); `opportunities.restore` undoes it. */
  'opportunities.delete': mutation<{ id: string }>()(byId, ['opportunities', 'accounts']),
  'opportunities.restore': mutation<Opportunity>()(byId, ['opportunities', 'accounts']),

  'influences.create': mutation<BuyingInfluence>()(influencesCreate, ['opportunities']),
  'influences.update': mutation<BuyingInfluence>()(influencesUpdate, ['opportunities']),
  'influences.delete': mutation<{ id: string }>()(byId, ['opportunities']),
  'influences.restore': mutation<BuyingInfluence>()(byId, ['opportunities']),

  'competitors.create': mutation<Competitor>()(competitorsCreate, ['opportunities']),
  'competitors.update': mutation<Competitor>()(competitorsUpdate, ['opportunities']),
  'competitors.delete': mutation<{ id: string }>()(byId, ['opportunities']),
  'competitors.restore': mutation<Competitor>()(byId, ['opportunities']),

  /** The plan of one opportunity (an empty one, updatedAt null, before the first save). */
  'negotiation.get': query<NegotiationPlan>()(negotiationGet, ['opportunities', 'people', 'team']),
  /** Replaces the whole plan; undo saves the previous one. */
  'negotiation.save': mutation<NegotiationPlan>()(negotiationSave, ['opportunities']),
};
