import type { QueryClient } from '@tanstack/react-query';
import type { AccountMap, Link, PeopleDeleted, Person } from '../../../../shared/contract/index.js';
import { applyPeopleDeletion } from '../../../../shared/domain/peopleDeletion.js';
import { apiKey, useApiQuery } from '../../api/freshness.js';

export const mapKey = (accountId: string) => apiKey('map.get', { accountId });

/** People, links and our team for one account: the one source the map and the key-person table share. */
export const useAccountMap = (accountId: string) => useApiQuery('map.get', { accountId }, { staleTime: Infinity });

export const useTeam = () => useApiQuery('team.list', {});

/**
 * Targeted edits of the cached map, so an edit re-renders only what it touched (unchanged people keep
 * their object identity, which the memoised canvas nodes and table rows rely on).
 */
export function patchMap(client: QueryClient, accountId: string, patch: (map: AccountMap) => AccountMap) {
  client.setQueryData<AccountMap>(mapKey(accountId), (map) => (map ? patch(map) : map));
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

export const upsertPeople = (people: Person[]) => (map: AccountMap): AccountMap => {
  const incoming = byId(people);
  const kept = map.people.map((p) => incoming.get(p.id) ?? p);
  const known = new Set(map.people.map((p) => p.id));
  return { ...map, people: [...kept, ...people.filter((p) => !known.has(p.id))] };
};

export const upsertLinks = (links: Link[]) => (map: AccountMap): AccountMap => {
  const incoming = byId(links);
  const kept = map.links.map((l) => incoming.get(l.id) ?? l);
  const known = new Set(map.links.map((l) => l.id));
  return { ...map, links: [...kept, ...links.filter((l) => !known.has(l.id))] };
};

/** Takes out what `people.delete` answered it took: the people, their links, and their reports' line to them. */
export const removePeople = (deleted: PeopleDeleted) => (map: AccountMap): AccountMap => applyPeopleDeletion(map, deleted);

export const removeLinks = (ids: string[]) => (map: AccountMap): AccountMap => {
  const gone = new Set(ids);
  return { ...map, links: map.links.filter((l) => !gone.has(l.id)) };
};

export const moveInMap = (moves: { id: string; x: number; y: number }[]) => (map: AccountMap): AccountMap => {
  const at = byId(moves);
  return { ...map, people: map.people.map((p) => (at.has(p.id) ? { ...p, x: at.get(p.id)!.x, y: at.get(p.id)!.y } : p)) };
};
