import { z } from 'zod';
import { accountFields } from './accounts.js';
import { mutation, query } from './channel.js';
import { id, idList } from './common.js';
import { IMPORT_PEOPLE_MAX } from './import.js';
import { linkFields } from './links.js';
import { personFields } from './people.js';
import { teamMemberFields } from './team.js';

/**
 * The exchange file: accounts with their people, links and the team members they name, as one
 * versioned JSON document (described in docs/exchange-format.md). Ids in the file only tie its
 * parts together; importing gives everything new ids.
 */

export const EXCHANGE_FORMAT = 'keyplan-exchange';
/** Changes only when the meaning of something already in the format changes; new optional sections keep it. */
export const EXCHANGE_VERSION = 1;
export const EXCHANGE_ACCOUNTS_MAX = 1_000;
export const EXCHANGE_LINKS_MAX = 200_000;
export const EXCHANGE_TEAM_MAX = 5_000;
/** The largest exchange file the import reads. */
export const EXCHANGE_BYTES_MAX = 200 * 1024 * 1024;

const timestamp = z.iso.datetime({ offset: true, error: 'errors.invalid' });
const coordinate = z.number({ error: 'errors.number' }).finite({ error: 'errors.number' }).min(-1e7).max(1e7).nullable();
const many = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max, { error: 'errors.tooMany' });

export const exchangeAccount = accountFields.extend({ id, archived: z.boolean(), createdAt: timestamp, updatedAt: timestamp });
export const exchangePerson = personFields.extend({ id, x: coordinate, y: coordinate, createdAt: timestamp, updatedAt: timestamp });
export const exchangeLink = linkFields.extend({ id, sourceId: id, targetId: id, createdAt: timestamp, updatedAt: timestamp });
export const exchangeTeamMember = teamMemberFields.extend({ id });

/** One account and everything of it. A later version may add optional sections here (opportunities…). */
export const exchangeEntry = z.strictObject({
  account: exchangeAccount,
  people: many(exchangePerson, IMPORT_PEOPLE_MAX),
  links: many(exchangeLink, EXCHANGE_LINKS_MAX),
  /** Our team members that people of this account name as their owner. */
  team: many(exchangeTeamMember, EXCHANGE_TEAM_MAX),
});

export const exchangeDocument = z.strictObject({
  format: z.literal(EXCHANGE_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  exportedAt: timestamp,
  app: z.strictObject({ name: z.literal('Keyplan'), version: z.string().max(50) }),
  accounts: many(exchangeEntry, EXCHANGE_ACCOUNTS_MAX).min(1, { error: 'errors.nothingToImport' }),
});
export type ExchangeDocument = z.infer<typeof exchangeDocument>;
export type ExchangeEntry = z.infer<typeof exchangeEntry>;

/** The top-level keys and the keys of an account entry that this version knows. */
export const EXCHANGE_SECTIONS = { document: Object.keys(exchangeDocument.shape), entry: Object.keys(exchangeEntry.shape) };

export const exchangeExport = z.union([z.strictObject({ accountIds: idList }), z.strictObject({ all: z.literal(true) })]);
/** The document as the file holds it; the backend checks it with the same reader as the renderer. */
export const exchangeImport = z.strictObject({ document: z.unknown() });

export interface ExchangeImported {
  accounts: { id: string; name: string; people: number; links: number }[];
  /** Team members the import added (those not matched by name). */
  teamCreated: number;
}

export const exchangeChannels = {
  /** The accounts (live ones, archived included) as an exchange document, for the renderer to save. */
  'exchange.export': query<ExchangeDocument>()(exchangeExport, ['accounts', 'people', 'links', 'team']),
  /** Adds each account of a document as a new account (new ids, unique names), all or none; undone by `accounts.delete`. */
  'exchange.import': mutation<ExchangeImported>()(exchangeImport, ['accounts', 'people', 'links', 'team']),
};
