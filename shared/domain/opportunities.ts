/**
 * The opportunity vocabulary: statuses, the six sales stages, competitor positions, whitespace cell
 * statuses. Values are stable codes; labels live in i18n (opportunities.*).
 */

export const OPPORTUNITY_STATUSES = ['open', 'won', 'lost', 'abandoned'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** A closed opportunity (won, lost, abandoned) must say why. */
export const statusNeedsReason = (status: OpportunityStatus): boolean => status !== 'open';

/** 客户开发 → 立项 → 提案 → 招投标 → 商务谈判 → 工程实施. */
export const SALES_STAGES = ['development', 'initiation', 'proposal', 'tender', 'negotiation', 'implementation'] as const;
export type SalesStage = (typeof SALES_STAGES)[number];

export const COMPETITOR_POSITIONS = ['incumbent', 'shortlisted', 'challenger', 'eliminated', 'other'] as const;
export type CompetitorPosition = (typeof COMPETITOR_POSITIONS)[number];

export const WHITESPACE_STATUSES = ['sold', 'in_progress', 'potential', 'not_relevant', 'competitor'] as const;
export type WhitespaceStatus = (typeof WHITESPACE_STATUSES)[number];

export const OPEN_OPPORTUNITY_SORTS = ['amount', 'closeDate', 'score', 'name'] as const;
export type OpenOpportunitySort = (typeof OPEN_OPPORTUNITY_SORTS)[number];

/** Rows per list inside one plan or cell (concessions, demands, participants, favoured-by people…). */
export const LIST_MAX = 200;

/** A real calendar date written 'YYYY-MM-DD' (so '2026-02-30' is not one). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** Compares two nullable values so that nulls go last whichever the direction. */
export function compareNullsLast<T>(a: T | null, b: T | null, compare: (a: T, b: T) => number, sign: 1 | -1): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return sign * compare(a, b);
}

/** The names of the client units of an account: its people's departments, then the free units, each once, in order. */
export function whitespaceUnits(departments: readonly string[], freeUnits: readonly string[], cellUnits: readonly string[] = []): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of [...departments, ...freeUnits, ...cellUnits]) {
    const unit = name.trim();
    if (unit === '' || seen.has(unit)) continue;
    seen.add(unit);
    out.push(unit);
  }
  return out;
}

export interface WhitespaceTotalCell {
  status: WhitespaceStatus;
  amount: number | null;
  opportunityId: string | null;
}

export interface WhitespaceTotals {
  sold: number;
  inProgress: number;
  potential: number;
  /** sold + in progress + potential: what the grid says the account is worth. */
  cells: number;
}

/**
 * The sum of the grid's cells by status. An in-progress cell without its own amount counts its
 * opportunity's amount (when in the account's currency); not relevant and competitor cells count nothing.
 */
export function whitespaceTotals(
  cells: readonly WhitespaceTotalCell[],
  opportunityAmount: (id: string) => number | null = () => null,
): WhitespaceTotals {
  const totals = { sold: 0, inProgress: 0, potential: 0, cells: 0 };
  for (const cell of cells) {
    const amount = cell.amount ?? (cell.status === 'in_progress' && cell.opportunityId ? opportunityAmount(cell.opportunityId) : null) ?? 0;
    if (cell.status === 'sold') totals.sold += amount;
    else if (cell.status === 'in_progress') totals.inProgress += amount;
    else if (cell.status === 'potential') totals.potential += amount;
    else continue;
    totals.cells += amount;
  }
  return totals;
}
