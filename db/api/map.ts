import type { AccountMap, mapChannels } from '../../shared/contract/index.js';
import type { ApiContext, Handlers } from './context.js';
import type { Db } from '../open.js';
import { getAccount } from './accounts.js';
import { liveLinksOf } from './links.js';
import { liveMapPeopleOf } from './people.js';
import { listTeam } from './team.js';

/** Everything the map and the key-person table of one account show, read in one go. */
export function getMap(db: Db, accountId: string): AccountMap {
  return {
    account: getAccount(db, accountId),
    people: liveMapPeopleOf(db, accountId),
    links: liveLinksOf(db, accountId),
    team: listTeam(db),
  };
}

export const mapHandlers = ({ db }: ApiContext): Handlers<typeof mapChannels> => ({
  'map.get': ({ accountId }) => getMap(db, accountId),
});
