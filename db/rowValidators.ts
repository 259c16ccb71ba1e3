import type Database from 'better-sqlite3';
import { z } from 'zod';
import { id } from '../shared/contract/common.js';
import { errorKeyOf } from '../shared/contract/fieldErrors.js';
import { accountFields, coordinate, linkFields, personFields, teamMemberFields } from '../shared/contract/index.js';

/** A row as SQLite stores it, keyed by column name (`annual_potential`). */
export type StoredRow = Record<string, unknown>;

/** The first rule a row breaks: which table, which row (its id, or its position), which field. */
export interface RowProblem {
  table: string;
  id: string;
  field: string;
  key: string;
}

const timestamp = z.iso.datetime({ error: 'errors.invalid' });
const flag = z.union([z.literal(0), z.literal(1)], { error: 'errors.invalid' });

/** A column holding JSON text: parsed, then checked with `schema`. */
const jsonText = <T extends z.ZodType>(schema: T) =>
  z
    .string({ error: 'errors.invalid' })
    .transform((text, context): unknown => {
      try {
        return JSON.parse(text);
      } catch {
        context.addIssue({ code: 'custom', message: 'errors.invalid' });
        return z.NEVER;
      }
    })
    .pipe(schema);

/**
 * What each stored row must satisfy, by table, with columns in camelCase (`annualPotential`): the
 * contract's rules for what a user edits plus the columns the backend fills in. Strict, so a new column
 * needs a rule here (test/db/restoreRows.test.ts checks every column has one).
 * A table with no entry (a feature's new table until it adds one) is checked only by SQLite's column
 * types and foreign keys. Adding one is one line: `my_table: myRowSchema,`.
 */
export const rowValidators: Readonly<Record<string, z.ZodType>> = {
  accounts: accountFields.extend({
    id,
    isSample: flag,
    archivedAt: timestamp.nullable(),
    deletedAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  people: personFields.extend({
    id,
    accountId: id,
    roles: jsonText(personFields.shape.roles),
    x: coordinate.nullable(),
    y: coordinate.nullable(),
    deletedAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  links: linkFields.extend({ id, accountId: id, sourceId: id, targetId: id, deletedAt: timestamp.nullable(), createdAt: timestamp, updatedAt: timestamp }),
  team_members: teamMemberFields.extend({ id, createdAt: timestamp }),
};

// Column names are few and rows many (100,000 people): each name is converted once.
const camelNames = new Map<string, string>();
const camelCase = (column: string) => {
  let name = camelNames.get(column);
  if (name === undefined) camelNames.set(column, (name = column.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase())));
  return name;
};
function toFields(row: StoredRow): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const column in row) fields[camelCase(column)] = row[column];
  return fields;
}
const rowId = (row: StoredRow, index: number) => (typeof row.id === 'string' ? row.id : `#${index + 1}`);

/**
 * The first of `rows` (as stored, snake_case columns) that breaks its table's rules, or null. For
 * anything that brings in stored rows wholesale: a restored backup, an import of whole accounts.
 */
export function validateRows(table: string, rows: Iterable<StoredRow>): RowProblem | null {
  const schema = rowValidators[table];
  if (!schema) return null;
  let index = 0;
  for (const row of rows) {
    const parsed = schema.safeParse(toFields(row));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { table, id: rowId(row, index), field: String(issue.path[0] ?? ''), key: errorKeyOf(issue.message) };
    }
    index++;
  }
  return null;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The first row of the database `schema` ('main', or an attached one) that Keyplan would not have
 * written: each validated table row by row, then the rules across rows (same account, no cycle).
 */
export function findInvalidRow(sqlite: Database.Database, schema = 'main'): RowProblem | null {
  const tables = new Set(sqlite.prepare(`select name from ${quote(schema)}.sqlite_master where type = 'table'`).pluck().all() as string[]);
  for (const table of Object.keys(rowValidators)) {
    if (!tables.has(table)) continue;
    const problem = validateRows(table, storedRows(sqlite.prepare(`select * from ${quote(schema)}.${quote(table)}`)));
    if (problem) return problem;
  }
  return tables.has('people') && tables.has('links') ? relationProblem(sqlite, quote(schema)) : null;
}

/** The statement's rows one at a time, read as arrays (quicker than better-sqlite3's objects) and keyed here. */
function* storedRows(statement: Database.Statement): Generator<StoredRow> {
  const columns = statement.columns().map((column) => column.name);
  for (const values of statement.raw(true).iterate() as Iterable<unknown[]>) {
    const row: StoredRow = {};
    for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i];
    yield row;
  }
}

/** What a single row cannot show: a manager or link end in another account, a link to oneself, a reporting cycle. */
function relationProblem(sqlite: Database.Database, s: string): RowProblem | null {
  const first = (sql: string) => sqlite.prepare(sql).pluck().get() as string | undefined;
  const crossManager = first(`select p.id from ${s}.people p join ${s}.people m on m.id = p.reports_to_id where m.account_id <> p.account_id`);
  if (crossManager) return { table: 'people', id: crossManager, field: 'reportsToId', key: 'errors.crossAccount' };
  const badLink = first(
    `select l.id from ${s}.links l join ${s}.people a on a.id = l.source_id join ${s}.people b on b.id = l.target_id
     where l.source_id = l.target_id or a.account_id <> l.account_id or b.account_id <> l.account_id`,
  );
  if (badLink) return { table: 'links', id: badLink, field: 'targetId', key: 'errors.crossAccount' };
  const cycle = firstInCycle(sqlite.prepare(`select id, reports_to_id as up from ${s}.people where reports_to_id is not null`).all() as { id: string; up: string }[]);
  return cycle ? { table: 'people', id: cycle, field: 'reportsToId', key: 'errors.reportingCycle' } : null;
}

/** A person on a reporting cycle, or null: each chain is walked once (states: on the current walk, done). */
function firstInCycle(lines: { id: string; up: string }[]): string | null {
  const managerOf = new Map(lines.map((line) => [line.id, line.up]));
  const state = new Map<string, 'walking' | 'done'>();
  for (const start of managerOf.keys()) {
    const walk: string[] = [];
    let at: string | undefined = start;
    while (at !== undefined && !state.has(at)) {
      state.set(at, 'walking');
      walk.push(at);
      at = managerOf.get(at);
    }
    if (at !== undefined && state.get(at) === 'walking') return at;
    for (const id of walk) state.set(id, 'done');
  }
  return null;
}
