import type { PaperSize } from '../contract/files.js';
import type { Language } from '../i18n/languages.js';
import { fitText } from '../layout/textFit.js';
import { cssString, html, trusted, type Html } from './html.js';
import { reportCss } from './style.js';
import type { ReportText } from './translate.js';

export interface DocumentParts {
  lang: Language;
  paper: PaperSize;
  t: ReportText;
  title: string;
  /** Top left of every page (the account's name). */
  runningHead: string;
  /** Top right of every page. */
  date: string;
  body: Html;
}

/** Nothing is fetched: no network, no file, no script (the printing window runs none either). */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** "Page X of Y" in the report's language, as the content of a page-margin box. */
function pageOfContent(t: ReportText): string {
  const pieces = t('report.document.pageOf', { page: '{{page}}', pages: '{{pages}}' }).split(/(\{\{page\}\}|\{\{pages\}\})/);
  return pieces
    .filter(Boolean)
    .map((piece) => (piece === '{{page}}' ? 'counter(page)' : piece === '{{pages}}' ? 'counter(pages)' : cssString(piece)))
    .join(' ');
}

/**
 * Running head and foot in the page margins (CSS paged media, drawn by Chromium on every page of the
 * PDF and of a print): the account and date on top, "page X of Y" below. The user's text goes in
 * only as escaped CSS strings.
 */
function marginBoxes({ paper, t, runningHead, date }: DocumentParts): string {
  const box = 'font-size: 7.5pt; color: #4b5565;';
  return `@page { @top-left { content: ${cssString(fitText(runningHead, 8, 420))}; ${box} vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: ${cssString(date)}; ${box} vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-center { content: ${pageOfContent(t)}; ${box} vertical-align: top; padding-top: 3mm; } }
@page landscape { size: ${paper} landscape; }`;
}

/** One self-contained HTML document: inline styles and SVG only. */
export function reportDocument(parts: DocumentParts): string {
  const style = trusted(reportCss(parts.paper) + marginBoxes(parts));
  return `<!doctype html>\n${html`<html lang="${parts.lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><meta name="viewport" content="width=device-width"><title>${parts.title}</title><style>${style}</style></head><body>${parts.body}</body></html>`.markup}`;
}
