import { randomUUID } from 'node:crypto';
import { and, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type {
  Offering,
  OfferingFields,
  WhitespaceCell,
  WhitespaceCellFields,
  WhitespaceGrid,
  WhitespaceUnit,
  whitespaceChannels,
} from '../../shared/contract/index.js';
import { whitespaceTotals, whitespaceUnits } from '../../shared/domain/opportunities.js';
import type { Db } from '../open.js';
import { offerings, opportunities, people, whitespaceCells, whitespaceUnits as units } from '../schema.js';
import { getLiveRow } from './accounts.js';
import type { ApiContext, Handlers } from './context.js';
import { conflict, fieldFailure, notFound } from './failure.js';
import { inIds } from './queryHelpers.js';

type OfferingRow = typeof offerings.$inferSelect;
type CellRow = typeof whitespaceCells.$inferSelect;
type UnitRow = typeof units.$inferSelect;

const toOffering = (row: OfferingRow): Offering => ({
  id: row.id,
  name: row.name,
  description: row.description,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** `liveOpportunities`: an in-progress cell whose opportunity is deleted shows none until it is restored. */
const toCell = (row: CellRow, liveOpportunities: ReadonlySet<string>): WhitespaceCell => ({
  id: row.id,
  accountId: row.accountId,
  offeringId: row.offeringId,
  unit: row.unit,
  status: row.status,
  opportunityId: row.opportunityId !== null && liveOpportunities.has(row.opportunityId) ? row.opportunityId : null,
  amount: row.amount,
  competitor: row.competitor,
  notes: row.notes,
  updatedAt: row.updatedAt,
});

// ---------------------------------------------------------------- offerings

export const listOfferings = (db: Db): Offering[] =>
  db.select().from(offerings).where(isNull(offerings.deletedAt)).orderBy(sql`rowid`).all().map(toOffering);

function getLiveOffering(db: Db, id: string, path?: string): OfferingRow {
  const row = db.select().from(offerings).where(and(eq(offerings.id, id), isNull(offerings.deletedAt))).get();
  if (!row) throw path ? fieldFailure('not_found', 'opportunities.errors.offeringNotFound', path) : notFound('opportunities.errors.offeringNotFound', { id });
  return row;
}

/** A live offering of this name (case aside). */
export const findOfferingByName = (db: Db, name: string, exceptId?: string): OfferingRow | undefined =>
  db
    .select()
    .from(offerings)
    .where(and(sql`lower(${offerings.name}) = lower(${name})`, isNull(offerings.deletedAt), exceptId === undefined ? undefined : ne(offerings.id, exceptId)))
    .get();

function assertOfferingNameFree(db: Db, name: string, exceptId?: string) {
  if (findOfferingByName(db, name, exceptId)) throw fieldFailure('conflict', 'opportunities.errors.duplicateOffering', 'fields.name', { name });
}

export function createOffering(db: Db, fields: OfferingFields): Offering {
  assertOfferingNameFree(db, fields.name);
  const now = new Date().toISOString();
  return toOffering(db.insert(offerings).values({ id: randomUUID(), ...fields, createdAt: now, updatedAt: now }).returning().get());
}

function updateOffering(db: Db, id: string, fields: OfferingFields): Offering {
  getLiveOffering(db, id);
  assertOfferingNameFree(db, fields.name, id);
  return toOffering(db.update(offerings).set({ ...fields, updatedAt: new Date().toISOString() }).where(eq(offerings.id, id)).returning().get());
}

/** Soft delete: the offering's cells stay, hidden, until it is restored. */
function deleteOffering(db: Db, id: string): { id: string } {
  getLiveOffering(db, id);
  db.update(offerings).set({ deletedAt: new Date().toISOString() }).where(eq(offerings.id, id)).run();
  return { id };
}

function restoreOffering(db: Db, id: string): Offering {
  const row = db.select().from(offerings).where(and(eq(offerings.id, id), isNotNull(offerings.deletedAt))).get();
  if (!row) throw notFound('opportunities.errors.offeringNotFound', { id });
  assertOfferingNameFree(db, row.name, id);
  return toOffering(db.update(offerings).set({ deletedAt: null }).where(eq(offerings.id, id)).returning().get());
}

// ---------------------------------------------------------------- the grid

const liveOpportunitiesOf = (db: Db, accountId: string) =>
  db
    .select({ id: opportunities.id, name: opportunities.name, status: opportunities.status, amount: opportunities.amount, currency: opportunities.currency })
    .from(opportunities)
    .where(and(eq(opportunities.accountId, accountId), isNull(opportunities.deletedAt)))
    .orderBy(sql`rowid`)
    .all();

const liveUnitsOf = (db: Db, accountId: string): UnitRow[] =>
  db
    .select()
    .from(units)
    .where(and(eq(units.accountId, accountId), isNull(units.deletedAt)))
    .orderBy(sql`rowid`)
    .all();

/** Live people per department of the account, in the order the departments first appear. */
function departmentsOf(db: Db, accountId: string): Map<string, number> {
  const rows = db
    .select({ department: people.department })
    .from(people)
    .where(and(eq(people.accountId, accountId), isNull(people.deletedAt)))
    .orderBy(sql`rowid`)
    .all();
  const counts = new Map<string, number>();
  for (const { department } of rows) {
    const name = department.trim();
    if (name !== '') counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/** Live cells of live offerings. */
const liveCellsOf = (db: Db, accountId: string): CellRow[] =>
  db
    .select({ cell: whitespaceCells })
    .from(whitespaceCells)
    .innerJoin(offerings, eq(offerings.id, whitespaceCells.offeringId))
    .where(and(eq(whitespaceCells.accountId, accountId), isNull(whitespaceCells.deletedAt), isNull(offerings.deletedAt)))
    .orderBy(sql`${whitespaceCells}.rowid`)
    .all()
    .map((r) => r.cell);

/**
 * The account's grid: our offerings × its units (its people's departments, the units the user added,
 * and any unit that still holds a cell), the cells, and what they add up to beside the annual potential.
 */
export function getWhitespace(db: Db, accountId: string): WhitespaceGrid {
  const account = getLiveRow(db, accountId);
  const departments = departmentsOf(db, accountId);
  const free = liveUnitsOf(db, accountId);
  const opportunityList = liveOpportunitiesOf(db, accountId);
  const live = new Set(opportunityList.map((o) => o.id));
  const cells = liveCellsOf(db, accountId).map((row) => toCell(row, live));
  const freeIds = new Map(free.map((u) => [u.name, u.id]));
  const names = whitespaceUnits([...departments.keys()], free.map((u) => u.name), cells.map((c) => c.unit));
  const amounts = new Map(opportunityList.map((o) => [o.id, o.currency === account.currency ? o.amount : null]));
  return {
    account: { id: account.id, name: account.name, currency: account.currency as WhitespaceGrid['account']['currency'], annualPotential: account.annualPotential },
    offerings: listOfferings(db),
    units: names.map((name) => ({ name, id: freeIds.get(name) ?? null, peopleCount: departments.get(name) ?? 0 })),
    cells,
    opportunities: opportunityList,
    totals: { ...whitespaceTotals(cells, (id) => amounts.get(id) ?? null), annualPotential: account.annualPotential },
  };
}

/** Keeps what the status uses: an opportunity only in progress, a competitor only for competitor, no amount when not relevant. */
function normalizeCell(db: Db, accountId: string, cell: WhitespaceCellFields): WhitespaceCellFields {
  const opportunityId = cell.status === 'in_progress' ? cell.opportunityId : null;
  if (cell.status === 'in_progress') {
    if (opportunityId === null) throw fieldFailure('bad_input', 'opportunities.errors.cellNeedsOpportunity', 'cell.opportunityId');
    const opportunity = db
      .select({ accountId: opportunities.accountId })
      .from(opportunities)
      .where(and(eq(opportunities.id, opportunityId), isNull(opportunities.deletedAt)))
      .get();
    if (!opportunity) throw fieldFailure('not_found', 'opportunities.errors.notFound', 'cell.opportunityId');
    if (opportunity.accountId !== accountId) throw fieldFailure('bad_input', 'opportunities.errors.opportunityOtherAccount', 'cell.opportunityId');
  }
  const competitor = cell.status === 'competitor' ? cell.competitor : '';
  if (cell.status === 'competitor' && competitor === '') throw fieldFailure('bad_input', 'opportunities.errors.cellNeedsCompetitor', 'cell.competitor');
  return { ...cell, opportunityId, competitor, amount: cell.status === 'not_relevant' ? null : cell.amount };
}

export function setCell(db: Db, input: { accountId: string; offeringId: string; unit: string; cell: WhitespaceCellFields | null }): { cell: WhitespaceCell | null } {
  getLiveRow(db, input.accountId);
  getLiveOffering(db, input.offeringId, 'offeringId');
  const at = and(
    eq(whitespaceCells.accountId, input.accountId),
    eq(whitespaceCells.offeringId, input.offeringId),
    eq(whitespaceCells.unit, input.unit),
    isNull(whitespaceCells.deletedAt),
  );
  if (input.cell === null) {
    db.delete(whitespaceCells).where(at).run();
    return { cell: null };
  }
  const fields = normalizeCell(db, input.accountId, input.cell);
  const updatedAt = new Date().toISOString();
  const existing = db.select({ id: whitespaceCells.id }).from(whitespaceCells).where(at).get();
  const row = existing
    ? db.update(whitespaceCells).set({ ...fields, updatedAt }).where(eq(whitespaceCells.id, existing.id)).returning().get()
    : db
        .insert(whitespaceCells)
        .values({ id: randomUUID(), accountId: input.accountId, offeringId: input.offeringId, unit: input.unit, ...fields, updatedAt })
        .returning()
        .get();
  return { cell: toCell(row, new Set(fields.opportunityId === null ? [] : [fields.opportunityId])) };
}

const toUnit = (db: Db, row: UnitRow): WhitespaceUnit => ({ name: row.name, id: row.id, peopleCount: departmentsOf(db, row.accountId).get(row.name) ?? 0 });

export function addUnit(db: Db, accountId: string, name: string): WhitespaceUnit {
  getLiveRow(db, accountId);
  const clash = db.select({ id: units.id }).from(units).where(and(eq(units.accountId, accountId), eq(units.name, name), isNull(units.deletedAt))).get();
  if (clash) throw fieldFailure('conflict', 'opportunities.errors.duplicateUnit', 'name', { name });
  return toUnit(db, db.insert(units).values({ id: randomUUID(), accountId, name, createdAt: new Date().toISOString() }).returning().get());
}

/** Removes a free unit and its cells, unless a department of that name keeps them in the grid. */
export function removeUnit(db: Db, id: string): { id: string; cellIds: string[] } {
  const unit = db.select().from(units).where(and(eq(units.id, id), isNull(units.deletedAt))).get();
  if (!unit) throw notFound('opportunities.errors.unitNotFound', { id });
  getLiveRow(db, unit.accountId);
  const now = new Date().toISOString();
  db.update(units).set({ deletedAt: now }).where(eq(units.id, id)).run();
  if (departmentsOf(db, unit.accountId).has(unit.name)) return { id, cellIds: [] };
  const cellIds = db
    .select({ id: whitespaceCells.id })
    .from(whitespaceCells)
    .where(and(eq(whitespaceCells.accountId, unit.accountId), eq(whitespaceCells.unit, unit.name), isNull(whitespaceCells.deletedAt)))
    .orderBy(sql`rowid`)
    .all()
    .map((c) => c.id);
  if (cellIds.length > 0) db.update(whitespaceCells).set({ deletedAt: now }).where(inIds(whitespaceCells.id, cellIds)).run();
  return { id, cellIds };
}

/** Undoes `whitespace.removeUnit`; a cell set again meanwhile at the same place keeps the newer one. */
export function restoreUnit(db: Db, id: string, cellIds: string[]): WhitespaceUnit {
  const unit = db.select().from(units).where(and(eq(units.id, id), isNotNull(units.deletedAt))).get();
  if (!unit) throw notFound('opportunities.errors.unitNotFound', { id });
  getLiveRow(db, unit.accountId);
  const clash = db.select({ id: units.id }).from(units).where(and(eq(units.accountId, unit.accountId), eq(units.name, unit.name), isNull(units.deletedAt))).get();
  if (clash) throw conflict('opportunities.errors.duplicateUnit', { name: unit.name });
  const restored = db.update(units).set({ deletedAt: null }).where(eq(units.id, id)).returning().get();
  for (const cellId of new Set(cellIds)) {
    const cell = db
      .select()
      .from(whitespaceCells)
      .where(and(eq(whitespaceCells.id, cellId), eq(whitespaceCells.accountId, unit.accountId), eq(whitespaceCells.unit, unit.name), isNotNull(whitespaceCells.deletedAt)))
      .get();
    if (!cell) continue;
    const taken = db
      .select({ id: whitespaceCells.id })
      .from(whitespaceCells)
      .where(
        and(
          eq(whitespaceCells.accountId, cell.accountId),
          eq(whitespaceCells.offeringId, cell.offeringId),
          eq(whitespaceCells.unit, cell.unit),
          isNull(whitespaceCells.deletedAt),
        ),
      )
      .get();
    if (!taken) db.update(whitespaceCells).set({ deletedAt: null }).where(eq(whitespaceCells.id, cellId)).run();
  }
  return toUnit(db, restored);
}

export const whitespaceHandlers = ({ db }: ApiContext): Handlers<typeof whitespaceChannels> => ({
  'offerings.list': () => listOfferings(db),
  'offerings.create': ({ fields }) => createOffering(db, fields),
  'offerings.update': ({ id, fields }) => updateOffering(db, id, fields),
  'offerings.delete': ({ id }) => deleteOffering(db, id),
  'offerings.restore': ({ id }) => restoreOffering(db, id),
  'whitespace.get': ({ accountId }) => getWhitespace(db, accountId),
  'whitespace.setCell': (input) => setCell(db, input),
  'whitespace.addUnit': ({ accountId, name }) => addUnit(db, accountId, name),
  'whitespace.removeUnit': ({ id }) => removeUnit(db, id),
  'whitespace.restoreUnit': ({ id, cellIds }) => restoreUnit(db, id, cellIds),
});
