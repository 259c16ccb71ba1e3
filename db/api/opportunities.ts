import { randomUUID } from 'node:crypto';
import { and, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type {
  BuyingInfluence,
  Competitor,
  CompetitorFields,
  InfluenceFields,
  NegotiationFields,
  NegotiationPlan,
  OpenOpportunity,
  OpportunitiesListOpenInput,
  Opportunity,
  OpportunityDetail,
  OpportunityFields,
  OpportunitySummary,
  opportunitiesChannels,
} from '../../shared/contract/index.js';
import { emptyNegotiationFields } from '../../shared/contract/index.js';
import { nameCollator } from '../../shared/domain/nameOrder.js';
import { compareNullsLast, statusNeedsReason } from '../../shared/domain/opportunities.js';
import { crossCheck } from '../../shared/domain/scoring/crossChecks.js';
import { scoreAssessment } from '../../shared/domain/scoring/score.js';
import { BUILT_IN_TEMPLATES, DEFAULT_TEMPLATE_KEY } from '../../shared/templates/scorecards.js';
import type { Db } from '../open.js';
import { accounts, buyingInfluences, competitors, negotiationPlans, opportunities, people, teamMembers } from '../schema.js';
import { getAccount, getLiveRow } from './accounts.js';
import type { ApiContext, Handlers } from './context.js';
import { fieldFailure, notFound } from './failure.js';
import { livePeopleOf } from './people.js';
import { inIds, preparedPer, touchAccounts } from './queryHelpers.js';
import { assessmentsOf, latestAssessments, listTemplates } from './scorecards.js';
import { opportunityStageEdited } from './planStage.js';
import { listTeam } from './team.js';

type OpportunityRow = typeof opportunities.$inferSelect;
type InfluenceRow = typeof buyingInfluences.$inferSelect;
type CompetitorRow = typeof competitors.$inferSelect;

const collator = nameCollator(['zh-CN', 'en']);

export const toOpportunity = (row: OpportunityRow): Opportunity => ({
  id: row.id,
  accountId: row.accountId,
  name: row.name,
  amount: row.amount,
  currency: row.currency,
  closeDate: row.closeDate,
  status: row.status,
  statusReason: row.statusReason,
  stage: row.stage,
  valueProposition: row.valueProposition,
  referenceCases: row.referenceCases,
  notes: row.notes,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const toInfluence = (row: InfluenceRow): BuyingInfluence => ({
  id: row.id,
  opportunityId: row.opportunityId,
  personId: row.personId,
  role: row.role,
  stance: row.stance,
  winResult: row.winResult,
  notes: row.notes,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** `live`: the ids of the account's live people; a deleted person drops out of the list until restored. */
const toCompetitor = (row: CompetitorRow, live: ReadonlySet<string>): Competitor => ({
  id: row.id,
  opportunityId: row.opportunityId,
  name: row.name,
  position: row.position,
  strengths: row.strengths,
  weaknesses: row.weaknesses,
  favouredBy: row.favouredBy.filter((id) => live.has(id)),
  strategy: row.strategy,
  notes: row.notes,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

// ---------------------------------------------------------------- shared checks

/** An opportunity that is not deleted, of an account that is not deleted. */
const liveOpportunity = and(isNull(opportunities.deletedAt), sql`exists (select 1 from ${accounts} where ${accounts.id} = ${opportunities.accountId} and ${accounts.deletedAt} is null)`);

export function getLiveOpportunity(db: Db, id: string): OpportunityRow {
  const row = db.select().from(opportunities).where(and(eq(opportunities.id, id), liveOpportunity)).get();
  if (!row) throw notFound('opportunities.errors.notFound', { id });
  return row;
}

/** The ids of an account's live people. */
export function livePeopleIdsOf(db: Db, accountId: string): Set<string> {
  const rows = db.select({ id: people.id }).from(people).where(and(eq(people.accountId, accountId), isNull(people.deletedAt))).all();
  return new Set(rows.map((r) => r.id));
}

/**
 * Every id must be a live person of the account: a deleted or unknown one is not_found, one of
 * another account bad_input, each at its own path (`path.index`). Answers the ids once each, in order.
 */
export function assertPeopleOfAccount(db: Db, accountId: string, path: string, ids: readonly string[]): string[] {
  return checkPeopleOfAccount(db, accountId, ids, (index) => `${path}.${index}`);
}

/** One person, as assertPeopleOfAccount, the failure at `path` itself. */
export function assertPersonOfAccount(db: Db, accountId: string, path: string, id: string): void {
  checkPeopleOfAccount(db, accountId, [id], () => path);
}

function checkPeopleOfAccount(db: Db, accountId: string, ids: readonly string[], pathOf: (index: number) => string): string[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const found = new Map(
    db
      .select({ id: people.id, accountId: people.accountId })
      .from(people)
      .where(and(inIds(people.id, unique), isNull(people.deletedAt)))
      .all()
      .map((p) => [p.id, p.accountId]),
  );
  ids.forEach((id, index) => {
    const owner = found.get(id);
    if (owner === undefined) throw fieldFailure('not_found', 'errors.personNotFound', pathOf(index), { id });
    if (owner !== accountId) throw fieldFailure('bad_input', 'opportunities.errors.otherAccount', pathOf(index));
  });
  return unique;
}

/** Every id must be one of our team members (`path.index` names the first that is not). */
export function assertTeamMembers(db: Db, path: string, ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const found = new Set(db.select({ id: teamMembers.id }).from(teamMembers).where(inIds(teamMembers.id, unique)).all().map((m) => m.id));
  ids.forEach((id, index) => {
    if (!found.has(id)) throw fieldFailure('not_found', 'errors.teamMemberNotFound', `${path}.${index}`, { id });
  });
  return unique;
}

function assertReason(fields: Pick<OpportunityFields, 'status' | 'statusReason'>, path: string) {
  if (statusNeedsReason(fields.status) && fields.statusReason.trim() === '') throw fieldFailure('bad_input', 'opportunities.errors.reasonRequired', path);
}

// ---------------------------------------------------------------- opportunities

export function createOpportunity(db: Db, accountId: string, fields: OpportunityFields): Opportunity {
  getLiveRow(db, accountId);
  assertReason(fields, 'fields.statusReason');
  const now = new Date().toISOString();
  const row = db
    .insert(opportunities)
    .values({ id: randomUUID(), accountId, ...fields, createdAt: now, updatedAt: now })
    .returning()
    .get();
  touchAccounts(db, [accountId], now);
  return toOpportunity(row);
}

export function updateOpportunity(db: Db, id: string, patch: Partial<OpportunityFields>): Opportunity {
  const current = getLiveOpportunity(db, id);
  assertReason({ status: patch.status ?? current.status, statusReason: patch.statusReason ?? current.statusReason }, 'patch.statusReason');
  const now = new Date().toISOString();
  opportunityStageEdited(db, current, patch.stage, now);
  const row = db
    .update(opportunities)
    .set({ ...patch, updatedAt: now })
    .where(eq(opportunities.id, id))
    .returning()
    .get();
  touchAccounts(db, [current.accountId], now);
  return toOpportunity(row);
}

/** Soft delete: its influences, competitors, assessments and plan stay with it, hidden, until restored. */
export function deleteOpportunity(db: Db, id: string): { id: string } {
  const current = getLiveOpportunity(db, id);
  const now = new Date().toISOString();
  db.update(opportunities).set({ deletedAt: now }).where(eq(opportunities.id, id)).run();
  touchAccounts(db, [current.accountId], now);
  return { id };
}

export function restoreOpportunity(db: Db, id: string): Opportunity {
  const row = db.select().from(opportunities).where(and(eq(opportunities.id, id), isNotNull(opportunities.deletedAt))).get();
  if (!row) throw notFound('opportunities.errors.notFound', { id });
  getLiveRow(db, row.accountId);
  const restored = db.update(opportunities).set({ deletedAt: null }).where(eq(opportunities.id, id)).returning().get();
  touchAccounts(db, [row.accountId], new Date().toISOString());
  return toOpportunity(restored);
}

/** The account's live opportunities in the order they were added, each with its latest assessment. */
export function listOpportunities(db: Db, accountId: string): OpportunitySummary[] {
  getLiveRow(db, accountId);
  const rows = db
    .select()
    .from(opportunities)
    .where(and(eq(opportunities.accountId, accountId), isNull(opportunities.deletedAt)))
    .orderBy(sql`${opportunities}.rowid`)
    .all();
  const latest = latestAssessments(db, rows.map((r) => r.id));
  return rows.map((row) => ({ ...toOpportunity(row), latest: latest.get(row.id) ?? null }));
}

/** Open opportunities of every live, unarchived account, sorted; rows without the sorted value go last. */
export function listOpenOpportunities(db: Db, input: OpportunitiesListOpenInput): OpenOpportunity[] {
  const rows = db
    .select({ opportunity: opportunities, accountName: accounts.name })
    .from(opportunities)
    .innerJoin(accounts, eq(accounts.id, opportunities.accountId))
    .where(and(eq(opportunities.status, 'open'), isNull(opportunities.deletedAt), isNull(accounts.deletedAt), isNull(accounts.archivedAt)))
    .all();
  const latest = latestAssessments(db, rows.map((r) => r.opportunity.id));
  const list: OpenOpportunity[] = rows.map(({ opportunity, accountName }) => ({
    ...toOpportunity(opportunity),
    latest: latest.get(opportunity.id) ?? null,
    accountName,
  }));
  const sign = input.direction === 'desc' ? -1 : 1;
  const number = (a: number, b: number) => a - b;
  const byName = (a: OpenOpportunity, b: OpenOpportunity) => collator.compare(a.name, b.name) || collator.compare(a.accountName, b.accountName);
  const compare: Record<NonNullable<OpportunitiesListOpenInput['sort']>, (a: OpenOpportunity, b: OpenOpportunity) => number> = {
    name: (a, b) => sign * byName(a, b),
    // Amounts in different currencies are not comparable without rates: grouped by currency, sorted within it.
    amount: (a, b) => (a.amount !== null && b.amount !== null ? a.currency.localeCompare(b.currency) : 0) || compareNullsLast(a.amount, b.amount, number, sign) || byName(a, b),
    closeDate: (a, b) => compareNullsLast(a.closeDate, b.closeDate, (x, y) => x.localeCompare(y), sign) || byName(a, b),
    score: (a, b) => compareNullsLast(a.latest?.total ?? null, b.latest?.total ?? null, number, sign) || byName(a, b),
  };
  return list.sort(compare[input.sort ?? 'closeDate']);
}

/** Everything one opportunity's page shows, read in one go. */
export function getOpportunity(db: Db, id: string): OpportunityDetail {
  const row = getLiveOpportunity(db, id);
  const accountPeople = livePeopleOf(db, row.accountId);
  const live = new Set(accountPeople.map((p) => p.id));
  const team = listTeam(db);
  const involved = statements(db).influencesOf.all({ opportunityId: id });
  const influences = involved.filter((i) => i.person.deletedAt === null).map((i) => toInfluence(i.influence));
  const competitorList = statements(db).competitorsOf.all({ opportunityId: id }).map((c) => toCompetitor(c, live));
  const assessmentList = assessmentsOf(db, id);
  const latest = assessmentList[0];
  const template = latest?.template ?? BUILT_IN_TEMPLATES[DEFAULT_TEMPLATE_KEY];
  const score = latest ? scoreAssessment(latest.template, latest) : null;
  return {
    opportunity: toOpportunity(row),
    account: getAccount(db, row.accountId),
    people: accountPeople,
    team,
    influences,
    deletedPeople: involved.filter((i) => i.person.deletedAt !== null).map((i) => ({ id: i.person.id, name: i.person.name })),
    competitors: competitorList,
    assessments: assessmentList,
    checks: crossCheck({
      template,
      score,
      influences: involved.map(({ influence, person }) => ({
        personId: person.id,
        role: influence.role,
        stance: influence.stance,
        person: { ...person, deleted: person.deletedAt !== null },
      })),
      competitors: competitorList,
    }),
    negotiation: negotiationOf(db, id, live, new Set(team.map((m) => m.id))),
    templates: listTemplates(db),
  };
}

// ---------------------------------------------------------------- buying influences

const statements = preparedPer((db: Db) => ({
  /** The opportunity's live influences with their people (deleted people too), in the order they were added. */
  influencesOf: db
    .select({
      influence: buyingInfluences,
      person: {
        id: people.id,
        name: people.name,
        roles: people.roles,
        attitude: people.attitude,
        influence: people.influence,
        relationship: people.relationship,
        pains: people.pains,
        deletedAt: people.deletedAt,
      },
    })
    .from(buyingInfluences)
    .innerJoin(people, eq(people.id, buyingInfluences.personId))
    .where(and(eq(buyingInfluences.opportunityId, sql.placeholder('opportunityId')), isNull(buyingInfluences.deletedAt)))
    .orderBy(sql`${buyingInfluences}.rowid`)
    .prepare(),
  competitorsOf: db
    .select()
    .from(competitors)
    .where(and(eq(competitors.opportunityId, sql.placeholder('opportunityId')), isNull(competitors.deletedAt)))
    .orderBy(sql`${competitors}.rowid`)
    .prepare(),
}));

function assertNoOtherInfluence(db: Db, opportunityId: string, personId: string, path: string, exceptId?: string) {
  const clash = db
    .select({ id: buyingInfluences.id })
    .from(buyingInfluences)
    .where(
      and(
        eq(buyingInfluences.opportunityId, opportunityId),
        eq(buyingInfluences.personId, personId),
        isNull(buyingInfluences.deletedAt),
        exceptId === undefined ? undefined : ne(buyingInfluences.id, exceptId),
      ),
    )
    .get();
  if (clash) {
    const name = db.select({ name: people.name }).from(people).where(eq(people.id, personId)).get()?.name ?? '';
    throw fieldFailure('conflict', 'opportunities.errors.duplicateInfluence', path, { name });
  }
}

export function createInfluence(db: Db, input: { opportunityId: string; personId: string; fields: Partial<InfluenceFields> }): BuyingInfluence {
  const opportunity = getLiveOpportunity(db, input.opportunityId);
  assertPersonOfAccount(db, opportunity.accountId, 'personId', input.personId);
  assertNoOtherInfluence(db, opportunity.id, input.personId, 'personId');
  const now = new Date().toISOString();
  const row = db
    .insert(buyingInfluences)
    .values({
      id: randomUUID(),
      opportunityId: opportunity.id,
      personId: input.personId,
      role: input.fields.role ?? null,
      stance: input.fields.stance ?? null,
      winResult: input.fields.winResult ?? '',
      notes: input.fields.notes ?? '',
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
  return toInfluence(row);
}

/** A live influence of a live person on a live opportunity. */
function getLiveInfluence(db: Db, id: string): InfluenceRow {
  const row = db
    .select({ influence: buyingInfluences })
    .from(buyingInfluences)
    .innerJoin(people, eq(people.id, buyingInfluences.personId))
    .where(and(eq(buyingInfluences.id, id), isNull(buyingInfluences.deletedAt), isNull(people.deletedAt)))
    .get()?.influence;
  if (!row) throw notFound('opportunities.errors.influenceNotFound', { id });
  getLiveOpportunity(db, row.opportunityId);
  return row;
}

export function updateInfluence(db: Db, id: string, patch: Partial<InfluenceFields>): BuyingInfluence {
  getLiveInfluence(db, id);
  const row = db
    .update(buyingInfluences)
    .set({ ...patch, updatedAt: new Date().toISOString() })
    .where(eq(buyingInfluences.id, id))
    .returning()
    .get();
  return toInfluence(row);
}

export function deleteInfluence(db: Db, id: string): { id: string } {
  getLiveInfluence(db, id);
  db.update(buyingInfluences).set({ deletedAt: new Date().toISOString() }).where(eq(buyingInfluences.id, id)).run();
  return { id };
}

export function restoreInfluence(db: Db, id: string): BuyingInfluence {
  const row = db.select().from(buyingInfluences).where(and(eq(buyingInfluences.id, id), isNotNull(buyingInfluences.deletedAt))).get();
  if (!row) throw notFound('opportunities.errors.influenceNotFound', { id });
  const opportunity = getLiveOpportunity(db, row.opportunityId);
  assertPersonOfAccount(db, opportunity.accountId, 'personId', row.personId);
  // Added again meanwhile: the newer one stays.
  assertNoOtherInfluence(db, row.opportunityId, row.personId, 'personId', id);
  return toInfluence(db.update(buyingInfluences).set({ deletedAt: null }).where(eq(buyingInfluences.id, id)).returning().get());
}

// ---------------------------------------------------------------- competitors

export function createCompetitor(db: Db, opportunityId: string, fields: CompetitorFields): Competitor {
  const opportunity = getLiveOpportunity(db, opportunityId);
  const favouredBy = assertPeopleOfAccount(db, opportunity.accountId, 'fields.favouredBy', fields.favouredBy);
  const now = new Date().toISOString();
  const row = db
    .insert(competitors)
    .values({ id: randomUUID(), opportunityId, ...fields, favouredBy, createdAt: now, updatedAt: now })
    .returning()
    .get();
  return toCompetitor(row, new Set(favouredBy));
}

function getLiveCompetitor(db: Db, id: string): { row: CompetitorRow; accountId: string } {
  const row = db.select().from(competitors).where(and(eq(competitors.id, id), isNull(competitors.deletedAt))).get();
  if (!row) throw notFound('opportunities.errors.competitorNotFound', { id });
  return { row, accountId: getLiveOpportunity(db, row.opportunityId).accountId };
}

export function updateCompetitor(db: Db, id: string, patch: Partial<CompetitorFields>): Competitor {
  const { accountId } = getLiveCompetitor(db, id);
  const favouredBy = patch.favouredBy === undefined ? undefined : assertPeopleOfAccount(db, accountId, 'patch.favouredBy', patch.favouredBy);
  const row = db
    .update(competitors)
    .set({ ...patch, ...(favouredBy ? { favouredBy } : {}), updatedAt: new Date().toISOString() })
    .where(eq(competitors.id, id))
    .returning()
    .get();
  return toCompetitor(row, livePeopleIdsOf(db, accountId));
}

export function deleteCompetitor(db: Db, id: string): { id: string } {
  getLiveCompetitor(db, id);
  db.update(competitors).set({ deletedAt: new Date().toISOString() }).where(eq(competitors.id, id)).run();
  return { id };
}

export function restoreCompetitor(db: Db, id: string): Competitor {
  const row = db.select().from(competitors).where(and(eq(competitors.id, id), isNotNull(competitors.deletedAt))).get();
  if (!row) throw notFound('opportunities.errors.competitorNotFound', { id });
  const { accountId } = getLiveOpportunity(db, row.opportunityId);
  const restored = db.update(competitors).set({ deletedAt: null }).where(eq(competitors.id, id)).returning().get();
  return toCompetitor(restored, livePeopleIdsOf(db, accountId));
}

// ---------------------------------------------------------------- negotiation plan

/** The saved plan (or an empty one); people deleted since and team members removed since drop out. */
function negotiationOf(db: Db, opportunityId: string, livePeople: ReadonlySet<string>, team: ReadonlySet<string>): NegotiationPlan {
  const row = db.select().from(negotiationPlans).where(eq(negotiationPlans.opportunityId, opportunityId)).get();
  const plan = row?.plan ?? emptyNegotiationFields;
  return {
    ...plan,
    theirParticipants: plan.theirParticipants.filter((id) => livePeople.has(id)),
    ourParticipants: plan.ourParticipants.filter((id) => team.has(id)),
    opportunityId,
    updatedAt: row?.updatedAt ?? null,
  };
}

const teamIds = (db: Db) => new Set(db.select({ id: teamMembers.id }).from(teamMembers).all().map((m) => m.id));

export function getNegotiation(db: Db, opportunityId: string): NegotiationPlan {
  const opportunity = getLiveOpportunity(db, opportunityId);
  return negotiationOf(db, opportunityId, livePeopleIdsOf(db, opportunity.accountId), teamIds(db));
}

export function saveNegotiation(db: Db, opportunityId: string, fields: NegotiationFields): NegotiationPlan {
  const opportunity = getLiveOpportunity(db, opportunityId);
  const plan: NegotiationFields = {
    ...fields,
    theirParticipants: assertPeopleOfAccount(db, opportunity.accountId, 'plan.theirParticipants', fields.theirParticipants),
    ourParticipants: assertTeamMembers(db, 'plan.ourParticipants', fields.ourParticipants),
  };
  const updatedAt = new Date().toISOString();
  db.insert(negotiationPlans)
    .values({ opportunityId, plan, updatedAt })
    .onConflictDoUpdate({ target: negotiationPlans.opportunityId, set: { plan, updatedAt } })
    .run();
  return { ...plan, opportunityId, updatedAt };
}

export const opportunitiesHandlers = ({ db }: ApiContext): Handlers<typeof opportunitiesChannels> => ({
  'opportunities.list': ({ accountId }) => listOpportunities(db, accountId),
  'opportunities.listOpen': (input) => listOpenOpportunities(db, input),
  'opportunities.get': ({ id }) => getOpportunity(db, id),
  'opportunities.create': ({ accountId, fields }) => createOpportunity(db, accountId, fields),
  'opportunities.update': ({ id, patch }) => updateOpportunity(db, id, patch),
  'opportunities.delete': ({ id }) => deleteOpportunity(db, id),
  'opportunities.restore': ({ id }) => restoreOpportunity(db, id),
  'influences.create': (input) => createInfluence(db, input),
  'influences.update': ({ id, patch }) => updateInfluence(db, id, patch),
  'influences.delete': ({ id }) => deleteInfluence(db, id),
  'influences.restore': ({ id }) => restoreInfluence(db, id),
  'competitors.create': ({ opportunityId, fields }) => createCompetitor(db, opportunityId, fields),
  'competitors.update': ({ id, patch }) => updateCompetitor(db, id, patch),
  'competitors.delete': ({ id }) => deleteCompetitor(db, id),
  'competitors.restore': ({ id }) => restoreCompetitor(db, id),
  'negotiation.get': ({ opportunityId }) => getNegotiation(db, opportunityId),
  'negotiation.save': ({ opportunityId, plan }) => saveNegotiation(db, opportunityId, plan),
});
