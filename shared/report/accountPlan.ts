import type { AccountPlanData } from '../contract/index.js';
import type { PaperSize } from '../contract/files.js';
import type { Language } from '../i18n/languages.js';
import { reportContext, type ReportContext } from './context.js';
import { reportDocument } from './document.js';
import { html, joinHtml, type Html } from './html.js';
import { mapFigure, type MapScope, type MapView } from './mapFigure.js';
import { section } from './pieces.js';
import { anomaliesSection } from './sections/anomalies.js';
import { glanceSection } from './sections/glance.js';
import { opportunitiesSection } from './sections/opportunities.js';
import { peopleSection } from './sections/people.js';
import { profileSection } from './sections/profile.js';
import { nextStepsSection } from './sections/tasks.js';
import { whitespaceSection } from './sections/whitespace.js';

/** The account plan's sections, in document order. */
export const PLAN_SECTIONS = ['glance', 'profile', 'map', 'people', 'opportunities', 'whitespace', 'anomalies', 'nextSteps'] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

export interface PlanOptions {
  lang: Language;
  paper: PaperSize;
  /** The sections wanted; those without data are left out whatever is asked. */
  sections: readonly PlanSection[];
  mapScope: MapScope;
  mapView: MapView;
  /** The opportunities to print (all when absent). */
  opportunityIds?: readonly string[];
  now?: Date;
}

interface SectionSpec {
  /** Whether the account has anything for the section: its feature exists and it is not empty. */
  available(data: AccountPlanData): boolean;
  render(data: AccountPlanData, c: ReportContext, options: PlanOptions): Html | Promise<Html>;
}

/**
 * What each section needs and how it is drawn. A feature still to come plugs in by filling its part
 * of AccountPlanData in report.accountPlan (db/api/report.ts): its section then appears by itself.
 */
const SPECS: Record<PlanSection, SectionSpec> = {
  glance: { available: () => true, render: (data, c) => glanceSection(data, c) },
  profile: { available: () => true, render: (data, c) => profileSection(data.account, c) },
  map: {
    available: (data) => data.people.length > 0,
    async render(data, c, options) {
      const map = await mapFigure({ ...data, view: options.mapView, scope: options.mapScope, t: c.t, idPrefix: 'plan-map', paper: options.paper });
      const view = c.t(map.view === 'org' ? 'report.map.viewOrg' : 'report.map.viewDecision');
      return section('map', `${c.t('report.sections.map')}: ${view}`, html`${map.notes.map((note) => html`<p class="lead small">${note}</p>`)}${map.figure}`, 'landscape');
    },
  },
  people: { available: (data) => data.people.length > 0, render: (data, c) => peopleSection(data.people, c, data.lastContact) },
  opportunities: { available: (data) => !!data.opportunities?.length, render: (data, c) => opportunitiesSection(data.opportunities!, c) },
  whitespace: { available: (data) => !!data.whitespace?.offerings.length && !!data.whitespace.units.length, render: (data, c) => whitespaceSection(data.whitespace!, c) },
  anomalies: { available: (data) => !!data.anomalies?.length, render: (data, c) => anomaliesSection(data.anomalies!, c) },
  nextSteps: { available: (data) => !!data.tasks?.length, render: (data, c) => nextStepsSection(data.tasks!, c) },
};

/** The sections this account can print now (the export dialog offers only these). */
export const availableSections = (data: AccountPlanData): PlanSection[] => PLAN_SECTIONS.filter((id) => SPECS[id].available(data));

/** The account plan as one self-contained HTML document, ready to preview, print or save as PDF. */
export async function buildAccountPlan(all: AccountPlanData, options: PlanOptions): Promise<string> {
  const now = options.now ?? new Date();
  const chosenIds = options.opportunityIds && new Set(options.opportunityIds);
  // An opportunity left out in the dialog is printed nowhere: not in its list, nor by name in the whitespace grid.
  const data =
    chosenIds && all.opportunities
      ? {
          ...all,
          // None chosen: the opportunities are left out everywhere (the glance does not claim there are none).
          ...(all.opportunities.some((o) => chosenIds.has(o.id)) || all.opportunities.length === 0
            ? { opportunities: all.opportunities.filter((o) => chosenIds.has(o.id)) }
            : { opportunities: undefined }),
          ...(all.whitespace ? { whitespace: { ...all.whitespace, opportunities: all.whitespace.opportunities.filter((o) => chosenIds.has(o.id)) } } : {}),
          ...(all.anomalies ? { anomalies: all.anomalies.filter((a) => !a.opportunityId || chosenIds.has(a.opportunityId)) } : {}),
          ...(all.tasks ? { tasks: all.tasks.filter((task) => !task.opportunityId || chosenIds.has(task.opportunityId)) } : {}),
        }
      : all;
  const c = reportContext(options.lang, data.people, data.team, now);
  const wanted = new Set(options.sections);
  const chosen = PLAN_SECTIONS.filter((id) => wanted.has(id) && SPECS[id].available(data));
  const sections = await Promise.all(chosen.map(async (id) => SPECS[id].render(data, c, options)));
  return reportDocument({
    lang: options.lang,
    paper: options.paper,
    t: c.t,
    title: c.t('report.document.planTitle', { account: data.account.name }),
    runningHead: c.t('report.document.planTitle', { account: data.account.name }),
    date: c.date(now.toISOString()),
    body: joinHtml(sections),
  });
}
