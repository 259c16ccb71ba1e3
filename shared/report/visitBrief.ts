import type { Person, VisitBriefData } from '../contract/index.js';
import type { PaperSize } from '../contract/files.js';
import { childrenOf } from '../domain/reportingTree.js';
import { pathsToPerson, type PersonPath } from '../domain/plan/pathToPerson.js';
import { wayInNeed, type Style } from '../domain/people.js';
import { messages, type Language } from '../i18n/index.js';
import { reportContext, type ReportContext } from './context.js';
import { reportDocument } from './document.js';
import { html, joinHtml, type Html } from './html.js';
import { attitudeMark, fact, list, orDash, personName, relationshipOf, rolesOf, section, table, u } from './pieces.js';
import { roleCell, stanceCell } from './sections/opportunity/influences.js';
import { taskRows } from './sections/tasks.js';
import { nextTasks } from './sections/glance.js';

export interface BriefOptions {
  lang: Language;
  paper: PaperSize;
  now?: Date;
}

const b = (c: ReportContext, key: string, params?: Record<string, string | number>) => c.t(`report.brief.${key}`, params);

function whoSection(data: VisitBriefData, c: ReportContext): Html {
  const p = data.person;
  const manager = c.person(p.reportsToId);
  const reports = (childrenOf(data.people).get(p.id) ?? []).map((id) => c.person(id)!);
  const contact = [p.email, p.phone].filter((s) => s.trim());
  const col = (key: string) => c.t(`table.columns.${key}`);
  return section(
    'who',
    b(c, 'who'),
    html`<div class="grid three keep">
${fact(col('title'), orDash(p.title, c))}${fact(col('department'), orDash(p.department, c))}${fact(b(c, 'reportsTo'), manager ? personName(manager) : orDash('', c))}
${fact(col('roles'), rolesOf(p, c))}${fact(col('attitude'), attitudeMark(p, c))}${fact(col('relationship'), relationshipOf(p, c))}
${fact(col('influence'), c.influence(p.influence))}${fact(col('style'), p.style ? c.style(p.style) : orDash('', c))}${fact(col('owner'), orDash(c.ownerName(p), c))}
${fact(b(c, 'contact'), contact.length ? joinHtml(contact.map(u), html`<br>`) : orDash('', c))}${data.lastContact?.[p.id] ? fact(c.t('report.people.lastContact'), c.date(data.lastContact[p.id]!)) : ''}
</div>
${reports.length ? html`<h3>${b(c, 'directReports')}</h3><p>${joinHtml(reports.map(personName), html`, `)}</p>` : ''}
${p.notes.trim() ? html`<h3>${b(c, 'notes')}</h3><p class="text">${u(p.notes.trim())}</p>` : ''}`,
  );
}

function approachSection(style: Style | null, c: ReportContext): Html {
  if (!style) return section('approach', b(c, 'approach'), html`<p>${b(c, 'noStyle')}</p>`);
  const part = (key: 'values' | 'open' | 'bring' | 'avoid') => html`<div class="card"><h3>${b(c, key)}</h3><p>${c.t(`report.styles.${style}.${key}`)}</p></div>`;
  return section('approach', b(c, 'approach'), html`<p class="lead">${b(c, 'approachAs', { style: c.style(style) })}</p><div class="grid keep">${part('values')}${part('open')}${part('bring')}${part('avoid')}</div>`);
}

function painSection(data: VisitBriefData, c: ReportContext): Html {
  const p = data.person;
  const chain = data.links.filter((l) => l.kind === 'pain_chain');
  const line = (other: Person | undefined, label: string) => (other ? html`${personName(other)}${label.trim() ? html`: ${u(label)}` : ''}` : null);
  const incoming = chain.filter((l) => l.targetId === p.id).map((l) => line(c.person(l.sourceId), l.label)).filter(Boolean);
  const outgoing = chain.filter((l) => l.sourceId === p.id).map((l) => line(c.person(l.targetId), l.label)).filter(Boolean);
  const texts = html`<div class="grid keep">
<div class="card"><h3>${b(c, 'motivations')}</h3><p class="text">${p.motivations.trim() ? u(p.motivations.trim()) : html`<span class="muted">${b(c, 'none')}</span>`}</p></div>
<div class="card"><h3>${b(c, 'pains')}</h3><p class="text">${p.pains.trim() ? u(p.pains.trim()) : html`<span class="muted">${b(c, 'none')}</span>`}</p></div></div>`;
  const links =
    incoming.length || outgoing.length
      ? html`${incoming.length ? html`<h3>${b(c, 'painFrom')}</h3>${list(incoming)}` : ''}${outgoing.length ? html`<h3>${b(c, 'painTo')}</h3>${list(outgoing)}` : ''}`
      : html`<p class="muted">${b(c, 'noPainChain')}</p>`;
  return section('pains', `${b(c, 'motivations')} · ${b(c, 'painChain')}`, html`${texts}${links}`);
}

function wayLine(way: PersonPath, c: ReportContext): Html {
  const from = c.person(way.path[0]!)!;
  const steps = way.via.map((step, i) => html`<span class="arrow">—${b(c, `ties.${step.kind}`)}→</span>${u(c.person(way.path[i + 1]!)!.name)}`);
  return html`<p class="path keep">${personName(from)} <span class="muted">(${c.relationship(from.relationship)})</span> ${steps}</p>`;
}

function wayInSection(data: VisitBriefData, c: ReportContext): Html {
  const p = data.person;
  const need = wayInNeed(p);
  if (need.kind === 'none') return section('way-in', b(c, 'wayIn'), html`<p>${b(c, 'atTarget', { now: c.relationship(p.relationship) })}</p>`);
  const target = need.target;
  // Someone we already trust needs no introduction (the ways in start from people at 信赖 or above).
  if (need.kind === 'direct') return section('way-in', b(c, 'wayIn'), html`<p>${b(c, 'direct', { now: c.relationship(p.relationship), target: c.relationship(target) })}</p>`);
  const ways = pathsToPerson(data.people, data.links, p.id);
  const body = ways.length
    ? html`<p>${b(c, 'wayInWhy', { now: c.relationship(p.relationship), target: c.relationship(target) })}</p>${ways.map((way) => wayLine(way, c))}`
    : html`<p>${b(c, 'noWayIn')}</p>`;
  return section('way-in', b(c, 'wayIn'), body);
}

/** The seven-step visit frame and the first-visit checklist, with room to write. */
function agendaSection(c: ReportContext): Html {
  const { agenda, checklist } = messages[c.lang].report;
  return html`${section('agenda', b(c, 'agenda'), html`<ol class="agenda">${agenda.map((s) => html`<li><strong>${s.step}</strong> <span class="muted">${s.hint}</span></li>`)}</ol>`)}
${section('preparation', b(c, 'preparation'), checklist.map((item) => html`<div class="keep"><p><span class="check"></span><strong>${item.item}</strong> <span class="muted">${item.hint}</span></p><div class="lines"></div></div>`))}`;
}

/** The opportunities the person is in, with their role and stance in each (the influence's, else their own). */
function theirOpportunities(data: VisitBriefData, c: ReportContext): Html {
  const t = (key: string) => c.t(`report.opportunities.${key}`);
  const rows = (data.opportunities ?? []).map((o) => {
    const influence = o.detail?.influences.find((i) => i.personId === data.person.id);
    return html`<tr><th scope="row">${u(o.name)}</th><td>${o.amount === null ? orDash('', c) : c.amount(o.amount, o.currency)}</td><td><bdi>${c.label(o.stage)}</bdi></td>
<td>${influence ? roleCell(influence, c) : orDash('', c)}</td><td>${influence ? stanceCell(influence, c) : orDash('', c)}</td><td>${o.score === null ? orDash('', c) : Math.round(o.score)}</td></tr>`;
  });
  return table([t('name'), t('amount'), t('stage'), c.t('opportunities.influences.role'), c.t('opportunities.influences.stance'), t('score')], rows, [28, 13, 16, 17, 16, 10]);
}

/** Opportunities and open tasks about the person, once those features exist (left out until then). */
function workSection(data: VisitBriefData, c: ReportContext): Html {
  const tasks = data.tasks?.filter((task) => task.personIds.includes(data.person.id)) ?? [];
  const parts = [
    data.opportunities?.length ? { title: b(c, 'opportunities'), body: theirOpportunities(data, c) } : null,
    tasks.length ? { title: b(c, 'tasks'), body: taskRows(nextTasks(tasks), c) } : null,
  ].filter((p) => p !== null);
  // Titled by what is there: a part without data is left out, its name too.
  if (parts.length === 0) return html``;
  if (parts.length === 1) return section('work', parts[0]!.title, parts[0]!.body);
  return section('work', parts.map((p) => p.title).join(' · '), parts.map((p) => html`<h3>${p.title}</h3>${p.body}`));
}

/** 拜访简报: one person, everything needed to prepare a visit, as one self-contained HTML document. */
export function buildVisitBrief(data: VisitBriefData, options: BriefOptions): string {
  const now = options.now ?? new Date();
  const c = reportContext(options.lang, data.people, data.team, now);
  const p = data.person;
  const title = c.t('report.document.briefTitle', { name: p.name });
  const lead = [p.title, p.department, data.account.name].filter((s) => s.trim());
  const body = html`<main class="brief"><h1>${u(title)}</h1><p class="lead">${joinHtml(lead.map(u), html` · `)}</p>
${whoSection(data, c)}${approachSection(p.style, c)}${painSection(data, c)}${wayInSection(data, c)}${workSection(data, c)}${agendaSection(c)}</main>`;
  return reportDocument({ lang: options.lang, paper: options.paper, t: c.t, title, runningHead: `${data.account.name} · ${title}`, date: c.date(now.toISOString()), body });
}
