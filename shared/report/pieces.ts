import type { Person } from '../contract/index.js';
import { ATTITUDE_COLORS } from '../domain/mapStyle.js';
import type { ReportContext } from './context.js';
import { html, joinHtml, type Html, type HtmlValue } from './html.js';

/** Small building blocks shared by the sections of both documents. */

/** A user's text in running prose, isolated so right-to-left text or stray bidi controls cannot reorder what follows. */
export const u = (text: string): Html => html`<bdi>${text}</bdi>`;

/** A user's text, or the language's dash when there is none. */
export const orDash = (text: string | null | undefined, c: ReportContext): HtmlValue => (text?.trim() ? u(text) : html`<span class="muted">${c.t('common.none')}</span>`);

export const section = (id: string, title: string, body: HtmlValue, extraClass = ''): Html =>
  html`<section class="section${extraClass ? ` ${extraClass}` : ''}" id="${id}"><h2>${title}</h2>${body}</section>`;

export const fact = (label: string, value: HtmlValue): Html => html`<dl class="fact"><dt>${label}</dt><dd>${value}</dd></dl>`;

export function attitudeMark(person: Pick<Person, 'attitude'>, c: ReportContext): Html {
  const colors = ATTITUDE_COLORS[person.attitude];
  return html`<span class="dot" style="background: ${colors.fill}; border-color: ${colors.border}"></span>${c.attitude(person.attitude)}`;
}

export const rolesOf = (person: Pick<Person, 'roles'>, c: ReportContext): HtmlValue =>
  person.roles.length ? html`<span class="chips">${person.roles.map((r) => html`<span>${c.role(r)}</span>`)}</span>` : orDash('', c);

export function relationshipOf(person: Pick<Person, 'relationship' | 'targetRelationship'>, c: ReportContext): string {
  const now = c.relationship(person.relationship);
  return person.targetRelationship ? `${now} → ${c.relationship(person.targetRelationship)}` : now;
}

/** "Name (title)" for lists of people. */
export const personName = (person: Person): Html => (person.title.trim() ? html`${u(person.name)} <span class="muted">(${u(person.title)})</span>` : u(person.name));

export const list = (items: readonly HtmlValue[], ordered = false): Html =>
  ordered ? html`<ol>${items.map((i) => html`<li>${i}</li>`)}</ol>` : html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`;

/** A table whose header row repeats on every page; `widths` in percent, one per column. */
export function table(headers: readonly string[], rows: readonly Html[], widths?: readonly number[]): Html {
  const cols = widths ? html`<colgroup>${widths.map((w) => html`<col style="width: ${w}%">`)}</colgroup>` : '';
  return html`<table>${cols}<thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${joinHtml(rows)}</tbody></table>`;
}
