import type { AccountMap, Person, mapChannels } from '../../shared/contract/index.js';
import type { ApiContext, Handlers } from './context.js';
import type { Db } from '../open.js';
import type { CalendarDate } from '../../shared/domain/plan/calendarDate.js';
import { getAccount } from './accounts.js';
import { lastContactOf } from './activities.js';
import { timeOf } from './clock.js';
import { liveLinksOf } from './links.js';
import { liveMapPeopleOf, livePeopleOf } from './people.js';
import { listTeam } from './team.js';

/** Everything the map of one account draws, read in one go (people as the map draws them). */
export function getMap(db: Db, accountId: string, today: CalendarDate): AccountMap {
  return {
    account: getAccount(db, accountId),
    people: liveMapPeopleOf(db, accountId),
    links: liveLinksOf(db, accountId),
    team: listTeam(db),
    lastContact: lastContactOf(db, accountId, today),
  };
}

/** The same with every field of the people (the account plan and the visit brief print more than the map draws). */
export function getFullMap(db: Db, accountId: string, today: CalendarDate): Omit<AccountMap, 'people'> & { people: Person[] } {
  return {
    account: getAccount(db, accountId),
    people: livePeopleOf(db, accountId),
    links: liveLinksOf(db, accountId),
    team: listTeam(db),
    lastContact: lastContactOf(db, accountId, today),
  };
}

export const mapHandlers = ({ db, options }: ApiContext): Handlers<typeof mapChannels> => ({
  'map.get': ({ accountId }) => getMap(db, accountId, timeOf(options).today()),
});
