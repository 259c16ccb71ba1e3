import type { PaperSize } from '../contract/files.js';

/**
 * Local fonts only (no network, no font file). Latin text first in a TrueType face (Arial, or its
 * metric twin Liberation Sans on Linux), which Chromium embeds as a compact font subset; CJK text
 * then falls to the CJK faces. Noto Sans CJK is CFF-based, which Chromium's PDF writer embeds as
 * Type 3 glyph outlines (still vector and searchable, but larger and slower), so it gets only what
 * the Latin faces lack.
 */
export const REPORT_FONTS =
  "Arial,'Liberation Sans','Helvetica Neue','Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','Noto Sans SC','Noto Color Emoji',sans-serif";

const PAPER_MM: Record<PaperSize, { width: number; height: number }> = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } };
const px = (mm: number) => (mm / 25.4) * 96;
/** The printable area of a landscape page in CSS px (96 per inch), inside the page margins below. */
export const landscapeArea = (paper: PaperSize) => ({ width: px(PAPER_MM[paper].height - 28), height: px(PAPER_MM[paper].width - 34) });
/** Where the map goes on its landscape page: below the section heading and its notes. */
export const mapArea = (paper: PaperSize) => ({ width: landscapeArea(paper).width, height: Math.floor(landscapeArea(paper).height - 110) });

/**
 * The report's style sheet (a constant: no user text in it; the running header's text is added by
 * document.ts as escaped CSS strings). Print rules: table header rows repeat on every page, no row
 * or card is split across pages, long words wrap anywhere rather than run off the page.
 */
export const reportCss = (paper: PaperSize) => `
@page { size: ${paper}; margin: 18mm 14mm 16mm 14mm; }
*, *::before, *::after { box-sizing: border-box; }
html { font-family: ${REPORT_FONTS}; font-size: 9.5pt; line-height: 1.45; color: #1c2330; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; overflow-wrap: anywhere; }
h1 { font-size: 17pt; margin: 0 0 2mm; line-height: 1.25; }
h2 { font-size: 13pt; margin: 0 0 3mm; padding-bottom: 1.5mm; border-bottom: 1.5pt solid #2f5bd3; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p { margin: 0 0 2mm; }
.section { break-before: page; }
.section:first-of-type { break-before: auto; }
.brief .section { break-before: auto; margin-top: 5mm; }
.muted { color: #4b5565; }
.small { font-size: 8.5pt; }
.lead { color: #4b5565; margin-bottom: 4mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 3mm; }
thead { display: table-header-group; }
tr, .card, .keep, li { break-inside: avoid; }
th, td { text-align: start; vertical-align: top; padding: 1.2mm 1.5mm; border-bottom: 0.5pt solid #d5dae3; }
th { font-weight: 700; background: #eef1f6; font-size: 8.5pt; }
tbody th { background: none; font-size: inherit; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm 6mm; margin-bottom: 2mm; }
.grid.three { grid-template-columns: 1fr 1fr 1fr; }
.grid.five { grid-template-columns: repeat(5, 1fr); }
.card { border: 0.75pt solid #c5ccd8; border-radius: 2mm; padding: 2.5mm 3mm; }
.card h3 { margin-top: 0; }
.fact { display: block; }
.fact dt { font-size: 8pt; color: #4b5565; }
.fact dd { margin: 0 0 2mm; font-weight: 700; white-space: pre-wrap; }
.figure { font-size: 15pt; font-weight: 700; }
.text { white-space: pre-wrap; }
ul, ol { margin: 0 0 2mm; padding-inline-start: 5mm; }
.chips span { display: inline-block; border: 0.5pt solid #2f5bd3; color: #1d3f99; border-radius: 1.5mm; padding: 0 1.2mm; margin: 0 0.8mm 0.8mm 0; font-size: 8pt; }
.dot { display: inline-block; width: 2.4mm; height: 2.4mm; border-radius: 50%; border: 0.75pt solid; margin-inline-end: 1mm; vertical-align: -0.2mm; }
.sev-high { color: #b42318; font-weight: 700; }
.sev-medium { color: #a2410c; font-weight: 700; }
.dismissed { color: #8a94a6; text-decoration: line-through; }
.up { color: #1d7f4e; }
.down { color: #b42318; }
.map { break-inside: avoid; margin: 0 0 3mm; }
.landscape { page: landscape; }
.map svg { font-family: ${REPORT_FONTS}; display: block; width: 100%; height: auto; max-height: ${mapArea(paper).height}px; }
.charts { margin: 2mm 0 3mm; }
.chart { margin: 0 0 3mm; }
.chart.radar svg { width: 62%; }
.chart figcaption { font-size: 8.5pt; color: #4b5565; margin-bottom: 1mm; }
.chart svg { display: block; width: 100%; height: auto; margin: 0 auto; }
.unknown { color: #a2410c; font-style: italic; }
.verdict-pursue { color: #1d7f4e; }
.verdict-qualify { color: #a2410c; }
.verdict-walk_away { color: #b42318; }
.ws-cell, .ws-none { font-size: 8.5pt; }
.path { margin: 0 0 1.5mm; }
.path .arrow { color: #8a94a6; margin: 0 1mm; white-space: nowrap; }
.agenda li { margin-bottom: 1.5mm; }
.check { display: inline-block; width: 3mm; height: 3mm; border: 0.75pt solid #4b5565; margin-inline-end: 1.5mm; vertical-align: -0.3mm; }
.lines { border-bottom: 0.5pt dotted #8a94a6; height: 6mm; }
bdi { unicode-bidi: isolate; }
@media screen {
  html { background: #e5e8ee; }
  body { max-width: 210mm; margin: 6mm auto; padding: 12mm 14mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.2); }
  .section { margin-top: 10mm; padding-top: 6mm; border-top: 1px dashed #c5ccd8; }
  .section:first-of-type { margin-top: 0; padding-top: 0; border-top: none; }
}
`;
