import { z } from 'zod';
import {
  ACCOUNT_SORTS,
  ACCOUNT_STATUSES,
  CURRENCIES,
  NAME_MAX,
  POTENTIAL_MAX,
  PURCHASE_PATTERNS,
  PURCHASING_MODES,
  RELATIONSHIP_PHASES,
  TIERS,
} from '../domain/accounts.js';
import { mutation, query } from './channel.js';
import { id, longText, nameText, shortText } from './common.js';

/** The fields a user edits. Used by the form (as-you-type validation) and by the backend alike. */
export const accountFields = z.strictObject({
  name: nameText(NAME_MAX),
  industry: shortText,
  region: shortText,
  tier: z.enum(TIERS, { error: 'errors.choose' }),
  purchasingMode: z.enum(PURCHASING_MODES, { error: 'errors.choose' }).nullable(),
  purchasePattern: z.enum(PURCHASE_PATTERNS, { error: 'errors.choose' }).nullable(),
  annualPotential: z
    .number({ error: 'errors.number' })
    .finite({ error: 'errors.number' })
    .min(0, { error: 'errors.notNegative' })
    .max(POTENTIAL_MAX, { error: 'errors.tooLarge' })
    .nullable(),
  currency: z.enum(CURRENCIES, { error: 'errors.choose' }),
  relationshipPhase: z.enum(RELATIONSHIP_PHASES, { error: 'errors.choose' }),
  strategicFit: longText,
  clientPlan: longText,
  procurementProcess: longText,
  notes: longText,
});
export type AccountFields = z.infer<typeof accountFields>;

export const emptyAccountFields: AccountFields = {
  name: '',
  industry: '',
  region: '',
  tier: 'B',
  purchasingMode: null,
  purchasePattern: null,
  annualPotential: null,
  currency: 'CNY',
  relationshipPhase: 'establish',
  strategicFit: '',
  clientPlan: '',
  procurementProcess: '',
  notes: '',
};

export interface Account extends AccountFields {
  id: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AccountSummary extends Account {
  peopleCount: number;
}

export const accountsList = z.strictObject({
  search: z.string().max(NAME_MAX, { error: 'errors.tooLong' }).optional(),
  tiers: z.array(z.enum(TIERS)).max(TIERS.length).optional(),
  phases: z.array(z.enum(RELATIONSHIP_PHASES)).max(RELATIONSHIP_PHASES.length).optional(),
  status: z.enum(ACCOUNT_STATUSES).optional(),
  sort: z.enum(ACCOUNT_SORTS).optional(),
  direction: z.enum(['asc', 'desc']).optional(),
});
export type AccountsListInput = z.infer<typeof accountsList>;

export const accountsCreate = z.strictObject({ fields: accountFields });
export const accountsUpdate = z.strictObject({ id, fields: accountFields });
export const accountsById = z.strictObject({ id });
export const accountsArchive = z.strictObject({ id, archived: z.boolean() });

export const accountsChannels = {
  'accounts.list': query<AccountSummary[]>()(accountsList, ['accounts', 'people']),
  'accounts.get': query<Account>()(accountsById, ['accounts']),
  'accounts.create': mutation<Account>()(accountsCreate, ['accounts']),
  'accounts.update': mutation<Account>()(accountsUpdate, ['accounts']),
  'accounts.archive': mutation<Account>()(accountsArchive, ['accounts']),
  /** Moves the account to the trash; `accounts.restore` undoes it. */
  'accounts.delete': mutation<{ id: string }>()(accountsById, ['accounts']),
  'accounts.restore': mutation<Account>()(accountsById, ['accounts']),
};
