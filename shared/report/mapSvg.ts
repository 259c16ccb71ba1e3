import type { Link, MapPerson, TeamMember } from '../contract/index.js';
import {
  ATTITUDE_COLORS,
  CARD_HEIGHT as H,
  CARD_WIDTH as W,
  LINK_STYLES,
  MARKS,
  RELATIONSHIP_PIPS,
  REPORTS_TO_STYLE,
  ROLE_CHIP,
  UNOWNED_COLOR,
  departmentColors,
  marksOf,
  onTarget,
  ownerColor,
  type LinkStyle,
  type Mark,
} from '../domain/mapStyle.js';
import { involvedIn, viewKind, type MapView } from '../domain/mapViews.js';
import { initialsOf } from '../domain/nameOrder.js';
import {
  ATTITUDES,
  INFLUENCES,
  LINK_KINDS,
  RELATIONSHIP_LEVELS,
  type Attitude,
  type BuyingRole,
  type Influence,
  type LinkKind,
  type RelationshipLevel,
  type Style,
} from '../domain/people.js';
import {
  LABEL_HEIGHT,
  LINK_LABEL_SIZE,
  STEP_RADIUS,
  curvePath,
  labelWidth,
  linkCurve,
  linkLabel,
  linkOffsets,
  pointOn,
  routeLinks,
  STRAIGHT,
  type LinkCurve,
  type LinkRoute,
} from '../layout/linkLine.js';
import { reportsToRoute, routePath, stackSides, type Point, type StackSide } from '../layout/reportLines.js';
import { fitText, textWidth, wrapText } from '../layout/textFit.js';
import { escapeXml as x } from './escape.js';

export interface MapSvgLabels {
  roles: Record<BuyingRole, string>;
  attitudes: Record<Attitude, string>;
  relationship: Record<RelationshipLevel, string>;
  influence: Record<Influence, string>;
  linkKinds: Record<LinkKind, string>;
  reportsTo: string;
  styles?: Record<Style, string>;
  /** Names of the coach's and the champion's marks, for the legend; the marks are left out of it when absent. */
  marks?: Record<Mark, string>;
  /** Legend entry for the ✓ after a relationship at its target. */
  onTarget?: string;
  /** Shown on a card in the pain-chain view when the person has no pains noted. */
  noPains?: string;
  /** Drawn above the map and used as the SVG's accessible title. */
  title?: string;
  /** Legend entry for cards without an owner in the coverage colouring; '—' when absent. */
  unowned?: string;
  /** Legend entry for the dashed ring marking the target relationship level; left out when absent. */
  target?: string;
}

export interface MapSvgInput {
  people: MapPerson[];
  links: Link[];
  team: TeamMember[];
  /** Top-left corner of each card. People without a position are not drawn. */
  positions: Record<string, { x: number; y: number }>;
  labels: MapSvgLabels;
  /** People left out (collapsed or filtered), with every line touching them. */
  hiddenIds?: string[];
  /**
   * The view drawn, as the canvas shows it (default the org chart): the decision and pain chains dim
   * the people off their links and every other line, the pain chain shows each person's pains, and
   * coverage colours the cards by owner.
   */
  view?: MapView;
  /** Card colour: the person's attitude or our team member who owns them; by default as the view has it. */
  colorBy?: 'attitude' | 'owner';
  /**
   * The UI language: orders the departments (and so their colours) as the canvas does, and picks
   * the fonts as the app does (Latin fonts first in English, so "’" is not drawn full-width).
   */
  locale?: string;
  /** Prefix of the SVG's internal ids, so several maps can share one HTML document. */
  idPrefix?: string;
}

const FONT = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','Segoe UI',Roboto,Arial,sans-serif";
const LATIN_FONT = "'Segoe UI',-apple-system,BlinkMacSystemFont,Roboto,'Helvetica Neue',Arial,'Liberation Sans','PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif";
const INK = '#1c2330';
const MUTED = '#4b5565';
const FAINT = '#9aa3b2';
const ACCENT = '#2f5bd3';
const PAIN = '#6b1347';
const MARGIN = 32;
const PAD = 10;
const DIMMED_CARD = 0.28;
const DIMMED_LINE = 0.15;
const INFLUENCE_BARS: Record<Influence, number> = { high: 3, medium: 2, low: 1 };

/** Numbers rounded to 0.1 so the same map always gives the same text. */
const n = (value: number) => String(Math.round(value * 10) / 10);

const text = (at: Point, size: number, fill: string, content: string, extra = '') =>
  `<text x="${n(at.x)}" y="${n(at.y)}" font-size="${size}" fill="${fill}"${extra}>${x(content)}</text>`;

const strokeAttrs = (style: LinkStyle, scale = 1) =>
  `stroke="${style.stroke}" stroke-width="${n(style.width * scale)}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} fill="none"`;

const faded = (opacity: number | null) => (opacity === null ? '' : ` opacity="${opacity}"`);

// ---- the pieces ----

function markers(prefix: string): string {
  const kinds = LINK_KINDS.filter((kind) => LINK_STYLES[kind].arrow);
  return kinds
    .map(
      (kind) =>
        `<marker id="${prefix}-arrow-${kind}" viewBox="0 0 10 16" refX="9" refY="8" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="16" orient="auto-start-reverse">` +
        `<path d="M0,0 L10,8 L0,16 z" fill="${LINK_STYLES[kind].stroke}"/></marker>`,
    )
    .join('');
}

/** The solid reporting line, routed as on the canvas (from the side, for reports stacked in a column). */
function reportsToLine(manager: Point, report: Point, side: StackSide | null, opacity: number | null): string {
  const route = reportsToRoute({ ...manager, width: W, height: H }, { ...report, width: W, height: H }, side);
  return `<path d="${routePath(route, n)}" ${strokeAttrs(REPORTS_TO_STYLE)}${faded(opacity)}/>`;
}

interface DrawnLink {
  link: Link;
  curve: LinkCurve;
  route: LinkRoute;
  /** null: drawn as is; else faded to this opacity (a line off the view's chain). */
  opacity: number | null;
  emphasis: boolean;
}

/** The line; a label left off it for want of room is its tooltip. */
function linkLine({ link, curve, route, opacity, emphasis }: DrawnLink, prefix: string): string {
  const style = LINK_STYLES[link.kind];
  const arrow = style.arrow ? ` marker-end="url(#${prefix}-arrow-${link.kind})"` : '';
  const attrs = `d="${curvePath(curve, n)}" ${strokeAttrs(style, emphasis ? 1.6 : 1)}${arrow}${faded(opacity)}`;
  const unplaced = link.label.trim() && !route.label ? link.label.trim() : '';
  return unplaced ? `<path ${attrs}><title>${x(unplaced)}</title></path>` : `<path ${attrs}/>`;
}

/** Step numbers and labels (the pain of a pain-chain link) where the route placed them; a cut label keeps its full text as a tooltip. */
function linkMarks({ link, curve, route, opacity }: DrawnLink): string {
  const color = LINK_STYLES[link.kind].stroke;
  let out = '';
  if (link.kind === 'decision_flow' && link.step !== null && route.step) {
    const at = pointOn(curve, route.step.t, route.step.shift);
    out +=
      `<circle cx="${n(at.x)}" cy="${n(at.y)}" r="${STEP_RADIUS}" fill="${color}" stroke="#ffffff" stroke-width="1.5"/>` +
      text({ x: at.x, y: at.y + 4 }, 11, '#ffffff', String(link.step), ' text-anchor="middle" font-weight="700"');
  }
  const label = linkLabel(link.label);
  if (label && route.label) {
    const at = pointOn(curve, route.label.t, route.label.shift);
    const width = labelWidth(label);
    const full = link.label.replace(/\s+/g, ' ').trim();
    out +=
      `<g>${full !== label ? `<title>${x(link.label.trim())}</title>` : ''}` +
      `<rect x="${n(at.x - width / 2)}" y="${n(at.y - LABEL_HEIGHT / 2)}" width="${n(width)}" height="${LABEL_HEIGHT}" rx="10" fill="#ffffff" stroke="${color}"/>` +
      text({ x: at.x, y: at.y + 4 }, LINK_LABEL_SIZE, color, label, ' text-anchor="middle"') +
      '</g>';
  }
  return out ? `<g${faded(opacity)}>${out}</g>` : '';
}

/** Filled pips up to the current level; the target level, if higher, as a dashed ring (as on the canvas). */
function pips(at: Point, level: RelationshipLevel, target: RelationshipLevel | null): string {
  const filled = RELATIONSHIP_PIPS[level];
  const goal = target ? RELATIONSHIP_PIPS[target] : 0;
  let out = '';
  for (let i = 0; i < 4; i++) {
    const cx = at.x + 4 + i * 11;
    if (i < filled) out += `<circle cx="${n(cx)}" cy="${n(at.y)}" r="4" fill="${ACCENT}"/>`;
    else if (i === goal - 1) out += `<circle cx="${n(cx)}" cy="${n(at.y)}" r="3.5" fill="#ffffff" stroke="${ACCENT}" stroke-width="1.5" stroke-dasharray="1.5 1.2"/>`;
    else out += `<circle cx="${n(cx)}" cy="${n(at.y)}" r="3.5" fill="#ffffff" stroke="${FAINT}"/>`;
  }
  return out;
}

function influenceBars(at: Point, influence: Influence): string {
  const count = INFLUENCE_BARS[influence];
  let out = '';
  for (let i = 0; i < 3; i++) {
    const height = 5 + i * 3;
    out += `<rect x="${n(at.x + i * 5)}" y="${n(at.y - height)}" width="3" height="${height}" fill="${i < count ? INK : '#d5dae3'}"/>`;
  }
  return out;
}

/** A coach's flag or a champion's star, white on its coloured disc, centred at `at`. */
function markIcon(at: Point, mark: Mark, radius = 8): string {
  const { color, path } = MARKS[mark];
  const scale = (radius * 1.5) / 16;
  return (
    `<circle cx="${n(at.x)}" cy="${n(at.y)}" r="${radius}" fill="${color}"/>` +
    `<path transform="translate(${n(at.x - 8 * scale)} ${n(at.y - 8 * scale)}) scale(${Math.round(scale * 1000) / 1000})" d="${path}" fill="#ffffff"/>`
  );
}

function ownerChip(at: Point, initials: string, color: string): string {
  return `<circle cx="${n(at.x)}" cy="${n(at.y)}" r="10" fill="${color}"/>` + text({ x: at.x, y: at.y + 3.5 }, 9.5, '#ffffff', initials, ' text-anchor="middle" font-weight="700"');
}

interface Chip {
  label: string;
  fill: string;
  color: string;
  border?: string;
}

// Slightly smaller type than the canvas: the estimated widths (textFit.ts) run wider than real glyphs.
const CHIP_SIZE = 9.5;
const CHIP_HEIGHT = 13;
const CHIP_GAP = 3;
const CHIP_PAD = 6;
const TITLE_SIZE = 10.5;
const TITLE_LINE = 13;
const CONTENT = W - 2 * PAD;

type ChipLine = { chip: Chip; shown: string; x: number; width: number }[];

/** Chips flowed into lines as wide as the card's content (a chip too wide for a line is cut to fit it). */
function chipLines(chips: Chip[]): ChipLine[] {
  const lines: ChipLine[] = [];
  let line: ChipLine = [];
  let cursor = 0;
  for (const chip of chips) {
    const shown = fitText(chip.label, CHIP_SIZE, CONTENT - CHIP_PAD);
    const width = textWidth(shown, CHIP_SIZE) + CHIP_PAD;
    if (cursor > 0 && cursor + width > CONTENT) {
      lines.push(line);
      line = [];
      cursor = 0;
    }
    line.push({ chip, shown, x: cursor, width });
    cursor += width + CHIP_GAP;
  }
  if (line.length) lines.push(line);
  return lines;
}

/**
 * How the room under the name is shared: every chip line first (a chip left out is lost, a title
 * cut keeps its start and its tooltip), then the title on up to two lines.
 */
function shareBody(titleLines: number, chipRows: number): { title: number; chips: number } {
  const rows = (room: number) => Math.max(0, Math.floor((room + 2) / (CHIP_HEIGHT + 2)));
  const room = BODY_BOTTOM - BODY_TOP;
  let title = Math.min(titleLines, 2);
  const chipRoom = () => room - title * TITLE_LINE - (title > 0 ? 2 : 0);
  while (title > (titleLines > 0 ? 1 : 0) && rows(chipRoom()) < chipRows) title--;
  return { title, chips: Math.min(chipRows, rows(chipRoom())) };
}

interface CardContext {
  labels: MapSvgLabels;
  colorBy: 'attitude' | 'owner';
  showPains: boolean;
  owners: Map<string, { name: string; color: string; initials: string }>;
  deptColors: Map<string, string>;
}

/** Room between the head line and the foot for the title and chips (or the pains). */
const BODY_TOP = 24;
const BODY_BOTTOM = 80;

/**
 * One card, with every field the canvas card shows, laid out as it is there: name, marks and style;
 * title; department and buying roles; relationship now → target (✓ once at its target), influence
 * and owner. Text wraps onto further lines where there is room rather than being cut.
 */
function card(person: MapPerson, at: Point, dimmed: boolean, { labels, colorBy, showPains, owners, deptColors }: CardContext): string {
  const attitude = ATTITUDE_COLORS[person.attitude];
  const owner = person.ownerId ? owners.get(person.ownerId) : undefined;
  const byOwner = colorBy === 'owner';
  const fill = byOwner ? '#ffffff' : attitude.fill;
  const border = byOwner ? (owner?.color ?? UNOWNED_COLOR) : attitude.border;
  const current = labels.relationship[person.relationship];
  const target = person.targetRelationship;
  const ahead = target !== null && RELATIONSHIP_PIPS[target] > RELATIONSHIP_PIPS[person.relationship];
  const reached = onTarget(person.relationship, target);
  const relationship = `${ahead ? `${current} → ${labels.relationship[target]}` : current}${reached ? ' ✓' : ''}`;
  const style = person.style && labels.styles ? labels.styles[person.style] : '';
  const marks = marksOf(person);
  const department = person.department.trim();

  const tooltip = [
    person.name,
    [person.title, department].map((s) => s.trim()).filter(Boolean).join(' · '),
    person.roles.map((role) => labels.roles[role]).join(' · '),
    labels.attitudes[person.attitude],
    target ? `${current} → ${labels.relationship[target]}` : current,
    labels.influence[person.influence],
    style,
    owner?.name ?? '',
    showPains ? person.pains.trim() : '',
  ]
    .filter(Boolean)
    .join('\n');

  let out = `<g transform="translate(${n(at.x)} ${n(at.y)})"${dimmed ? ` opacity="${DIMMED_CARD}"` : ''}><title>${x(tooltip)}</title>`;
  out += `<rect width="${W}" height="${H}" rx="8" fill="${fill}" stroke="${border}" stroke-width="${byOwner ? 2.5 : 1.5}"/>`;

  // Head: the name, its marks, the style at the right (and the attitude's dot when coloured by owner).
  const styleShown = style ? fitText(style, 10.5, 72) : '';
  const right = W - PAD - (styleShown ? textWidth(styleShown, 10.5) + 6 : 0) - (byOwner ? 16 : 0);
  const name = fitText(person.name, 13.5, Math.max(40, right - PAD - marks.length * 19));
  out += text({ x: PAD, y: 19 }, 13.5, INK, name, ' font-weight="700"');
  let markX = PAD + textWidth(name, 13.5) + 12;
  for (const mark of marks) {
    out += markIcon({ x: markX, y: 14.5 }, mark);
    markX += 19;
  }
  if (styleShown) out += text({ x: W - PAD - (byOwner ? 16 : 0), y: 19 }, 10.5, MUTED, styleShown, ' text-anchor="end" font-style="italic"');
  if (byOwner) out += `<circle cx="${W - PAD - 5}" cy="15" r="5" fill="${attitude.border}"/>`;

  if (showPains) {
    const pains = person.pains.trim();
    const lines = pains ? wrapText(pains, 10.5, CONTENT, 4) : [labels.noPains ?? ''];
    lines.forEach((line, i) => {
      out += text({ x: PAD, y: BODY_TOP + 10 + i * 13.5 }, 10.5, pains ? PAIN : MUTED, line, pains ? '' : ' font-style="italic"');
    });
  } else {
    const deptColor = deptColors.get(department) ?? MUTED;
    const chips: Chip[] = [
      ...(department ? [{ label: department, fill: '#ffffff', color: deptColor, border: deptColor }] : []),
      ...person.roles.map((role) => ({ label: labels.roles[role], fill: ROLE_CHIP[role].fill, color: ROLE_CHIP[role].text })),
    ];
    const rows = chipLines(chips);
    const share = shareBody(wrapText(person.title, TITLE_SIZE, CONTENT, 3).length, rows.length);
    const title = wrapText(person.title, TITLE_SIZE, CONTENT, share.title);
    title.forEach((line, i) => {
      out += text({ x: PAD, y: BODY_TOP + 10 + i * TITLE_LINE }, TITLE_SIZE, MUTED, line);
    });
    const chipsTop = BODY_TOP + title.length * TITLE_LINE + (title.length > 0 ? 2 : 0);
    rows.slice(0, share.chips).forEach((line, row) => {
      const y = chipsTop + row * (CHIP_HEIGHT + 2);
      for (const { chip, shown, x: left, width } of line) {
        out += `<rect x="${n(PAD + left)}" y="${n(y)}" width="${n(width)}" height="${CHIP_HEIGHT}" rx="3" fill="${chip.fill}"${chip.border ? ` stroke="${chip.border}"` : ''}/>`;
        out += text({ x: PAD + left + CHIP_PAD / 2, y: y + 9.5 }, CHIP_SIZE, chip.color, shown, ' font-weight="600"');
      }
    });
  }

  // Foot: pips and the relationship in words (on two lines when it must), influence, the owner's initials.
  out += pips({ x: PAD, y: 92 }, person.relationship, target);
  const influenceX = W - PAD - 20 - 6 - 13;
  out += influenceBars({ x: influenceX, y: 98 }, person.influence);
  const words = wrapText(relationship, 10, influenceX - 6 - (PAD + 47), 2);
  words.forEach((line, i) => {
    out += text({ x: PAD + 47, y: words.length === 1 ? 95.5 : 90 + i * 10.5 }, 10, MUTED, line);
  });
  out += owner ? ownerChip({ x: W - PAD - 10, y: 92 }, owner.initials, owner.color) : `<circle cx="${W - PAD - 10}" cy="92" r="10" fill="#eef0f4"/>`;
  return `${out}</g>`;
}

// ---- legend: rows of items, wrapped to a width ----

interface LegendItem {
  width: number;
  draw: (at: Point) => string;
}

const legendLabel = (at: Point, offset: number, label: string) => text({ x: at.x + offset, y: at.y + 4 }, 12, INK, label);

function swatchItem(label: string, fill: string, stroke: string): LegendItem {
  const shown = fitText(label, 12, 200);
  return {
    width: 24 + textWidth(shown, 12),
    draw: (at) => `<rect x="${n(at.x)}" y="${n(at.y - 7)}" width="16" height="14" rx="3" fill="${fill}" stroke="${stroke}" stroke-width="1.5"/>${legendLabel(at, 22, shown)}`,
  };
}

function lineItem(label: string, style: LinkStyle, marker: string | null): LegendItem {
  const shown = fitText(label, 12, 200);
  return {
    width: 44 + textWidth(shown, 12),
    draw: (at) =>
      `<path d="M${n(at.x)},${n(at.y)} H${n(at.x + 34)}" ${strokeAttrs(style)}${marker ? ` marker-end="url(#${marker})"` : ''}/>${legendLabel(at, 40, shown)}`,
  };
}

function pipItem(label: string, level: RelationshipLevel, target: RelationshipLevel | null = null): LegendItem {
  const shown = fitText(label, 12, 200);
  return { width: 50 + textWidth(shown, 12), draw: (at) => pips({ x: at.x, y: at.y }, level, target) + legendLabel(at, 46, shown) };
}

function influenceItem(label: string, influence: Influence): LegendItem {
  const shown = fitText(label, 12, 200);
  return { width: 22 + textWidth(shown, 12), draw: (at) => influenceBars({ x: at.x, y: at.y + 6 }, influence) + legendLabel(at, 18, shown) };
}

function markItem(label: string, mark: Mark): LegendItem {
  const shown = fitText(label, 12, 240);
  return { width: 24 + textWidth(shown, 12), draw: (at) => markIcon({ x: at.x + 8, y: at.y }, mark) + legendLabel(at, 22, shown) };
}

function glyphItem(label: string, glyph: string, color: string): LegendItem {
  const shown = fitText(label, 12, 400);
  return { width: 22 + textWidth(shown, 12), draw: (at) => text({ x: at.x + 2, y: at.y + 4 }, 13, color, glyph, ' font-weight="700"') + legendLabel(at, 18, shown) };
}

function ownerItem(name: string, initials: string, color: string): LegendItem {
  const shown = fitText(name, 12, 200);
  return { width: 28 + textWidth(shown, 12), draw: (at) => ownerChip({ x: at.x + 10, y: at.y }, initials, color) + legendLabel(at, 26, shown) };
}

const ROW = 24;
const GAP = 22;

/** Lays the groups out in rows no wider than `maxWidth`; each group starts a new row. */
function legend(groups: LegendItem[][], origin: Point, maxWidth: number): { svg: string; width: number; height: number } {
  let svg = '';
  let y = origin.y + 12;
  let widest = 0;
  for (const group of groups) {
    let cursor = origin.x;
    for (const item of group) {
      if (cursor > origin.x && cursor + item.width > origin.x + maxWidth) {
        y += ROW;
        cursor = origin.x;
      }
      svg += item.draw({ x: cursor, y });
      cursor += item.width + GAP;
      widest = Math.max(widest, cursor - GAP - origin.x);
    }
    y += ROW;
  }
  return { svg: `<g>${svg}</g>`, width: widest, height: y - origin.y - ROW + 12 };
}

// ---- the whole map ----

const finite = (at: { x: number; y: number } | undefined): at is Point => !!at && Number.isFinite(at.x) && Number.isFinite(at.y);

/**
 * The whole stakeholder map as one self-contained SVG document (no scripts, no external resources,
 * every user string escaped), drawn as the canvas draws the view: the same cards, lines, routes and
 * marks. Pure and deterministic: the same input always gives the same text, for the export and the
 * printed account plan alike.
 */
export function renderMapSvg(input: MapSvgInput): string {
  const { labels, team } = input;
  const view = input.view ?? 'org';
  const colorBy = input.colorBy ?? (view === 'coverage' ? 'owner' : 'attitude');
  const prefix = (input.idPrefix ?? 'kp').replace(/[^A-Za-z0-9_-]/g, '') || 'kp';
  const hidden = new Set(input.hiddenIds ?? []);
  const shown = input.people.filter((p) => !hidden.has(p.id) && finite(input.positions[p.id]));
  const at = new Map(shown.map((p) => [p.id, input.positions[p.id]!]));
  const owners = new Map(team.map((member, index) => [member.id, { name: member.name, color: ownerColor(index), initials: initialsOf(member.name) }]));
  const kind = viewKind(view);
  const focus = involvedIn(input.links, kind);

  // Content bounds: the cards, then the lines and marks that run outside them (below, after the links).
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const pos of at.values()) {
    minX = Math.min(minX, pos.x);
    minY = Math.min(minY, pos.y);
    maxX = Math.max(maxX, pos.x + W);
    maxY = Math.max(maxY, pos.y + H);
  }
  if (at.size === 0) [minX, minY, maxX, maxY] = [0, 0, 0, 0];

  // Columns are read from everyone placed, hidden or not, so hiding one card does not change how its neighbours' lines run.
  const placed = (id: string) => finite(input.positions[id]);
  const sides = stackSides(
    input.people.filter((p) => p.reportsToId && placed(p.id) && placed(p.reportsToId)).map((p) => ({ id: p.id, managerId: p.reportsToId!, x: input.positions[p.id]!.x })),
    W,
  );
  const reportsOpacity = kind ? DIMMED_LINE : null;
  const reports = shown
    .filter((p) => p.reportsToId && at.has(p.reportsToId))
    .map((p) => reportsToLine(at.get(p.reportsToId!)!, at.get(p.id)!, sides.get(p.id) ?? null, reportsOpacity))
    .join('');

  // Links run as on the canvas: the same offsets, bends and places for their marks.
  const known = new Set(input.people.map((p) => p.id));
  const links = input.links.filter((l) => l.sourceId !== l.targetId && known.has(l.sourceId) && known.has(l.targetId));
  const offsets = linkOffsets(input.people, links);
  const visible = links.filter((l) => at.has(l.sourceId) && at.has(l.targetId));
  const withReports = new Set(input.people.map((p) => p.reportsToId).filter((id): id is string => id !== null));
  const routes = routeLinks(
    visible.map((l) => ({ ...l, offset: offsets.get(l.id) ?? 0 })),
    shown.map((p) => ({ id: p.id, ...at.get(p.id)!, fold: withReports.has(p.id) })),
  );
  const centre = (id: string): Point => ({ x: at.get(id)!.x + W / 2, y: at.get(id)!.y + H / 2 });
  const drawn: DrawnLink[] = visible.map((link) => {
    const route = routes.get(link.id) ?? STRAIGHT;
    const off = kind !== null && link.kind !== kind;
    return { link, route, curve: linkCurve(centre(link.sourceId), centre(link.targetId), offsets.get(link.id) ?? 0, route.bend), opacity: off ? DIMMED_LINE : null, emphasis: link.kind === kind };
  });
  for (const { curve, route, link } of drawn) {
    const points = Array.from({ length: 11 }, (_, k) => pointOn(curve, k / 10));
    const label = linkLabel(link.label);
    if (route.step) points.push(...[-1, 1].map((s) => pointOn(curve, route.step!.t, route.step!.shift + s * STEP_RADIUS)));
    if (label && route.label) {
      const at = pointOn(curve, route.label.t, route.label.shift);
      const half = labelWidth(label) / 2;
      points.push({ x: at.x - half, y: at.y - LABEL_HEIGHT / 2 }, { x: at.x + half, y: at.y + LABEL_HEIGHT / 2 });
    }
    for (const p of points) {
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y - STEP_RADIUS);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y + STEP_RADIUS);
    }
  }
  // The view's own lines over the others, as on the canvas.
  drawn.sort((a, b) => Number(a.emphasis) - Number(b.emphasis));

  const context: CardContext = { labels, colorBy, showPains: view === 'pain', owners, deptColors: departmentColors(input.people, input.locale) };
  const cards = shown.map((p) => card(p, at.get(p.id)!, focus !== null && !focus.has(p.id), context)).join('');

  // Legend under the map.
  const colourGroup: LegendItem[] =
    colorBy === 'owner'
      ? [
          ...team.map((member, index) => swatchItem(member.name, '#ffffff', ownerColor(index))),
          swatchItem(labels.unowned ?? '—', '#ffffff', UNOWNED_COLOR),
        ]
      : ATTITUDES.map((a) => swatchItem(labels.attitudes[a], ATTITUDE_COLORS[a].fill, ATTITUDE_COLORS[a].border));
  const lineGroup = [
    lineItem(labels.reportsTo, REPORTS_TO_STYLE, null),
    ...LINK_KINDS.map((k) => lineItem(labels.linkKinds[k], LINK_STYLES[k], LINK_STYLES[k].arrow ? `${prefix}-arrow-${k}` : null)),
  ];
  const scaleGroup = [
    ...RELATIONSHIP_LEVELS.map((level) => pipItem(labels.relationship[level], level)),
    ...(labels.target ? [pipItem(labels.target, 'acquainted', 'trusted')] : []),
    ...INFLUENCES.map((level) => influenceItem(labels.influence[level], level)),
  ];
  const markGroup = [
    ...(labels.marks ? (['coach', 'champion'] as const).map((mark) => markItem(labels.marks![mark], mark)) : []),
    ...(labels.onTarget ? [glyphItem(labels.onTarget, '✓', MUTED)] : []),
  ];
  // Whose initials are on the cards.
  const ownersShown = new Set(shown.map((p) => p.ownerId).filter((id): id is string => id !== null && owners.has(id)));
  const ownerGroup = team.filter((m) => ownersShown.has(m.id)).map((m) => ownerItem(m.name, owners.get(m.id)!.initials, owners.get(m.id)!.color));
  const contentWidth = maxX - minX;
  const legendTop = at.size ? maxY + 40 : minY;
  const groups = [colourGroup, lineGroup, scaleGroup, markGroup, ownerGroup].filter((group) => group.length > 0);
  const key = legend(groups, { x: minX, y: legendTop }, Math.max(contentWidth, 760));

  const title = labels.title?.trim() ? fitText(labels.title, 18, Math.max(contentWidth, key.width, 400)) : '';
  const top = (title ? minY - 44 : minY) - MARGIN;
  const left = minX - MARGIN;
  const width = Math.max(contentWidth, key.width, title ? textWidth(title, 18) : 0) + 2 * MARGIN;
  const height = legendTop + key.height + MARGIN - top;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(left)} ${n(top)} ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" font-family="${input.locale?.startsWith('en') ? LATIN_FONT : FONT}">`,
    title ? `<title>${x(labels.title!.trim())}</title>` : '',
    `<defs>${markers(prefix)}</defs>`,
    `<rect x="${n(left)}" y="${n(top)}" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
    title ? text({ x: minX, y: minY - 24 }, 18, INK, title, ' font-weight="700"') : '',
    `<g>${reports}</g>`,
    `<g>${drawn.map((d) => linkLine(d, prefix)).join('')}</g>`,
    `<g>${cards}</g>`,
    `<g>${drawn.map(linkMarks).join('')}</g>`,
    key.svg,
    '</svg>',
  ].join('');
}
