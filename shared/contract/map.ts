import { z } from 'zod';
import type { Account } from './accounts.js';
import type { CalendarDate } from '../domain/plan/calendarDate.js';
import { query } from './channel.js';
import { id } from './common.js';
import type { Link } from './links.js';
import type { MapPerson } from './people.js';
import type { TeamMember } from './team.js';

/** Everything the map of one account draws, in one call (people as the map draws them: `MapPerson`). */
export interface AccountMap {
  account: Account;
  people: MapPerson[];
  links: Link[];
  team: TeamMember[];
  /** Each person's last contact: the latest activity naming them on or before today (people never contacted are absent). */
  lastContact: Record<string, CalendarDate>;
}

export const mapGet = z.strictObject({ accountId: id });

export const mapChannels = {
  /** The account with its live people and links, and our whole team. */
  'map.get': query<AccountMap>()(mapGet, ['accounts', 'people', 'links', 'team', 'activities']),
};
