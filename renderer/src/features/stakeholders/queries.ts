import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { slimPerson, type AccountMap, type Link, type MapPerson, type PeopleDeleted, type Person } from '../../../../shared/contract/index.js';
import { applyPeopleDeletion } from '../../../../shared/domain/peopleDeletion.js';
import { call } from '../../api/client.js';
import { apiKey, useApiQuery } from '../../api/freshness.js';

export const mapKey = (accountId: string) => apiKey('map.get', { accountId });
export const peopleListKey = (accountId: string) => apiKey('people.list', { accountId });
export const personKey = (id: string) => apiKey('people.get', { id });

/** People (as the map draws them), links and our team for one account: what the map shows. */
export const useAccountMap = (accountId: string) => useApiQuery('map.get', { accountId }, { staleTime: Infinity });

/** The same query started ahead (a press on the Map tab), so the map's data is on its way while the tab is drawn. */
export const prefetchAccountMap = (client: QueryClient, accountId: string) =>
  void client.prefetchQuery({ queryKey: mapKey(accountId), queryFn: () => call('map.get', { accountId }), staleTime: Infinity });

/** The account's people, every field: the key-person table's rows. */
export const usePeopleList = (accountId: string) => useApiQuery('people.list', { accountId }, { staleTime: Infinity });

/** One person, every field: the map's side panel. */
export const usePerson = (id: string) => useApiQuery('people.get', { id }, { staleTime: Infinity });

export const useTeam = () => useApiQuery('team.list', {});

/**
 * Targeted edits of the cached map, so an edit re-renders only what it touched (unchanged people keep
 * their object identity, which the memoised canvas nodes and table rows rely on).
 */
export function patchMap(client: QueryClient, accountId: string, patch: (map: AccountMap) => AccountMap) {
  client.setQueryData<AccountMap>(mapKey(accountId), (map) => (map ? patch(map) : map));
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

/** Replaces the items with these ids in place and adds the others at the end; every other item keeps its object. */
export const upsertById =
  <T extends { id: string }>(incoming: T[]) =>
  (items: T[]): T[] => {
    const next = byId(incoming);
    const known = new Set(items.map((item) => item.id));
    return [...items.map((item) => next.get(item.id) ?? item), ...incoming.filter((item) => !known.has(item.id))];
  };

export const upsertPeople = (people: MapPerson[]) => (map: AccountMap): AccountMap => ({ ...map, people: upsertById(people)(map.people) });

export const upsertLinks = (links: Link[]) => (map: AccountMap): AccountMap => ({ ...map, links: upsertById(links)(map.links) });

/** Takes out what `people.delete` answered it took: the people, their links, and their reports' line to them. */
export const removePeople = (deleted: PeopleDeleted) => (map: AccountMap): AccountMap => applyPeopleDeletion(map, deleted);

export const removeLinks = (ids: string[]) => (map: AccountMap): AccountMap => {
  const gone = new Set(ids);
  return { ...map, links: map.links.filter((l) => !gone.has(l.id)) };
};

type Moves = { id: string; x: number | null; y: number | null }[];
const moved = <P extends { id: string; x: number | null; y: number | null }>(moves: Moves, people: P[]): P[] => {
  const at = byId(moves);
  return people.map((p) => (at.has(p.id) ? { ...p, x: at.get(p.id)!.x, y: at.get(p.id)!.y } : p));
};

export const moveInMap = (moves: Moves) => (map: AccountMap): AccountMap => ({ ...map, people: moved(moves, map.people) });

/** The cached single people (`people.get`) of this account: kept up to date by the same patches. */
const cachedPersons = (client: QueryClient, accountId: string) =>
  client
    .getQueriesData<Person>({ queryKey: ['people.get'] })
    .filter(([, person]) => person?.accountId === accountId)
    .map(([key]) => key);

/**
 * Every cached query of the account's people that the patches below bring up to date: the map, the
 * table's whole rows and the open people. A mutation names them in `call`'s `fresh`, so they are
 * not fetched again after it.
 */
export const peopleQueries = (client: QueryClient, accountId: string): QueryKey[] => [mapKey(accountId), peopleListKey(accountId), ...cachedPersons(client, accountId)];

const patchList = (client: QueryClient, accountId: string, patch: (people: Person[]) => Person[]) =>
  client.setQueryData<Person[]>(peopleListKey(accountId), (people) => (people ? patch(people) : people));

/** Whole people as a mutation answered them: the map takes their slim projection, the rest the whole person. */
export function patchPeople(client: QueryClient, accountId: string, people: Person[]) {
  if (people.length === 0) return;
  patchMap(client, accountId, upsertPeople(people.map(slimPerson)));
  patchList(client, accountId, upsertById(people));
  for (const person of people) {
    if (client.getQueryData(personKey(person.id)) !== undefined) client.setQueryData(personKey(person.id), person);
  }
}

export function patchMoves(client: QueryClient, accountId: string, moves: Moves) {
  patchMap(client, accountId, moveInMap(moves));
  patchList(client, accountId, (people) => moved(moves, people));
  for (const m of moves) client.setQueryData<Person>(personKey(m.id), (p) => (p ? { ...p, x: m.x, y: m.y } : p));
}

export function patchDeletion(client: QueryClient, accountId: string, deleted: PeopleDeleted) {
  patchMap(client, accountId, removePeople(deleted));
  patchList(client, accountId, (people) => applyPeopleDeletion({ people, links: [] }, deleted).people);
  for (const d of deleted.detached) client.setQueryData<Person>(personKey(d.id), (p) => (p ? { ...p, reportsToId: null } : p));
}

/** A whole person: from the caches when there, else read once (and cached) with `people.get`. */
export async function fullPerson(client: QueryClient, accountId: string, id: string, fetch: () => Promise<Person>): Promise<Person | undefined> {
  const cached = client.getQueryData<Person>(personKey(id)) ?? client.getQueryData<Person[]>(peopleListKey(accountId))?.find((p) => p.id === id);
  if (cached) return cached;
  // Deleted meanwhile (or never there): nothing to edit.
  return client.fetchQuery({ queryKey: personKey(id), queryFn: fetch, staleTime: Infinity }).catch(() => undefined);
}
