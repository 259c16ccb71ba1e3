/** Chinese (zh-CN) strings: the same files and consts as en/ (see en/index.ts), combined the same way. */
import type { Messages } from '../en/index.js';
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

export const zhCN: Messages = {
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
