import type { Link, PaperSize, Person, TeamMember } from '../contract/index.js';
import { CARD_HEIGHT, CARD_WIDTH, LAYOUT_GAP_X, LAYOUT_GAP_Y } from '../domain/mapStyle.js';
import { layoutDecisionChain } from '../layout/decisionChain.js';
import { layoutOrgTree } from '../layout/orgTree.js';
import { html, trusted, type Html } from './html.js';
import { keyPeopleWithManagers } from './keyPeople.js';
import { renderMapSvg } from './mapSvg.js';
import { mapArea } from './style.js';
import { mapSvgLabels } from './mapSvgLabels.js';
import type { ReportText } from './translate.js';

export type MapScope = 'whole' | 'key';
export type MapView = 'org' | 'decision';

export interface MapFigureInput {
  people: Person[];
  links: Link[];
  team: TeamMember[];
  view: MapView;
  scope: MapScope;
  t: ReportText;
  /** Prefix of the SVG's ids, unique within the document. */
  idPrefix: string;
  paper: PaperSize;
}

/** Below this scale the cards' text is too small to read on paper (under about 4 pt). */
const SMALL_SCALE = 0.35;

export interface MapFigure {
  /** The map as inline SVG, scaled down to the page (never up). */
  figure: Html;
  /** What the reader should know about what is shown (reduced, or org chart instead of the chain). */
  notes: string[];
  /** How many people are drawn. */
  shown: number;
  /** The view drawn: the org chart when the decision chain was asked for but none is recorded. */
  view: MapView;
}

const card = (p: Person) => ({ id: p.id, reportsToId: p.reportsToId, width: CARD_WIDTH, height: CARD_HEIGHT });

/**
 * The stakeholder map for the printed plan: a fresh compact org chart (or the decision chain, laid
 * out as on the canvas) drawn by mapSvg.ts, the same drawing as the app's SVG export. `key` reduces
 * it to the key people and their managers up to the top (the full table follows in the document).
 */
export async function mapFigure(input: MapFigureInput): Promise<MapFigure> {
  const { t } = input;
  const notes: string[] = [];
  const chainLinks = input.links.filter((l) => l.kind === 'decision_flow');
  let view = input.view;
  if (view === 'decision' && chainLinks.length === 0) {
    notes.push(t('report.map.noDecisionChain'));
    view = 'org';
  }

  let people = input.people;
  let links = input.links;
  let positions: Record<string, { x: number; y: number }>;
  if (view === 'decision') {
    const onChain = new Set(chainLinks.flatMap((l) => [l.sourceId, l.targetId]));
    // Only the flow itself: reporting lines across a layered drawing would only tangle it.
    people = input.people.filter((p) => onChain.has(p.id)).map((p) => ({ ...p, reportsToId: null }));
    links = chainLinks;
    const ordered = [...chainLinks].sort((a, b) => (a.step ?? Infinity) - (b.step ?? Infinity));
    positions = (
      await layoutDecisionChain(
        people.map(card),
        ordered.map((l) => ({ source: l.sourceId, target: l.targetId })),
        { direction: 'RIGHT', nodeGap: 48, layerGap: 110 },
      )
    ).positions;
  } else {
    if (input.scope === 'key') {
      const key = keyPeopleWithManagers(input.people);
      if (key.size > 0 && key.size < input.people.length) {
        people = input.people.filter((p) => key.has(p.id));
        notes.push(t('report.map.reduced', { shown: people.length, total: input.people.length }));
      }
    }
    positions = layoutOrgTree(people.map(card), { gapX: LAYOUT_GAP_X, gapY: LAYOUT_GAP_Y, treeGap: 96, compact: true }).positions;
  }

  const labels = { ...mapSvgLabels(t, ''), target: t('report.map.target') };
  const svg = renderMapSvg({ people, links, team: input.team, positions, labels, idPrefix: input.idPrefix });
  const width = Number(/\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const height = Number(/\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const page = mapArea(input.paper);
  if (Math.min(page.width / width, page.height / height) < SMALL_SCALE) notes.push(t('report.map.small', { count: people.length }));
  return { figure: html`<div class="map" style="max-width: ${Math.ceil(width)}px">${trusted(svg)}</div>`, notes, shown: people.length, view };
}
