import { type ImportedPerson } from '../contract/import.js';
import { emptyPersonFields, personFields } from '../contract/people.js';
import { cleanCell, fullName, nameKey, type ColumnMapping } from './columnGuess.js';
import type { CsvTable, Message } from './csvTable.js';

export * from './csvTable.js';
export * from './columnGuess.js';

/**
 * Turns a parsed CSV and a column mapping into the people to import, with every problem said per
 * row (its spreadsheet row number and an i18n key). An `error` keeps the row out of the import; a
 * `warning` imports it anyway, as the message says (e.g. without a manager).
 */

export interface RowProblem extends Message {
  /** error: the row is left out; warning: imported, as the message says; info: a note, not a problem. */
  level: 'error' | 'warning' | 'info';
}

export const IMPORTED_FIELDS = ['name', 'title', 'department', 'email', 'phone'] as const;
export type ImportedField = (typeof IMPORTED_FIELDS)[number];

export type ResolvedManager = { row: number; name: string } | { existingId: string; name: string } | null;

export interface ImportRow {
  row: number;
  fields: Record<ImportedField, string>;
  /** The manager as the file writes it (an id or a name); '' when none. */
  managerValue: string;
  manager: ResolvedManager;
  problems: RowProblem[];
  /** Kept out of the import (an error, or already in the account when asked to skip those). */
  skipped: boolean;
}

export interface ImportOptions {
  /** The account's live people: names already there are flagged, and can be managers of imported rows. */
  existing?: readonly { id: string; name: string }[];
  /** Leave out rows whose name is already in the account (their reports go under the existing person). */
  skipExisting?: boolean;
  /** An existing person the top of the imported chart (rows with no manager given) will report to. */
  attachToId?: string | null;
}

export interface ImportPlan {
  rows: ImportRow[];
  /** Exactly what `people.import` takes. */
  people: ImportedPerson[];
  /** Rows with at least one problem (an error or a warning). */
  problemRows: number;
  /** Errors and warnings over all rows. */
  problems: number;
  skipped: number;
  /** Rows whose name is already in the account. */
  alreadyThere: number;
  /** Set when the mapping itself cannot work (no name column): nothing can be imported. */
  mappingError: Message | null;
}

const problem = (level: RowProblem['level'], key: string, params: Record<string, string | number> = {}): RowProblem => ({
  level,
  key: `import.problems.${key}`,
  params,
});

const isProblem = (p: RowProblem) => p.level !== 'info';

const importedFields = personFields.omit({ reportsToId: true });
const { reportsToId: _none, ...blankFields } = emptyPersonFields;

function readRow(cells: string[], headerCount: number, mapping: ColumnMapping) {
  const problems: RowProblem[] = [];
  const extra = cells.slice(headerCount);
  // A trailing delimiter adds empty cells: harmless. Missing or extra values mean the columns are shifted.
  if (cells.length < headerCount || extra.some((cell) => cell.trim() !== '')) {
    problems.push(problem('error', 'cellCount', { count: cells.length, expected: headerCount }));
  }
  const cell = (index: number | null) => (index === null ? '' : cleanCell(cells[index]));
  const { columns } = mapping;
  const fields: Record<ImportedField, string> = {
    name: fullName(cells, mapping),
    title: cell(columns.title),
    department: cell(columns.department),
    email: cell(columns.email),
    phone: cell(columns.phone),
  };
  const checked = importedFields.safeParse({ ...blankFields, ...fields });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = String(issue.path[0]);
      if (field === 'name' && fields.name === '') problems.push(problem('error', 'missingName'));
      else problems.push(problem('error', 'tooLong', { field, max: 'maximum' in issue ? Number(issue.maximum) : 0 }));
    }
  }
  return { fields, problems, managerValue: cell(columns.manager), id: cell(columns.id) };
}

/** Existing people by name; a name held by several is ambiguous and matches nobody. */
function existingByName(existing: readonly { id: string; name: string }[]) {
  const found = new Map<string, { id: string; name: string } | null>();
  for (const person of existing) {
    const key = nameKey(person.name);
    found.set(key, found.has(key) ? null : person);
  }
  return found;
}

export function planImport(table: CsvTable, mapping: ColumnMapping, options: ImportOptions = {}): ImportPlan {
  const { columns } = mapping;
  const hasName = mapping.combineName ? columns.firstName !== null || columns.lastName !== null : columns.name !== null;
  const mappingError = hasName ? null : { key: 'import.mapping.needName', params: {} };
  const existing = existingByName(options.existing ?? []);

  // 1. Each row on its own: cell count, field limits, duplicate ids, already in the account.
  const firstRowOfId = new Map<string, number>();
  const rows: (ImportRow & { id: string; existing: { id: string; name: string } | null })[] = table.rows.map(({ row, cells }) => {
    const read = readRow(cells, table.headers.length, mapping);
    const problems = mappingError ? [] : read.problems;
    if (columns.id !== null && read.id !== '') {
      const first = firstRowOfId.get(read.id);
      if (first === undefined) firstRowOfId.set(read.id, row);
      else problems.push(problem('error', 'duplicateId', { id: read.id, row: first }));
    }
    const match = read.fields.name === '' ? undefined : existing.get(nameKey(read.fields.name));
    let skipped = problems.some((p) => p.level === 'error');
    if (match !== undefined && !skipped) {
      if (options.skipExisting) {
        skipped = true;
        problems.push(problem('info', 'skippedExisting'));
      } else problems.push(problem('warning', 'alreadyThere'));
    }
    return { row, fields: read.fields, managerValue: read.managerValue, manager: null, problems, skipped, id: read.id, existing: match ?? null };
  });

  // 2. Managers: by the id column or by name; a skipped manager already in the account is that person.
  const byId = new Map<string, number>();
  const byName = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (r.id !== '' && !byId.has(r.id)) byId.set(r.id, i);
    const key = nameKey(r.fields.name);
    if (key !== '') byName.set(key, [...(byName.get(key) ?? []), i]);
  });
  const managerIndex: (number | null)[] = rows.map(() => null);
  rows.forEach((r, i) => {
    if (r.skipped || r.managerValue === '' || mappingError) return;
    let target: number | undefined;
    if (mapping.managerBy === 'id') {
      target = byId.get(r.managerValue);
      if (target === undefined) return void r.problems.push(problem('warning', 'unknownManager', { value: r.managerValue }));
    } else {
      const matches = byName.get(nameKey(r.managerValue)) ?? [];
      const others = matches.filter((m) => m !== i);
      if (others.length > 1) return void r.problems.push(problem('warning', 'ambiguousManager', { value: r.managerValue, count: others.length }));
      target = others[0] ?? (matches.length > 0 ? i : undefined);
      if (target === undefined) {
        const person = existing.get(nameKey(r.managerValue));
        if (person) r.manager = { existingId: person.id, name: person.name };
        else r.problems.push(problem('warning', 'unknownManager', { value: r.managerValue }));
        return;
      }
    }
    const manager = rows[target]!;
    if (target === i) return void r.problems.push(problem('warning', 'selfManager'));
    if (manager.skipped && manager.existing && options.skipExisting) {
      r.manager = { existingId: manager.existing.id, name: manager.existing.name };
    } else if (manager.skipped) {
      r.problems.push(problem('warning', 'managerSkipped', { row: manager.row }));
    } else {
      managerIndex[i] = target;
      r.manager = { row: manager.row, name: manager.fields.name };
    }
  });

  // 3. Reporting cycles: everyone on one is imported without a manager.
  const state = new Uint8Array(rows.length); // 0 new, 1 on the current chain, 2 done
  for (let start = 0; start < rows.length; start++) {
    const chain: number[] = [];
    let at: number | null = start;
    while (at !== null && state[at] === 0) {
      state[at] = 1;
      chain.push(at);
      at = managerIndex[at]!;
    }
    if (at !== null && state[at] === 1) {
      const cycle = chain.slice(chain.indexOf(at));
      const names = [...cycle, at].map((i) => rows[i]!.fields.name).join(' → ');
      for (const i of cycle) {
        managerIndex[i] = null;
        rows[i]!.manager = null;
        rows[i]!.problems.push(problem('warning', 'cycle', { names }));
      }
    }
    for (const i of chain) state[i] = 2;
  }

  const attachTo = options.attachToId ? (options.existing ?? []).find((p) => p.id === options.attachToId) : undefined;
  if (attachTo) {
    for (const r of rows) if (!r.skipped && r.managerValue === '') r.manager = { existingId: attachTo.id, name: attachTo.name };
  }
  const people: ImportedPerson[] = mappingError
    ? []
    : rows
        .filter((r) => !r.skipped)
        .map((r) => ({
          ref: String(r.row),
          fields: { ...blankFields, ...r.fields },
          managerRef: r.manager === null ? null : 'row' in r.manager ? String(r.manager.row) : r.manager.existingId,
        }));
  const plain: ImportRow[] = rows.map(({ id: _id, existing: _existing, ...row }) => row);
  return {
    rows: plain,
    people,
    problemRows: plain.filter((r) => r.problems.some(isProblem)).length,
    problems: plain.reduce((sum, r) => sum + r.problems.filter(isProblem).length, 0),
    skipped: mappingError ? plain.length : plain.filter((r) => r.skipped).length,
    alreadyThere: rows.filter((r) => r.existing !== null).length,
    mappingError,
  };
}

/** The shape of the chart an import makes: how many at the top, how deep, the widest span of control. */
export function chartShape(people: readonly ImportedPerson[]): { roots: number; depth: number; maxReports: number } {
  const refs = new Map(people.map((p) => [p.ref, p]));
  const reports = new Map<string, number>();
  for (const p of people) if (p.managerRef !== null && refs.has(p.managerRef)) reports.set(p.managerRef, (reports.get(p.managerRef) ?? 0) + 1);
  const depthOf = new Map<string, number>();
  // Iterative: an imported chain can be thousands deep.
  const depth = (person: ImportedPerson): number => {
    const chain: ImportedPerson[] = [];
    const onChain = new Set<string>();
    let at: ImportedPerson | undefined = person;
    while (at && !depthOf.has(at.ref) && !onChain.has(at.ref)) {
      chain.push(at);
      onChain.add(at.ref);
      at = at.managerRef === null ? undefined : refs.get(at.managerRef);
    }
    let value = at ? (depthOf.get(at.ref) ?? -1) : -1;
    for (const p of chain.reverse()) depthOf.set(p.ref, ++value);
    return depthOf.get(person.ref)!;
  };
  return {
    roots: people.filter((p) => p.managerRef === null || !refs.has(p.managerRef)).length,
    depth: people.reduce((max, p) => Math.max(max, depth(p)), 0),
    maxReports: Math.max(0, ...reports.values()),
  };
}
