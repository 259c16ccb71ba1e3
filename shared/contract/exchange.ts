import { z } from 'zod';
import { VERDICTS } from '../domain/scoring/score.js';
import { SCORING_KEY_PATTERN } from '../domain/scoring/validate.js';
import { accountFields } from './accounts.js';
import { mutation, query } from './channel.js';
import { id, idList, shortText } from './common.js';
import { IMPORT_PEOPLE_MAX } from './import.js';
import { linkFields } from './links.js';
import { competitorFields, influenceFields, negotiationFields, opportunityFields } from './opportunities.js';
import { personFields } from './people.js';
import { criterionScoreInput, templateInput } from './scorecards.js';
import { teamMemberFields } from './team.js';
import { offeringFields, unitName, whitespaceCellFields } from './whitespace.js';

/**
 * The exchange file: accounts with everything of them (people, links, the team members they name,
 * opportunities with their buying influences, competitors, negotiation plans and assessments, the
 * scorecard snapshots those assessments were made with, and the whitespace grid), as one versioned
 * JSON document (described in docs/exchange-format.md). Ids in the file only tie its parts together;
 * importing gives everything new ids. Every row is checked with the same field schemas as an API write.
 */

export const EXCHANGE_FORMAT = 'keyplan-exchange';
/**
 * 2: opportunities, scorecards and whitespace. A version-1 file (which has none of them) is still
 * read; a file of a later version is refused.
 */
export const EXCHANGE_VERSION = 2;
/** The versions this Keyplan reads. */
export const EXCHANGE_VERSIONS = [1, 2] as const;
export const EXCHANGE_ACCOUNTS_MAX = 1_000;
export const EXCHANGE_LINKS_MAX = 200_000;
export const EXCHANGE_TEAM_MAX = 5_000;
/** Opportunities of one account; influences, competitors or assessments of one opportunity; scorecards, offerings, units of one account. */
export const EXCHANGE_LIST_MAX = 10_000;
export const EXCHANGE_CELLS_MAX = 100_000;
/** The largest exchange file the import reads. */
export const EXCHANGE_BYTES_MAX = 200 * 1024 * 1024;

const timestamp = z.iso.datetime({ offset: true, error: 'errors.invalid' });
const coordinate = z.number({ error: 'errors.number' }).finite({ error: 'errors.number' }).min(-1e7).max(1e7).nullable();
const many = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max, { error: 'errors.tooMany' });
const scoringKey = z
  .string({ error: 'errors.required' })
  .max(64, { error: 'errors.tooLong' })
  .regex(SCORING_KEY_PATTERN, { error: 'scoring.errors.badKey' });
const templateVersion = z.number({ error: 'errors.number' }).int({ error: 'errors.number' }).min(1, { error: 'errors.number' });

export const exchangeAccount = accountFields.extend({ id, archived: z.boolean(), createdAt: timestamp, updatedAt: timestamp });
export const exchangePerson = personFields.extend({ id, x: coordinate, y: coordinate, createdAt: timestamp, updatedAt: timestamp });
export const exchangeLink = linkFields.extend({ id, sourceId: id, targetId: id, createdAt: timestamp, updatedAt: timestamp });
export const exchangeTeamMember = teamMemberFields.extend({ id });

/** A person's part in one deal; `personId` is a person of the entry. */
export const exchangeInfluence = influenceFields.extend({ id, personId: id, createdAt: timestamp, updatedAt: timestamp });
/** `favouredBy`: people of the entry. */
export const exchangeCompetitor = competitorFields.extend({ id, createdAt: timestamp, updatedAt: timestamp });
/** `theirParticipants`: people of the entry; `ourParticipants`: members of the entry's `team`. */
export const exchangeNegotiation = negotiationFields.extend({ updatedAt: timestamp });
/**
 * An assessment, made with the scorecard snapshot `scorecardId` (one of the entry's `scorecards`, of
 * the same key and version). `total` and `verdict` are computed again from the snapshot on import.
 */
export const exchangeAssessment = z.strictObject({
  id,
  scorecardId: id,
  templateKey: scoringKey,
  templateVersion,
  scores: z.record(scoringKey, criterionScoreInput),
  author: shortText,
  /** A member of the entry's `team`, or null. */
  authorId: id.nullable(),
  assessedAt: timestamp,
  /** Informative (floating point: 100.00000000000001 happens); computed again on import. */
  total: z.number({ error: 'errors.number' }).finite({ error: 'errors.number' }).nullable(),
  verdict: z.enum(VERDICTS, { error: 'errors.choose' }),
  createdAt: timestamp,
});
export const exchangeOpportunity = opportunityFields.extend({
  id,
  createdAt: timestamp,
  updatedAt: timestamp,
  influences: many(exchangeInfluence, EXCHANGE_LIST_MAX),
  competitors: many(exchangeCompetitor, EXCHANGE_LIST_MAX),
  /** 谈判计划表; null until it was first saved. */
  negotiation: exchangeNegotiation.nullable(),
  assessments: many(exchangeAssessment, EXCHANGE_LIST_MAX),
});
/** A scorecard template version exactly as an assessment was made with it (its snapshot). */
export const exchangeScorecard = z.strictObject({ id, template: templateInput.extend({ key: scoringKey, version: templateVersion }) });
/** One of our offerings that a cell of the grid names; matched by name on import. */
export const exchangeOffering = offeringFields.extend({ id });
/** A client unit the user added to the grid (beside the people's departments). */
export const exchangeUnit = z.strictObject({ name: unitName, createdAt: timestamp });
/** One cell: `offeringId` one of the section's `offerings`, `opportunityId` an opportunity of the entry (or null). */
export const exchangeCell = whitespaceCellFields.extend({ offeringId: id, unit: unitName, updatedAt: timestamp });
export const exchangeWhitespace = z.strictObject({
  offerings: many(exchangeOffering, EXCHANGE_LIST_MAX),
  units: many(exchangeUnit, EXCHANGE_LIST_MAX),
  cells: many(exchangeCell, EXCHANGE_CELLS_MAX),
});

const emptyWhitespace = () => ({ offerings: [], units: [], cells: [] });

/** One account and everything of it. The sections added by version 2 may be left out (a version-1 file has none). */
export const exchangeEntry = z.strictObject({
  account: exchangeAccount,
  people: many(exchangePerson, IMPORT_PEOPLE_MAX),
  links: many(exchangeLink, EXCHANGE_LINKS_MAX),
  /** Our team members that this account's people (owner), assessments (author) and negotiation plans (at the table) name. */
  team: many(exchangeTeamMember, EXCHANGE_TEAM_MAX),
  opportunities: many(exchangeOpportunity, EXCHANGE_LIST_MAX).default([]),
  /** The scorecard snapshots the entry's assessments were made with, each once. */
  scorecards: many(exchangeScorecard, EXCHANGE_LIST_MAX).default([]),
  whitespace: exchangeWhitespace.default(emptyWhitespace),
});

export const exchangeDocument = z.strictObject({
  format: z.literal(EXCHANGE_FORMAT),
  version: z.literal(EXCHANGE_VERSIONS),
  exportedAt: timestamp,
  app: z.strictObject({ name: z.literal('Keyplan'), version: z.string().max(50) }),
  accounts: many(exchangeEntry, EXCHANGE_ACCOUNTS_MAX).min(1, { error: 'errors.nothingToImport' }),
});
export type ExchangeDocument = z.infer<typeof exchangeDocument>;
export type ExchangeEntry = z.infer<typeof exchangeEntry>;
export type ExchangeOpportunity = z.infer<typeof exchangeOpportunity>;

const V1_ENTRY = ['account', 'people', 'links', 'team'];
/** The top-level keys and the keys of an account entry that each version knows (a key not known is a newer Keyplan's). */
export const EXCHANGE_SECTIONS: Record<(typeof EXCHANGE_VERSIONS)[number], { document: string[]; entry: string[] }> = {
  1: { document: Object.keys(exchangeDocument.shape), entry: V1_ENTRY },
  2: { document: Object.keys(exchangeDocument.shape), entry: Object.keys(exchangeEntry.shape) },
};

export const exchangeExport = z.union([z.strictObject({ accountIds: idList }), z.strictObject({ all: z.literal(true) })]);
/** The document as the file holds it; the backend checks it with the same reader as the renderer. */
export const exchangeImport = z.strictObject({ document: z.unknown() });

export interface ExchangeImported {
  accounts: { id: string; name: string; people: number; links: number; opportunities: number }[];
  /** Team members the import added (those not matched by name). */
  teamCreated: number;
  /** Offerings the import added (those not matched by name). */
  offeringsCreated: number;
}

const ALL: ('accounts' | 'people' | 'links' | 'team' | 'opportunities' | 'assessments' | 'offerings' | 'whitespace')[] = [
  'accounts',
  'people',
  'links',
  'team',
  'opportunities',
  'assessments',
  'offerings',
  'whitespace',
];

export const exchangeChannels = {
  /** The accounts (live ones, archived included) as an exchange document, for the renderer to save. */
  'exchange.export': query<ExchangeDocument>()(exchangeExport, [...ALL, 'scorecards']),
  /** Adds each account of a document as a new account (new ids, unique names), all or none; undone by `accounts.delete`. */
  'exchange.import': mutation<ExchangeImported>()(exchangeImport, ALL),
};
