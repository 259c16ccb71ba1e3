import { IMPORTED_FIELDS, MERGED_FIELDS, type ImportedField, type ImportedPerson, type ImportMerge, type MergedField } from '../contract/import.js';
import { personFields } from '../contract/people.js';
import { cleanCell, fullName, nameKey, type ColumnMapping } from './columnGuess.js';
import { existingMatcher, type ExistingPerson } from './duplicates.js';
import type { Message } from './message.js';
import type { ImportTable } from './table.js';

/**
 * Turns a table and a column mapping into what `people.import` takes (new people and merges into
 * people already there), with every problem said per row (its spreadsheet row number and an i18n
 * key). An `error` keeps the row out; a `warning` imports it anyway, as the message says (e.g.
 * without a manager); `info` says what happens to a row that is not simply created.
 */

export interface RowProblem extends Message {
  level: 'error' | 'warning' | 'info';
}

/** What becomes of a row that matches someone already in the account. */
export const DUPLICATE_ACTIONS = ['merge', 'skip', 'create'] as const;
export type DuplicateAction = (typeof DUPLICATE_ACTIONS)[number];
/** What a merge may take from the file: the person fields, and the reporting line. */
export type MergeTarget = MergedField | 'manager';
export const MERGE_TARGETS: readonly MergeTarget[] = [...MERGED_FIELDS, 'manager'];

export type ResolvedManager = { row: number; name: string } | { existingId: string; name: string } | null;

export interface ImportRow {
  row: number;
  fields: Record<ImportedField, string>;
  /** The manager as the file writes it (an id or a name); '' when none. */
  managerValue: string;
  manager: ResolvedManager;
  problems: RowProblem[];
  /** The person already in the account this row is a likely duplicate of. */
  match: { id: string; name: string; by: 'name' | 'email' } | null;
  /** What happens to the row: created, merged into `match`, or left out. */
  action: 'create' | 'merge' | 'skip';
}

export interface ImportOptions {
  /** The account's live people: duplicates are looked for among them, and they can be managers of imported rows. */
  existing?: readonly ExistingPerson[];
  /** What to do with rows that match someone already there (default: merge). */
  duplicates?: DuplicateAction;
  /** The user's choice for single rows (by row number), over `duplicates`. */
  rowActions?: ReadonlyMap<number, DuplicateAction>;
  /** What a merge takes from the file, and whether it replaces values already there or only fills empty ones. */
  merge?: { fields: readonly MergeTarget[]; replace: boolean };
  /** An existing person the top of the imported chart (new rows with no manager given) will report to. */
  attachToId?: string | null;
}

export interface ImportPlan {
  rows: ImportRow[];
  /** The people to create, in the file's order. */
  people: ImportedPerson[];
  /** The merges into people already there (only those that change something). */
  merges: ImportMerge[];
  /** Rows with at least one problem (an error or a warning). */
  problemRows: number;
  /** Errors and warnings over all rows. */
  problems: number;
  skipped: number;
  /** Rows that match someone already in the account (by name or email). */
  duplicates: number;
  /** Set when the mapping itself cannot work (no name column): nothing can be imported. */
  mappingError: Message | null;
}

const problem = (level: RowProblem['level'], key: string, params: Record<string, string | number> = {}): RowProblem => ({
  level,
  key: `import.problems.${key}`,
  params,
});

const isProblem = (p: RowProblem) => p.level !== 'info';
/** Salesforce writes the same record id in 18 characters (Data Loader) or 15 (reports): the first 15 match. */
const salesforceShortId = (value: string) => (/^[a-zA-Z0-9]{18}$/.test(value) ? value.slice(0, 15) : null);
const DEFAULT_MERGE = { fields: MERGE_TARGETS, replace: false };

/** The schema's length limits, read once: checking 50,000 rows with the schema itself is too slow for the preview. */
const LIMITS = Object.fromEntries(IMPORTED_FIELDS.map((field) => [field, personFields.shape[field].maxLength ?? Infinity])) as Record<ImportedField, number>;

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
  for (const field of IMPORTED_FIELDS) {
    if (field === 'name' && fields.name === '') problems.push(problem('error', 'missingName'));
    else if (fields[field].length > LIMITS[field]) problems.push(problem('error', 'tooLong', { field, max: LIMITS[field] }));
  }
  return { fields, problems, managerValue: cell(columns.manager), id: cell(columns.id) };
}

type Row = ImportRow;

/** The fields a merge sets: the file's non-empty values the user asked for, where they change something. */
function mergePatch(row: Row, person: ExistingPerson, merge: ImportOptions['merge'] & object): ImportMerge['patch'] {
  const patch: ImportMerge['patch'] = {};
  for (const field of MERGED_FIELDS) {
    const value = row.fields[field];
    if (!merge.fields.includes(field) || value === '' || value === person[field]) continue;
    if (merge.replace || person[field].trim() === '') patch[field] = value;
  }
  return patch;
}

export function planImport(table: ImportTable, mapping: ColumnMapping, options: ImportOptions = {}): ImportPlan {
  const { columns } = mapping;
  const hasName = mapping.combineName ? columns.firstName !== null || columns.lastName !== null : columns.name !== null;
  const mappingError = hasName ? null : { key: 'import.mapping.needName', params: {} };
  const existing = options.existing ?? [];
  const existingById = new Map(existing.map((p) => [p.id, p]));
  const match = existingMatcher(existing);
  const merge = options.merge ?? DEFAULT_MERGE;

  // 1. Each row on its own: cell count, field limits, duplicate ids, likely duplicates of people already there.
  const firstRowOfId = new Map<string, number>();
  const firstRowOfMatch = new Map<string, number>();
  // Kept beside the rows rather than on them: the rows go to the preview as they are.
  const rowIds: string[] = [];
  const rowFailed: boolean[] = [];
  const rows: Row[] = table.rows.map(({ row, cells }) => {
    const read = readRow(cells, table.headers.length, mapping);
    const problems = mappingError ? [] : read.problems;
    if (columns.id !== null && read.id !== '') {
      const first = firstRowOfId.get(read.id);
      if (first === undefined) firstRowOfId.set(read.id, row);
      else problems.push(problem('error', 'duplicateId', { id: read.id, row: first }));
    }
    const failed = problems.some((p) => p.level === 'error');
    rowIds.push(read.id);
    rowFailed.push(failed);
    const base: Row = { row, fields: read.fields, managerValue: read.managerValue, manager: null, problems, match: null, action: failed ? 'skip' : 'create' };
    if (failed || mappingError || existing.length === 0) return base;
    const found = match(read.fields);
    if (found.kind === 'ambiguous') {
      problems.push(problem('warning', found.by === 'email' ? 'ambiguousEmail' : 'ambiguousName', { count: found.count }));
      return base;
    }
    if (found.kind === 'none') return base;
    const { person, by } = found;
    const action = options.rowActions?.get(row) ?? options.duplicates ?? 'merge';
    const rowMatch = { id: person.id, name: person.name, by };
    const earlier = firstRowOfMatch.get(person.id);
    if (action === 'merge' && earlier !== undefined) {
      problems.push(problem('warning', 'mergedAlready', { name: person.name, row: earlier }));
      return { ...base, match: rowMatch, action: 'skip' };
    }
    if (action === 'merge') firstRowOfMatch.set(person.id, row);
    if (action === 'create') problems.push(problem('warning', by === 'email' ? 'alreadyThereEmail' : 'alreadyThereName', { name: person.name }));
    if (action === 'skip') problems.push(problem('info', 'skippedExisting', { name: person.name }));
    return { ...base, match: rowMatch, action };
  });

  // 2. Managers, by the id column or by name. A manager row merged into or skipped for someone already there is that person.
  const byId = new Map<string, number>();
  const byName = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const id = rowIds[i]!;
    if (id !== '' && !byId.has(id)) byId.set(id, i);
    const short = salesforceShortId(id);
    if (short && !byId.has(short)) byId.set(short, i);
    const key = nameKey(r.fields.name);
    if (key === '') return;
    const same = byName.get(key);
    if (same) same.push(i);
    else byName.set(key, [i]);
  });
  const managerIndex: (number | null)[] = rows.map(() => null);
  rows.forEach((r, i) => {
    if (r.action === 'skip' || r.managerValue === '' || mappingError) return;
    let target: number | undefined;
    if (mapping.managerBy === 'id') {
      target = byId.get(r.managerValue) ?? byId.get(salesforceShortId(r.managerValue) ?? '');
      if (target === undefined) return void r.problems.push(problem('warning', 'unknownManager', { value: r.managerValue }));
    } else {
      const matches = byName.get(nameKey(r.managerValue)) ?? [];
      const others = matches.filter((m) => m !== i);
      if (others.length > 1) return void r.problems.push(problem('warning', 'ambiguousManager', { value: r.managerValue, count: others.length }));
      target = others[0] ?? (matches.length > 0 ? i : undefined);
      if (target === undefined) {
        const found = match({ name: r.managerValue, email: '' });
        if (found.kind === 'one') r.manager = { existingId: found.person.id, name: found.person.name };
        else r.problems.push(problem('warning', 'unknownManager', { value: r.managerValue }));
        return;
      }
    }
    const manager = rows[target]!;
    if (target === i) return void r.problems.push(problem('warning', 'selfManager'));
    if (manager.match && manager.action !== 'create' && !rowFailed[target]) {
      r.manager = { existingId: manager.match.id, name: manager.match.name };
    } else if (manager.action === 'skip') {
      r.problems.push(problem('warning', 'managerSkipped', { row: manager.row }));
    } else {
      managerIndex[i] = target;
      r.manager = { row: manager.row, name: manager.fields.name };
    }
  });

  const attachTo = options.attachToId ? existingById.get(options.attachToId) : undefined;
  if (attachTo) {
    for (const r of rows) if (r.action === 'create' && r.managerValue === '') r.manager = { existingId: attachTo.id, name: attachTo.name };
  }

  // 3. Merged people take their manager from the file only if asked to (and where they have none, unless replacing).
  const takesManager = (r: Row) => {
    if (r.action !== 'merge' || r.manager === null || !merge.fields.includes('manager')) return false;
    const person = existingById.get(r.match!.id)!;
    const target = 'existingId' in r.manager ? r.manager.existingId : null;
    if (target === person.id || target === person.reportsToId) return false;
    return merge.replace || person.reportsToId === null;
  };
  breakCycles(rows, managerIndex, existingById, takesManager);

  const refOf = (r: Row) => String(r.row);
  const managerRefOf = (manager: ResolvedManager) => (manager === null ? null : 'row' in manager ? String(manager.row) : manager.existingId);
  const people: ImportedPerson[] = [];
  const merges: ImportMerge[] = [];
  if (!mappingError) {
    for (const r of rows) {
      if (r.action === 'create') people.push({ ref: refOf(r), fields: { ...r.fields }, managerRef: managerRefOf(r.manager) });
      if (r.action !== 'merge') continue;
      const person = existingById.get(r.match!.id)!;
      const patch = mergePatch(r, person, merge);
      const changed = (Object.keys(patch) as MergedField[]).filter((field) => patch[field] !== undefined);
      const manager = takesManager(r);
      if (manager) changed.push('manager' as MergedField);
      if (changed.length === 0) {
        r.problems.push(problem('info', 'nothingToMerge', { name: person.name }));
        continue;
      }
      r.problems.push(problem('info', 'mergeInto', { name: person.name, fields: changed.join(',') }));
      merges.push({ id: person.id, patch, ...(manager ? { managerRef: managerRefOf(r.manager) } : {}) });
    }
  }
  const plain: ImportRow[] = rows;
  return {
    rows: plain,
    people,
    merges,
    problemRows: plain.filter((r) => r.problems.some(isProblem)).length,
    problems: plain.reduce((sum, r) => sum + r.problems.filter(isProblem).length, 0),
    skipped: mappingError ? plain.length : plain.filter((r) => r.action === 'skip').length,
    duplicates: plain.filter((r) => r.match !== null || r.problems.some((p) => /\.ambiguous(Email|Name)$/.test(p.key))).length,
    mappingError,
  };
}

/**
 * Reporting cycles in the chart the import makes (new rows, merged people's new managers, everyone
 * else as they are): everyone on one is imported without their new manager, and told so.
 */
function breakCycles(rows: Row[], managerIndex: (number | null)[], existing: ReadonlyMap<string, ExistingPerson>, takesManager: (r: Row) => boolean) {
  // Nodes: row i is node i (a merged row stands for its person); other people already there come after the rows.
  const n = rows.length;
  const people = [...existing.values()];
  const nodeOfId = new Map<string, number>(people.map((p, k) => [p.id, n + k]));
  rows.forEach((r, i) => {
    if (r.action === 'merge') nodeOfId.set(r.match!.id, i);
  });
  const nodeOf = (id: string | null | undefined) => (id == null ? null : (nodeOfId.get(id) ?? null));
  const up = (node: number): number | null => {
    if (node >= n) return nodeOf(people[node - n]!.reportsToId);
    const r = rows[node]!;
    if (r.action === 'create' || takesManager(r)) {
      const target = managerIndex[node];
      if (target !== null && target !== undefined) return target;
      return r.manager && 'existingId' in r.manager ? nodeOf(r.manager.existingId) : null;
    }
    return nodeOf(existing.get(r.match?.id ?? '')?.reportsToId);
  };
  const nameOf = (node: number) => (node >= n ? people[node - n]!.name : rows[node]!.fields.name);
  const state = new Uint8Array(n + people.length); // 0 new, 1 on the current chain, 2 done
  rows.forEach((r, start) => {
    if (r.action === 'skip') return;
    const chain: number[] = [];
    let at: number | null = start;
    while (at !== null && state[at] === 0) {
      state[at] = 1;
      chain.push(at);
      at = up(at);
    }
    if (at !== null && state[at] === 1) {
      const cycle = chain.slice(chain.indexOf(at));
      const names = [...cycle, at].map(nameOf).join(' → ');
      for (const node of cycle) {
        if (node >= n) continue;
        managerIndex[node] = null;
        rows[node]!.manager = null;
        rows[node]!.problems.push(problem('warning', 'cycle', { names }));
      }
    }
    for (const node of chain) state[node] = 2;
  });
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
  let maxReports = 0;
  for (const count of reports.values()) maxReports = Math.max(maxReports, count);
  return {
    roots: people.filter((p) => p.managerRef === null || !refs.has(p.managerRef)).length,
    depth: people.reduce((max, p) => Math.max(max, depth(p)), 0),
    maxReports,
  };
}
