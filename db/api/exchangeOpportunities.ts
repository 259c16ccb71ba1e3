import { createHash, randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { ExchangeEntry, ExchangeOpportunity } from '../../shared/contract/index.js';
import { scoreAssessment } from '../../shared/domain/scoring/score.js';
import type { CriterionScore, ScorecardTemplate } from '../../shared/domain/scoring/types.js';
import { templateSnapshot } from '../../shared/domain/scoring/versions.js';
import type { Db } from '../open.js';
import {
  assessments,
  buyingInfluences,
  competitors,
  negotiationPlans,
  offerings,
  opportunities,
  scorecardSnapshots,
  whitespaceCells,
  whitespaceUnits,
} from '../schema.js';
import { inIds } from './queryHelpers.js';
import { findOfferingByName } from './whitespace.js';

/**
 * The opportunities and whitespace grid of one account in an exchange file, out and in (the people,
 * links and team are db/api/exchange.ts). Out: what the app shows (live rows; people deleted from the
 * map, and what names them, left out). In: new ids throughout, the file's ids mapped to them.
 */

type Snapshot = ExchangeEntry['scorecards'][number];

const unique = <T>(items: readonly T[]) => [...new Set(items)];
const byOpportunity = <T extends { opportunityId: string }>(rows: T[]) => {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.opportunityId);
    if (list) list.push(row);
    else grouped.set(row.opportunityId, [row]);
  }
  return grouped;
};

/** The account's live opportunities with their parts; `live`: the ids of the people the file holds. */
export function exportOpportunities(
  db: Db,
  accountId: string,
  live: ReadonlySet<string>,
): { opportunities: ExchangeOpportunity[]; scorecards: Snapshot[]; teamIds: string[] } {
  const rows = db
    .select()
    .from(opportunities)
    .where(and(eq(opportunities.accountId, accountId), isNull(opportunities.deletedAt)))
    .orderBy(sql`${opportunities}.rowid`)
    .all();
  if (rows.length === 0) return { opportunities: [], scorecards: [], teamIds: [] };
  const ids = rows.map((r) => r.id);
  const livePeople = (list: readonly string[]) => unique(list.filter((id) => live.has(id)));
  const influences = byOpportunity(
    db
      .select()
      .from(buyingInfluences)
      .where(and(inIds(buyingInfluences.opportunityId, ids), isNull(buyingInfluences.deletedAt)))
      .orderBy(sql`${buyingInfluences}.rowid`)
      .all()
      .filter((i) => live.has(i.personId)),
  );
  const rivals = byOpportunity(
    db
      .select()
      .from(competitors)
      .where(and(inIds(competitors.opportunityId, ids), isNull(competitors.deletedAt)))
      .orderBy(sql`${competitors}.rowid`)
      .all(),
  );
  const plans = new Map(
    db
      .select()
      .from(negotiationPlans)
      .where(inIds(negotiationPlans.opportunityId, ids))
      .all()
      .map((p) => [p.opportunityId, p]),
  );
  const assessmentRows = db
    .select()
    .from(assessments)
    .where(and(inIds(assessments.opportunityId, ids), isNull(assessments.deletedAt)))
    .orderBy(sql`${assessments}.rowid`)
    .all();
  const snapshotIds = unique(assessmentRows.map((a) => a.snapshotId));
  const scorecards: Snapshot[] =
    snapshotIds.length === 0
      ? []
      : db
          .select()
          .from(scorecardSnapshots)
          .where(inIds(scorecardSnapshots.id, snapshotIds))
          .all()
          .map((s) => ({ id: s.id, template: JSON.parse(s.template) as ScorecardTemplate }));
  const scored = byOpportunity(assessmentRows);
  const teamIds = new Set<string>();

  const list = rows.map((row): ExchangeOpportunity => {
    const { accountId: _account, deletedAt: _deleted, ...fields } = row;
    const plan = plans.get(row.id);
    if (plan) for (const id of plan.plan.ourParticipants) teamIds.add(id);
    return {
      ...fields,
      influences: (influences.get(row.id) ?? []).map(({ opportunityId: _o, deletedAt: _d, ...influence }) => influence),
      competitors: (rivals.get(row.id) ?? []).map(({ opportunityId: _o, deletedAt: _d, favouredBy, ...competitor }) => ({
        ...competitor,
        favouredBy: livePeople(favouredBy),
      })),
      negotiation: plan
        ? { ...plan.plan, theirParticipants: livePeople(plan.plan.theirParticipants), ourParticipants: unique(plan.plan.ourParticipants), updatedAt: plan.updatedAt }
        : null,
      assessments: (scored.get(row.id) ?? []).map((a) => {
        if (a.authorId !== null) teamIds.add(a.authorId);
        const scores: Record<string, CriterionScore> = {};
        for (const [key, score] of Object.entries(a.scores)) scores[key] = { ...score, personIds: livePeople(score.personIds) };
        return {
          id: a.id,
          scorecardId: a.snapshotId,
          templateKey: a.templateKey,
          templateVersion: a.templateVersion,
          scores,
          author: a.author,
          authorId: a.authorId,
          assessedAt: a.assessedAt,
          total: a.total,
          verdict: a.verdict,
          createdAt: a.createdAt,
        };
      }),
    };
  });
  // Plans may still name removed team members: the caller keeps only those of the team it writes.
  return { opportunities: list, scorecards, teamIds: [...teamIds] };
}

/** The account's whitespace grid: the units the user added, the live cells of live offerings, and those offerings. */
export function exportWhitespace(db: Db, accountId: string, exportedOpportunities: ReadonlySet<string>): ExchangeEntry['whitespace'] {
  const units = db
    .select({ name: whitespaceUnits.name, createdAt: whitespaceUnits.createdAt })
    .from(whitespaceUnits)
    .where(and(eq(whitespaceUnits.accountId, accountId), isNull(whitespaceUnits.deletedAt)))
    .orderBy(sql`${whitespaceUnits}.rowid`)
    .all();
  const cells = db
    .select({ cell: whitespaceCells })
    .from(whitespaceCells)
    .innerJoin(offerings, eq(offerings.id, whitespaceCells.offeringId))
    .where(and(eq(whitespaceCells.accountId, accountId), isNull(whitespaceCells.deletedAt), isNull(offerings.deletedAt)))
    .orderBy(sql`${whitespaceCells}.rowid`)
    .all()
    .map(({ cell }) => cell);
  const offeringIds = unique(cells.map((c) => c.offeringId));
  const used =
    offeringIds.length === 0
      ? []
      : db.select({ id: offerings.id, name: offerings.name, description: offerings.description }).from(offerings).where(inIds(offerings.id, offeringIds)).orderBy(sql`rowid`).all();
  return {
    offerings: used,
    units,
    cells: cells.map(({ id: _id, accountId: _account, deletedAt: _deleted, opportunityId, ...cell }) => ({
      ...cell,
      // An in-progress cell whose opportunity is deleted shows none (as in the grid).
      opportunityId: opportunityId !== null && exportedOpportunities.has(opportunityId) ? opportunityId : null,
    })),
  };
}

/** Stores a snapshot once, under the hash of its canonical JSON (as assessments.create does); answers it as read back. */
function storeSnapshot(db: Db, template: Snapshot['template']): { id: string; template: ScorecardTemplate } {
  const json = templateSnapshot(template);
  const id = createHash('sha256').update(json).digest('hex');
  db.insert(scorecardSnapshots).values({ id, template: json }).onConflictDoNothing().run();
  return { id, template: JSON.parse(json) as ScorecardTemplate };
}

/**
 * Adds the entry's opportunities with their influences, competitors, plans and assessments to the
 * new account. `people` and `team` map the file's ids to ours. Answers the opportunities' new ids by file id.
 */
export function importOpportunities(
  db: Db,
  entry: ExchangeEntry,
  ids: { accountId: string; people: ReadonlyMap<string, string>; team: ReadonlyMap<string, string> },
): Map<string, string> {
  const person = (id: string) => ids.people.get(id)!;
  const people = (list: readonly string[]) => unique(list).map(person);
  const snapshots = new Map(entry.scorecards.map((s) => [s.id, storeSnapshot(db, s.template)]));
  const opportunityIds = new Map<string, string>();
  for (const { id: fileId, influences, competitors: rivals, negotiation, assessments: scored, ...fields } of entry.opportunities) {
    const opportunityId = randomUUID();
    opportunityIds.set(fileId, opportunityId);
    db.insert(opportunities).values({ ...fields, id: opportunityId, accountId: ids.accountId }).run();
    for (const { id: _id, personId, ...influence } of influences) {
      db.insert(buyingInfluences).values({ ...influence, id: randomUUID(), opportunityId, personId: person(personId) }).run();
    }
    for (const { id: _id, favouredBy, ...competitor } of rivals) {
      db.insert(competitors).values({ ...competitor, id: randomUUID(), opportunityId, favouredBy: people(favouredBy) }).run();
    }
    if (negotiation) {
      const { updatedAt, ...plan } = negotiation;
      db.insert(negotiationPlans)
        .values({
          opportunityId,
          plan: { ...plan, theirParticipants: people(plan.theirParticipants), ourParticipants: unique(plan.ourParticipants).map((m) => ids.team.get(m)!) },
          updatedAt,
        })
        .run();
    }
    for (const assessment of scored) {
      const { id: snapshotId, template } = snapshots.get(assessment.scorecardId)!;
      // In the template's order, as assessments.create stores them; the result computed again from the snapshot.
      const scores: Record<string, CriterionScore> = {};
      for (const { key } of template.criteria) {
        const score = assessment.scores[key];
        if (score) scores[key] = { value: score.value, evidence: score.evidence, personIds: people(score.personIds) };
      }
      const result = scoreAssessment(template, { templateKey: template.key, templateVersion: template.version, scores });
      db.insert(assessments)
        .values({
          id: randomUUID(),
          opportunityId,
          templateKey: template.key,
          templateVersion: template.version,
          snapshotId,
          scores,
          author: assessment.author,
          authorId: assessment.authorId === null ? null : ids.team.get(assessment.authorId)!,
          assessedAt: new Date(assessment.assessedAt).toISOString(),
          total: result.total,
          verdict: result.verdict,
          createdAt: assessment.createdAt,
        })
        .run();
    }
  }
  return opportunityIds;
}

/**
 * Adds the entry's whitespace grid to the new account: offerings matched by name (case aside) among
 * ours, or added; the free units; the cells, keeping what their status uses. Answers how many
 * offerings were added.
 */
export function importWhitespace(
  db: Db,
  whitespace: ExchangeEntry['whitespace'],
  ids: { accountId: string; opportunities: ReadonlyMap<string, string>; now: string },
): number {
  const offeringIds = new Map<string, string>();
  let created = 0;
  for (const offering of whitespace.offerings) {
    const found = findOfferingByName(db, offering.name);
    if (found) {
      offeringIds.set(offering.id, found.id);
      continue;
    }
    const id = randomUUID();
    db.insert(offerings).values({ id, name: offering.name, description: offering.description, createdAt: ids.now, updatedAt: ids.now }).run();
    offeringIds.set(offering.id, id);
    created++;
  }
  for (const unit of whitespace.units) {
    db.insert(whitespaceUnits).values({ id: randomUUID(), accountId: ids.accountId, name: unit.name, createdAt: unit.createdAt }).run();
  }
  for (const { offeringId, opportunityId, ...cell } of whitespace.cells) {
    db.insert(whitespaceCells)
      .values({
        ...cell,
        id: randomUUID(),
        accountId: ids.accountId,
        offeringId: offeringIds.get(offeringId)!,
        opportunityId: cell.status === 'in_progress' && opportunityId !== null ? ids.opportunities.get(opportunityId)! : null,
        competitor: cell.status === 'competitor' ? cell.competitor : '',
        amount: cell.status === 'not_relevant' ? null : cell.amount,
      })
      .run();
  }
  return created;
}
