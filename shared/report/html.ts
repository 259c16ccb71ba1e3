import { escapeXml } from './escape.js';

/**
 * Markup that is safe by construction: every value interpolated into an `html` template is escaped
 * unless it is itself an Html (built by this module), so a user's text can only ever come out as text.
 *
 *   html`<td>${person.name}</td>`           the name is escaped
 *   html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`   arrays of Html are joined
 *
 * Interpolate into element content or into double-quoted attribute values only (never into a tag
 * name, an unquoted attribute, a <style> or a <script>).
 */
export class Html {
  private constructor(readonly markup: string) {}

  toString(): string {
    return this.markup;
  }

  /** @internal Only for this module and for markup our own escaping renderers produced (see `trusted`). */
  static of(markup: string): Html {
    return new Html(markup);
  }
}

export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  return escapeXml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return Html.of(out);
}

/** Html values one after another, with an optional Html separator. */
export const joinHtml = (parts: readonly HtmlValue[], separator: Html = Html.of('')): Html =>
  Html.of(parts.map(render).filter(Boolean).join(separator.markup));

/**
 * Markup that was escaped where it was built: the SVG of shared/report/mapSvg.ts, whose every user
 * string goes through escapeXml, and this folder's constant style sheets. Never a user's text.
 */
export const trusted = (markup: string): Html => Html.of(markup);

// Bidirectional controls (embeddings, overrides, isolates) in a user's text could flip what follows it.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * A user's text as a CSS string literal (for @page margin boxes): every character but letters and
 * digits as a hex escape, so nothing can end the string or the style sheet; bidi controls dropped.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ')) {
    out += /^[\p{L}\p{N} ]$/u.test(ch) && ch !== '\\' ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}
