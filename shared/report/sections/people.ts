import type { Person } from '../../contract/index.js';
import { INFLUENCES } from '../../domain/people.js';
import type { ReportContext } from '../context.js';
import { html, type Html } from '../html.js';
import { isKeyPerson } from '../keyPeople.js';
import { attitudeMark, orDash, relationshipOf, rolesOf, section, table, u } from '../pieces.js';

/** Key people first, then by influence, then by name in the report language's order. */
export function tableOrder(people: readonly Person[], c: ReportContext): Person[] {
  const influence = (p: Person) => INFLUENCES.indexOf(p.influence);
  return [...people].sort(
    (a, b) => Number(isKeyPerson(b)) - Number(isKeyPerson(a)) || influence(a) - influence(b) || c.collator.compare(a.name, b.name),
  );
}

/** 关键人物表: every live person, one row each (never split across pages), the header row on every page. */
export function peopleSection(people: readonly Person[], c: ReportContext, lastContact?: Record<string, string>): Html {
  const col = (key: string) => c.t(`table.columns.${key}`);
  const headers = [col('name'), col('title'), col('department'), col('roles'), col('attitude'), col('relationship'), col('style'), col('influence'), col('owner'), col('pains')];
  const widths = [11, 10, 10, 11, 9, 11, 7, 8, 8, 15];
  if (lastContact) {
    headers.push(c.t('report.people.lastContact'));
    widths.splice(9, 1, 9, 6);
  }
  const rows = tableOrder(people, c).map((p) => {
    const contact = lastContact ? html`<td>${lastContact[p.id] ? c.date(lastContact[p.id]!) : orDash('', c)}</td>` : '';
    return html`<tr><th scope="row">${u(p.name)}</th><td>${orDash(p.title, c)}</td><td>${orDash(p.department, c)}</td><td>${rolesOf(p, c)}</td>
<td>${attitudeMark(p, c)}</td><td>${relationshipOf(p, c)}</td><td>${p.style ? c.style(p.style) : orDash('', c)}</td><td>${c.influence(p.influence)}</td>
<td>${orDash(c.ownerName(p), c)}</td><td class="text">${orDash(p.pains, c)}</td>${contact}</tr>`;
  });
  return section(
    'people',
    c.t('report.sections.people'),
    html`<p class="lead">${c.t('report.people.count', { count: people.length })}</p>${table(headers, rows, widths)}`,
    'landscape small',
  );
}
