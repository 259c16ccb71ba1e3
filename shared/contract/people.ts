import { z } from 'zod';
import {
  ATTITUDES,
  BUYING_ROLES,
  DECISION_STEP_MAX,
  INFLUENCES,
  LINK_KINDS,
  MOVE_BATCH_MAX,
  RELATIONSHIP_LEVELS,
  STYLES,
  type LinkKind,
} from '../domain/people.js';
import type { Account } from './accounts.js';
import { id, longText, shortText } from './common.js';

const coordinate = z.number({ error: 'errors.number' }).finite({ error: 'errors.number' }).min(-1e7).max(1e7);

/** Everything a user edits about one person. */
export const personFields = z.strictObject({
  name: z.string({ error: 'errors.required' }).trim().min(1, { error: 'errors.required' }).max(200, { error: 'errors.tooLong' }),
  title: shortText,
  department: shortText,
  email: shortText,
  phone: shortText,
  /** The manager (solid line). Same account, not the person, no cycle. */
  reportsToId: id.nullable(),
  roles: z.array(z.enum(BUYING_ROLES, { error: 'errors.choose' })).max(BUYING_ROLES.length),
  attitude: z.enum(ATTITUDES, { error: 'errors.choose' }),
  relationship: z.enum(RELATIONSHIP_LEVELS, { error: 'errors.choose' }),
  targetRelationship: z.enum(RELATIONSHIP_LEVELS, { error: 'errors.choose' }).nullable(),
  style: z.enum(STYLES, { error: 'errors.choose' }).nullable(),
  influence: z.enum(INFLUENCES, { error: 'errors.choose' }),
  motivations: longText,
  pains: longText,
  notes: longText,
  /** Our team member who owns the relationship. */
  ownerId: id.nullable(),
});
export type PersonFields = z.infer<typeof personFields>;

export const emptyPersonFields: PersonFields = {
  name: '',
  title: '',
  department: '',
  email: '',
  phone: '',
  reportsToId: null,
  roles: [],
  attitude: 'unknown',
  relationship: 'none',
  targetRelationship: null,
  style: null,
  influence: 'medium',
  motivations: '',
  pains: '',
  notes: '',
  ownerId: null,
};

export interface Person extends PersonFields {
  id: string;
  accountId: string;
  /** Saved canvas position; null until placed (then auto-layout places it). */
  x: number | null;
  y: number | null;
  createdAt: string;
  updatedAt: string;
}

export const linkFields = z.strictObject({
  kind: z.enum(LINK_KINDS, { error: 'errors.choose' }),
  /** Pain-chain links carry the pain; any link may carry a short label. */
  label: shortText,
  /** Order along the decision flow (1 = first). Only for decision_flow. */
  step: z.number().int({ error: 'errors.number' }).min(1).max(DECISION_STEP_MAX).nullable(),
  notes: longText,
});
export type LinkFields = z.infer<typeof linkFields>;

export interface Link extends LinkFields {
  id: string;
  accountId: string;
  sourceId: string;
  targetId: string;
  kind: LinkKind;
  createdAt: string;
  updatedAt: string;
}

export const teamMemberFields = z.strictObject({
  name: z.string({ error: 'errors.required' }).trim().min(1, { error: 'errors.required' }).max(200, { error: 'errors.tooLong' }),
  role: shortText,
});
export type TeamMemberFields = z.infer<typeof teamMemberFields>;

export interface TeamMember extends TeamMemberFields {
  id: string;
  createdAt: string;
}

/** Everything the map and the key-person table of one account need, in one call. */
export interface AccountMap {
  account: Account;
  people: Person[];
  links: Link[];
  team: TeamMember[];
}

const ids = z.array(id).min(1).max(MOVE_BATCH_MAX);

export const mapGet = z.strictObject({ accountId: id });
export const peopleCreate = z.strictObject({
  accountId: id,
  fields: personFields,
  position: z.strictObject({ x: coordinate, y: coordinate }).nullable().optional(),
});
export const peopleUpdate = z.strictObject({ id, patch: personFields.partial() });
export const peopleMove = z.strictObject({
  moves: z.array(z.strictObject({ id, x: coordinate, y: coordinate })).min(1).max(MOVE_BATCH_MAX),
});
export const peopleIds = z.strictObject({ ids });
export const linksCreate = z.strictObject({
  accountId: id,
  sourceId: id,
  targetId: id,
  fields: linkFields,
});
export const linksUpdate = z.strictObject({ id, patch: linkFields.partial() });
export const linksIds = z.strictObject({ ids });
/** Exactly what `people.delete` answered: undo puts those people, links and reporting lines back. */
export const peopleRestore = z.strictObject({
  ids,
  linkIds: z.array(id).max(MOVE_BATCH_MAX),
  detached: z.array(z.strictObject({ id, reportsToId: id })).max(MOVE_BATCH_MAX),
});
export const teamCreate = z.strictObject({ fields: teamMemberFields });
export const teamUpdate = z.strictObject({ id, fields: teamMemberFields });
export const teamById = z.strictObject({ id });

/** What a soft delete of people took with them, so undo can put exactly that back. */
export interface PeopleDeleted {
  ids: string[];
  linkIds: string[];
  /** People whose manager was deleted, with that manager, so undo re-attaches them. */
  detached: { id: string; reportsToId: string }[];
}

/**
 * What `people.restore` brought back: the restored people, the people re-attached to a restored
 * manager, and the restored links. A link whose other end is still deleted, or that a newer link of
 * the same kind now duplicates, stays deleted; a report who got another manager meanwhile keeps them.
 */
export interface PeopleRestored {
  people: Person[];
  links: Link[];
}
