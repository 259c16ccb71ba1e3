import { z } from 'zod';
import { mutation } from './channel.js';
import { id, shortText } from './common.js';
import type { Link } from './links.js';
import { personFields, type PeopleDeleted, type Person } from './people.js';

/** The most people one import may bring in (the org chart of a very large client fits). */
export const IMPORT_PEOPLE_MAX = 50_000;

/** What an import sets of a person; everything else starts empty, as for a person added by hand. */
export const IMPORTED_FIELDS = ['name', 'title', 'department', 'email', 'phone'] as const;
export type ImportedField = (typeof IMPORTED_FIELDS)[number];
/** What a merge may change of a person already there (never the name: it is how they were matched). */
export const MERGED_FIELDS = ['title', 'department', 'email', 'phone'] as const;
export type MergedField = (typeof MERGED_FIELDS)[number];

/** The file's own key for a row (its id column, or its row number when it has none). */
const ref = z.string({ error: 'errors.required' }).trim().min(1, { error: 'errors.required' }).max(200, { error: 'errors.tooLong' });
const column = <T extends z.ZodType>(item: T) => z.array(item).max(IMPORT_PEOPLE_MAX, { error: 'errors.tooMany' });

/** One new person, as the renderer plans it. */
export interface ImportedPerson {
  ref: string;
  fields: Record<ImportedField, string>;
  /**
   * The manager: the `ref` of another person of the same import, or the id of a live person
   * already in the account (to hang the imported chart under them); null for none.
   */
  managerRef: string | null;
}

/**
 * The new people column by column, every column as long as `ref` (row i of the import is index i
 * of each): a compact payload, so that 50,000 rows cross IPC and the schema check quickly.
 */
export const importedColumns = z
  .strictObject({
    ref: column(ref),
    managerRef: column(ref.nullable()),
    name: column(personFields.shape.name),
    title: column(shortText),
    department: column(shortText),
    email: column(shortText),
    phone: column(shortText),
  })
  .superRefine((columns, context) => {
    for (const [key, values] of Object.entries(columns)) {
      if (values.length !== columns.ref.length) context.addIssue({ code: 'custom', path: [key], message: 'errors.columnLength' });
    }
  });
export type ImportedColumns = z.infer<typeof importedColumns>;

/** A row of the file merged into a person already in the account instead of creating someone new. */
export const importMerge = z.strictObject({
  /** A live person of the account. */
  id,
  /** The fields to set, as the user chose (fill the empty ones, or replace). */
  patch: z.strictObject(Object.fromEntries(MERGED_FIELDS.map((field) => [field, shortText.optional()])) as Record<MergedField, z.ZodOptional<typeof shortText>>),
  /** Set the manager: a new person's `ref` or a live person's id, or null for none; absent: keep it. */
  managerRef: ref.nullable().optional(),
});
export type ImportMerge = z.infer<typeof importMerge>;

export const peopleImport = z
  .strictObject({
    accountId: id,
    people: importedColumns,
    merges: z.array(importMerge).max(IMPORT_PEOPLE_MAX, { error: 'errors.tooMany' }).optional(),
  })
  .refine((input) => input.people.ref.length + (input.merges?.length ?? 0) > 0, { error: 'errors.nothingToImport', path: ['people'] });

/** A merged person's fields before and after: undo puts `before` back, redo `after`. */
export interface MergedPerson {
  id: string;
  before: Partial<Pick<Person, MergedField | 'reportsToId'>>;
  after: Partial<Pick<Person, MergedField | 'reportsToId'>>;
}

/** The people created (in the order sent) and the people merged, as they are now. */
export interface PeopleImported {
  created: number;
  people: Person[];
  merged: MergedPerson[];
  /** The merged people as they are after the import. */
  updated: Person[];
}

/** The rows of an import, column by column, as `people.import` takes them. */
export function toColumns(people: readonly ImportedPerson[]): ImportedColumns {
  return {
    ref: people.map((p) => p.ref),
    managerRef: people.map((p) => p.managerRef),
    name: people.map((p) => p.fields.name),
    title: people.map((p) => p.fields.title),
    department: people.map((p) => p.fields.department),
    email: people.map((p) => p.fields.email),
    phone: people.map((p) => p.fields.phone),
  };
}

const manyIds = z.array(id).max(IMPORT_PEOPLE_MAX, { error: 'errors.tooMany' });
/** A merged person's fields to set again (undo: as before the import; redo: as the import made them). */
const mergedFields = z.strictObject({
  id,
  patch: z.strictObject({ ...importMerge.shape.patch.shape, reportsToId: id.nullable().optional() }),
});

/** Undo of an import: the created people deleted (with what that takes along), the merged people as they were. */
export const peopleRevertImport = z.strictObject({ ids: manyIds, merged: z.array(mergedFields).max(IMPORT_PEOPLE_MAX) });
/** Redo of an import: exactly what the undo deleted brought back, the merged people as the import made them. */
export const peopleReapplyImport = z.strictObject({
  restore: z.strictObject({ ids: manyIds, linkIds: manyIds, detached: z.array(z.strictObject({ id, reportsToId: id })).max(IMPORT_PEOPLE_MAX) }),
  merged: z.array(mergedFields).max(IMPORT_PEOPLE_MAX),
});

export interface ImportReverted {
  deleted: PeopleDeleted;
  /** The merged people as they are now. */
  updated: Person[];
}

export interface ImportReapplied {
  people: Person[];
  links: Link[];
  updated: Person[];
}

export const importChannels = {
  /**
   * Creates many people with their reporting lines and merges rows into people already there, all
   * or none (the CSV/XLSX import); undone by `people.revertImport`.
   */
  'people.import': mutation<PeopleImported>()(peopleImport, ['people']),
  'people.revertImport': mutation<ImportReverted>()(peopleRevertImport, ['people', 'links']),
  'people.reapplyImport': mutation<ImportReapplied>()(peopleReapplyImport, ['people', 'links']),
};
