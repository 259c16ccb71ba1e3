import { z } from 'zod';
import { ATTITUDES, BUYING_ROLES, INFLUENCES, MOVE_BATCH_MAX, PERSON_TEXT_MAX, RELATIONSHIP_LEVELS, STYLES } from '../domain/people.js';
import { mutation, query } from './channel.js';
import { id, idList, longText, nameText, shortText } from './common.js';
import type { Link } from './links.js';

/** A canvas position: finite and within ±10 million. */
export const coordinate = z.number({ error: 'errors.number' }).finite({ error: 'errors.number' }).min(-1e7).max(1e7);

/** Everything a user edits about one person. */
export const personFields = z.strictObject({
  name: nameText(PERSON_TEXT_MAX),
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

/**
 * What the map draws of a person: its cards, lines, filters and search (pains too: the pain-chain
 * view's cards and the SVG export show them). `map.get` carries only this; the rest (contacts, motivations, notes)
 * loads with the side panel (`people.get`) and the key-person table (`people.list`).
 */
export type MapPerson = Pick<
  Person,
  'id' | 'name' | 'title' | 'department' | 'reportsToId' | 'roles' | 'attitude' | 'relationship' | 'targetRelationship' | 'influence' | 'style' | 'ownerId' | 'pains' | 'x' | 'y'
>;

/** The map's projection of a whole person (what a mutation answers), for patching the cached map. */
export function slimPerson(person: Person): MapPerson {
  return {
    id: person.id,
    name: person.name,
    title: person.title,
    department: person.department,
    reportsToId: person.reportsToId,
    roles: person.roles,
    attitude: person.attitude,
    relationship: person.relationship,
    targetRelationship: person.targetRelationship,
    influence: person.influence,
    style: person.style,
    ownerId: person.ownerId,
    pains: person.pains,
    x: person.x,
    y: person.y,
  };
}

export const peopleGet = z.strictObject({ id });
export const peopleList = z.strictObject({ accountId: id });

export const peopleCreate = z.strictObject({
  accountId: id,
  fields: personFields,
  position: z.strictObject({ x: coordinate, y: coordinate }).nullable().optional(),
});
export const peopleUpdate = z.strictObject({ id, patch: personFields.partial() });
/** A saved position, or none (null, null): the card goes back to the automatic layout (undo of a move does this). */
export const personMove = z.union([z.strictObject({ id, x: coordinate, y: coordinate }), z.strictObject({ id, x: z.null(), y: z.null() })]);
export type PersonMove = z.infer<typeof personMove>;
export const peopleMove = z.strictObject({
  moves: z.array(personMove).min(1).max(MOVE_BATCH_MAX),
});
export const peopleIds = z.strictObject({ ids: idList });
/** Exactly what `people.delete` answered: undo puts those people, links and reporting lines back. */
export const peopleRestore = z.strictObject({
  ids: idList,
  linkIds: z.array(id).max(MOVE_BATCH_MAX),
  detached: z.array(z.strictObject({ id, reportsToId: id })).max(MOVE_BATCH_MAX),
});

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

export const peopleChannels = {
  /** One live person, whole (the map's side panel). */
  'people.get': query<Person>()(peopleGet, ['people']),
  /** An account's live people, whole, in the order they were added (the key-person table). */
  'people.list': query<Person[]>()(peopleList, ['accounts', 'people']),
  'people.create': mutation<Person>()(peopleCreate, ['people']),
  'people.update': mutation<Person>()(peopleUpdate, ['people']),
  /** Saves canvas positions (all or none). */
  'people.move': mutation<{ count: number }>()(peopleMove, ['people']),
  /** Soft delete with their links; answers what `people.restore` needs to undo it. */
  'people.delete': mutation<PeopleDeleted>()(peopleIds, ['people', 'links']),
  'people.restore': mutation<PeopleRestored>()(peopleRestore, ['people', 'links']),
};
