/**
 * English strings, one file per feature: en/<feature>.ts exports one const per top-level key
 * (small related keys share a file, e.g. common.ts). zh-CN/<feature>.ts mirrors it, each const typed
 * `Messages['<key>']`, so a missing or extra Chinese key does not compile; test/unit/i18n.test.ts also
 * checks both languages file by file. `Messages` is the shape of `en` below.
 * A new feature adds en/<feature>.ts and zh-CN/<feature>.ts, and lists its consts in this file and in
 * zh-CN/index.ts, in the same place in both; nothing else changes. Consumers import from i18n/index.ts.
 */
import { accounts, fields, hints } from './accounts.js';
import { anomalies } from './anomalies.js';
import { currency, purchasePattern, purchasingMode, relationshipPhase, tier } from './accountVocab.js';
import { backups } from './backups.js';
import { app, common, nav } from './common.js';
import { errors } from './errors.js';
import { exchange, peopleExport } from './exchange.js';
import { files } from './files.js';
import { importPeople } from './import.js';
import { map } from './map.js';
import { menu } from './menu.js';
import { opportunities } from './opportunities.js';
import { people } from './people.js';
import { report } from './report.js';
import { plan } from './plan.js';
import { stagePlan } from './stagePlan.js';
import { stageTemplates } from './stageTemplates.js';
import { tasks } from './tasks.js';
import { activities } from './activities.js';
import { dashboard } from './dashboard.js';
import { scoring } from './scoring.js';
import { settings } from './settings.js';
import { startup } from './startup.js';
import { table } from './table.js';
import { team } from './team.js';
import { relationship, thresholds } from './relationship.js';

export const en = {
  app,
  nav,
  common,
  accounts,
  fields,
  hints,
  tier,
  purchasingMode,
  purchasePattern,
  relationshipPhase,
  currency,
  settings,
  backups,
  menu,
  table,
  team,
  startup,
  map,
  people,
  import: importPeople,
  peopleExport,
  exchange,
  files,
  report,
  opportunities,
  scoring,
  errors,
  plan,
  anomalies,
  stagePlan,
  stageTemplates,
  tasks,
  activities,
  dashboard,
  relationship,
  thresholds,
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
