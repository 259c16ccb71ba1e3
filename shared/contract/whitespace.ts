import { z } from 'zod';
import type { Currency } from '../domain/accounts.js';
import { WHITESPACE_STATUSES, type OpportunityStatus, type WhitespaceTotals } from '../domain/opportunities.js';
import { mutation, query } from './channel.js';
import { empty, id, longText, requiredName, shortText } from './common.js';
import { amount } from './opportunities.js';

// ---------------------------------------------------------------- offerings (Settings)

/** One of our products or services. */
export const offeringFields = z.strictObject({ name: requiredName, description: longText });
export type OfferingFields = z.infer<typeof offeringFields>;

export interface Offering extends OfferingFields {
  id: string;
  createdAt: string;
  updatedAt: string;
}

// ---------------------------------------------------------------- the whitespace grid of an account

/**
 * One cell (offering × client unit). `opportunityId` (an opportunity of this account) is kept for
 * in_progress only, `competitor` for competitor only; `amount` is the estimate of a potential cell,
 * the value sold or in progress, and is not kept for not_relevant.
 */
export const whitespaceCellFields = z.strictObject({
  status: z.enum(WHITESPACE_STATUSES, { error: 'errors.choose' }),
  opportunityId: id.nullable(),
  amount: amount.nullable(),
  competitor: shortText,
  notes: longText,
});
export type WhitespaceCellFields = z.infer<typeof whitespaceCellFields>;

export interface WhitespaceCell extends WhitespaceCellFields {
  id: string;
  accountId: string;
  offeringId: string;
  unit: string;
  updatedAt: string;
}

/** A column of the grid: a department of the account's people, or a unit the user added (`id` set, removable). */
export interface WhitespaceUnit {
  name: string;
  /** The free unit's id; null for a department taken from the people. */
  id: string | null;
  /** Live people of the account in this department. */
  peopleCount: number;
}

export interface WhitespaceGrid {
  account: { id: string; name: string; currency: Currency; annualPotential: number | null };
  offerings: Offering[];
  units: WhitespaceUnit[];
  /** Cells of live offerings. */
  cells: WhitespaceCell[];
  /** The account's live opportunities, for in-progress cells. */
  opportunities: { id: string; name: string; status: OpportunityStatus; amount: number | null; currency: Currency }[];
  /** The account's annual potential beside what its cells add up to. */
  totals: WhitespaceTotals & { annualPotential: number | null };
}

export const whitespaceGet = z.strictObject({ accountId: id });
export const unitName = requiredName;
export const whitespaceSetCell = z.strictObject({
  accountId: id,
  offeringId: id,
  unit: unitName,
  /** null empties the cell. */
  cell: whitespaceCellFields.nullable(),
});
export const whitespaceAddUnit = z.strictObject({ accountId: id, name: unitName });
export const whitespaceRemoveUnit = z.strictObject({ id });
/** Exactly what `whitespace.removeUnit` answered. */
export const whitespaceRestoreUnit = z.strictObject({ id, cellIds: z.array(id).max(10_000) });

export const offeringsCreate = z.strictObject({ fields: offeringFields });
export const offeringsUpdate = z.strictObject({ id, fields: offeringFields });
export const offeringById = z.strictObject({ id });

export const whitespaceChannels = {
  /** Our offerings (live), in the order they were added. */
  'offerings.list': query<Offering[]>()(empty, ['offerings']),
  'offerings.create': mutation<Offering>()(offeringsCreate, ['offerings']),
  'offerings.update': mutation<Offering>()(offeringsUpdate, ['offerings']),
  /** Soft delete: its cells are hidden until `offerings.restore`. */
  'offerings.delete': mutation<{ id: string }>()(offeringById, ['offerings']),
  'offerings.restore': mutation<Offering>()(offeringById, ['offerings']),

  'whitespace.get': query<WhitespaceGrid>()(whitespaceGet, ['whitespace', 'offerings', 'opportunities', 'accounts', 'people']),
  /** Sets (or, with null, empties) one cell; answers the cell now there. Undo sets the previous one. */
  'whitespace.setCell': mutation<{ cell: WhitespaceCell | null }>()(whitespaceSetCell, ['whitespace']),
  'whitespace.addUnit': mutation<WhitespaceUnit>()(whitespaceAddUnit, ['whitespace']),
  /** Removes a free unit with its cells (unless a department of that name remains); answers what restore needs. */
  'whitespace.removeUnit': mutation<{ id: string; cellIds: string[] }>()(whitespaceRemoveUnit, ['whitespace']),
  'whitespace.restoreUnit': mutation<WhitespaceUnit>()(whitespaceRestoreUnit, ['whitespace']),
};
