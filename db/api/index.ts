import type { Contract, DbChannelName } from '../../shared/contract/index.js';
import type { DbHandle } from '../open.js';
import { accountsHandlers } from './accounts.js';
import { activitiesHandlers } from './activities.js';
import { anomaliesHandlers } from './anomalies.js';
import { backupsHandlers } from './backups.js';
import type { ApiContext, ApiOptions, Handlers, ServedBy } from './context.js';
import { exchangeHandlers } from './exchange.js';
import { dashboardHandlers } from './dashboard.js';
import { importHandlers } from './import.js';
import { linksHandlers } from './links.js';
import { mapHandlers } from './map.js';
import { opportunitiesHandlers } from './opportunities.js';
import { peopleHandlers } from './people.js';
import { reportHandlers } from './report.js';
import { plansHandlers } from './plans.js';
import { relationshipHandlers } from './relationship.js';
import { sampleHandlers } from './sample.js';
import { scorecardsHandlers } from './scorecards.js';
import { settingsHandlers } from './settings.js';
import { tasksHandlers } from './tasks.js';
import { teamHandlers } from './team.js';
import { whitespaceHandlers } from './whitespace.js';

/** One plain, synchronous function per db channel of the contract (the compiler checks none is missing). */
export type Api = Handlers<ServedBy<Contract, 'db'>>;
export type { ApiOptions } from './context.js';

/** Every module's handler slice over one database. Dispatch wraps each call in a transaction. */
export function createApi(handle: DbHandle, options: ApiOptions = {}): Api {
  const context: ApiContext = { handle, db: handle.db, options };
  const api = {
    ...accountsHandlers(context),
    ...sampleHandlers(context),
    ...mapHandlers(context),
    ...peopleHandlers(context),
    ...importHandlers(context),
    ...exchangeHandlers(context),
    ...linksHandlers(context),
    ...teamHandlers(context),
    ...settingsHandlers(context),
    ...backupsHandlers(context),
    ...reportHandlers(context),
    ...opportunitiesHandlers(context),
    ...scorecardsHandlers(context),
    ...whitespaceHandlers(context),
    ...plansHandlers(context),
    ...tasksHandlers(context),
    ...relationshipHandlers(context),
    ...activitiesHandlers(context),
    ...anomaliesHandlers(context),
    ...dashboardHandlers(context),
  } satisfies Api;
  return api satisfies Record<DbChannelName, unknown>;
}
