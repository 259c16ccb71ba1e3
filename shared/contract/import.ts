import { z } from 'zod';
import { mutation } from './channel.js';
import { id } from './common.js';
import { personFields, type Person } from './people.js';

/** The most people one import may bring in (an org chart export of a large client fits). */
export const IMPORT_PEOPLE_MAX = 5_000;

/** The file's own key for a row (its id column, or its row number when it has none). */
const ref = z.string({ error: 'errors.required' }).trim().min(1, { error: 'errors.required' }).max(200, { error: 'errors.tooLong' });

export const importedPerson = z.strictObject({
  ref,
  /** Everything but the manager, who is named by `managerRef`. */
  fields: personFields.omit({ reportsToId: true }),
  /**
   * The manager: the `ref` of another person of the same import, or the id of a live person
   * already in the account (to hang the imported chart under them); null for none.
   */
  managerRef: ref.nullable(),
});
export type ImportedPerson = z.infer<typeof importedPerson>;

export const peopleImport = z.strictObject({
  accountId: id,
  people: z.array(importedPerson).min(1).max(IMPORT_PEOPLE_MAX),
});

/** The people created, in the order they were sent. */
export interface PeopleImported {
  created: number;
  people: Person[];
}

export const importChannels = {
  /** Creates many people with their reporting lines, all or none (the CSV import); undone by `people.delete`. */
  'people.import': mutation<PeopleImported>()(peopleImport, ['people']),
};
