import type { AccountPlanData, ReportAnomaly, ReportTask } from '../../contract/index.js';
import { changesSince, exportSummary, type Change } from '../changes.js';
import type { ReportContext } from '../context.js';
import { html, type Html } from '../html.js';
import { relationshipStanding } from '../keyPeople.js';
import { fact, list, orDash, personName, section, u } from '../pieces.js';
import { anomalyLine } from './anomalies.js';
import { opportunityRows } from './opportunities.js';
import { taskRows } from './tasks.js';

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;
const GLANCE_ROWS = 5;
const CHANGES_MAX = 10;

/** The open anomalies, most severe first (the order they were flagged in among equals). */
export const topAnomalies = (anomalies: readonly ReportAnomaly[]) =>
  anomalies.filter((a) => !a.dismissed).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);

/** Open tasks by due date, undated last. */
export const nextTasks = (tasks: readonly ReportTask[]) => [...tasks].sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));

function changeText(change: Change, c: ReportContext, currency: AccountPlanData['account']['currency']): Html {
  const t = (key: string, params: Record<string, string | number>) => c.t(`report.changes.${key}`, params);
  const money = (v: number | null) => (v === null ? c.t('common.none') : c.money(v, currency));
  switch (change.kind) {
    case 'tier':
      return html`${t('tier', { from: c.t(`tier.${change.from}`), to: c.t(`tier.${change.to}`) })}`;
    case 'phase':
      return html`${t('phase', { from: c.t(`relationshipPhase.${change.from}`), to: c.t(`relationshipPhase.${change.to}`) })}`;
    case 'potential':
      return html`${t('potential', { from: money(change.from), to: money(change.to) })}`;
    case 'keyAdded':
    case 'keyRemoved':
      return html`<bdi>${t(change.kind, { name: change.name })}</bdi>`;
    case 'relationship':
      return html`<span class="${change.up ? 'up' : 'down'}"><bdi>${t(change.up ? 'relationshipUp' : 'relationshipDown', {
        name: change.name,
        from: c.relationship(change.from),
        to: c.relationship(change.to),
      })}</bdi></span>`;
    case 'attitude':
      return html`<bdi>${t('attitude', { name: change.name, from: c.attitude(change.from), to: c.attitude(change.to) })}</bdi>`;
    default:
      return html`${t(change.kind, { from: change.from, to: change.to })}`;
  }
}

function changesBlock(data: AccountPlanData, c: ReportContext): Html {
  const last = data.lastExport;
  if (!last) return html`<h3>${c.t('report.glance.changesTitle')}</h3><p class="muted">${c.t('report.glance.firstExport')}</p>`;
  const changes = changesSince(last.summary, exportSummary(data));
  const heading = html`<h3>${c.t('report.glance.changes', { date: c.date(last.exportedAt) })}</h3>`;
  if (changes.length === 0) return html`${heading}<p class="muted">${c.t('report.glance.noChanges')}</p>`;
  const shown = changes.slice(0, CHANGES_MAX).map((change) => changeText(change, c, data.account.currency));
  return html`${heading}${list(changes.length > CHANGES_MAX ? [...shown, html`…`] : shown)}`;
}

function relationshipsBlock(data: AccountPlanData, c: ReportContext): Html {
  const standing = relationshipStanding(data.people);
  if (standing.keyCount === 0) return html`<div class="card"><h3>${c.t('report.glance.people')}</h3><p class="muted">${c.t('report.glance.noKeyPeople')}</p></div>`;
  const below = standing.belowTarget.slice(0, GLANCE_ROWS).map((id) => {
    const p = c.person(id)!;
    return html`${personName(p)}: ${c.relationship(p.relationship)} → ${c.relationship(p.targetRelationship!)}`;
  });
  return html`<div class="card"><h3>${c.t('report.glance.trusted')}</h3>
<p class="figure">${standing.trustedOrAbove} / ${standing.keyCount}</p>
<p class="muted">${c.t('report.glance.trustedValue', { count: standing.trustedOrAbove, total: standing.keyCount })} · ${c.t('report.glance.trustedTarget', { target: standing.targetTrustedOrAbove })}</p>
${below.length ? html`<h3>${c.t('report.glance.belowTarget')}</h3>${list(below)}` : ''}</div>`;
}

/** One page a review can start and mostly end with. */
export function glanceSection(data: AccountPlanData, c: ReportContext): Html {
  const a = data.account;
  const facts = html`<div class="grid three keep">
${fact(c.t('report.glance.tier'), c.t(`tier.${a.tier}`))}
${fact(c.t('report.glance.phase'), c.t(`relationshipPhase.${a.relationshipPhase}`))}
${fact(c.t('report.glance.potential'), a.annualPotential === null ? orDash('', c) : c.money(a.annualPotential, a.currency))}
</div>`;
  const meta = [a.industry, a.region].filter((s) => s.trim());
  // Each part only once its feature exists; an existing feature with nothing open says so.
  const part = (title: string, items: readonly unknown[] | undefined, body: () => Html) =>
    items === undefined ? '' : html`<h3>${c.t(title)}</h3>${items.length ? body() : html`<p class="muted">${c.t('common.none')}</p>`}`;
  const open = data.anomalies && topAnomalies(data.anomalies).slice(0, GLANCE_ROWS);
  const opportunities = part('report.glance.openOpportunities', data.opportunities, () => opportunityRows(data.opportunities!.slice(0, GLANCE_ROWS), c));
  const anomalies = part('report.glance.topAnomalies', open, () => list(open!.map((x) => anomalyLine(x, c))));
  const actions = part('report.glance.nextActions', data.tasks, () => taskRows(nextTasks(data.tasks!).slice(0, GLANCE_ROWS), c));
  return section(
    'glance',
    c.t('report.sections.glance'),
    html`<h1>${u(a.name)}</h1>
<p class="lead">${meta.map((m, i) => html`${i ? ' · ' : ''}${u(m)}`)}${meta.length ? ' · ' : ''}${c.t('report.glance.peopleCount', { count: data.people.length })}</p>
${facts}
<div class="grid">${relationshipsBlock(data, c)}<div class="card">${changesBlock(data, c)}</div></div>
${opportunities}${anomalies}${actions}`,
  );
}
