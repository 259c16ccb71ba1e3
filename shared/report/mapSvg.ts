import type { Link, MapPerson, TeamMember } from '../contract/index.js';
import {
  ATTITUDE_COLORS,
  CARD_HEIGHT as H,
  CARD_WIDTH as W,
  LINK_STYLES,
  RELATIONSHIP_PIPS,
  REPORTS_TO_STYLE,
  UNOWNED_COLOR,
  ownerColor,
  type LinkStyle,
} from '../domain/mapStyle.js';
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
} from '../domain/people.js';
import { LINK_LABEL_SIZE, linkEnds, linkMarks as marksOf } from '../layout/linkLine.js';
import { reportsToRoute, routePath, stackSides, type Point, type StackSide } from '../layout/reportLines.js';
import { fitText, textWidth } from '../layout/textFit.js';
import { escapeXml as x } from './escape.js';

export interface MapSvgLabels {
  roles: Record<BuyingRole, string>;
  attitudes: Record<Attitude, string>;
  relationship: Record<RelationshipLevel, string>;
  influence: Record<Influence, string>;
  linkKinds: Record<LinkKind, string>;
  reportsTo: string;
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
  /** Card colour: the person's attitude (default) or our team member who owns them (coverage). */
  colorBy?: 'attitude' | 'owner';
  /** Prefix of the SVG's internal ids, so several maps can share one HTML document. */
  idPrefix?: string;
}

const FONT = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','Segoe UI',Roboto,Arial,sans-serif";
const INK = '#1c2330';
const MUTED = '#4b5565';
const FAINT = '#9aa3b2';
const ACCENT = '#2f5bd3';
const MARGIN = 32;
const PAD = 12;
const INFLUENCE_BARS: Record<Influence, number> = { high: 3, medium: 2, low: 1 };

/** Numbers rounded to 0.1 so the same map always gives the same text. */
const n = (value: number) => String(Math.round(value * 10) / 10);

const text = (at: Point, size: number, fill: string, content: string, extra = '') =>
  `<text x="${n(at.x)}" y="${n(at.y)}" font-size="${size}" fill="${fill}"${extra}>${x(content)}</text>`;

const strokeAttrs = (style: LinkStyle) =>
  `stroke="${style.stroke}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} fill="none"`;

// ---- geometry ----

const center = (p: Point): Point => ({ x: p.x + W / 2, y: p.y + H / 2 });

// ---- the pieces ----

function markers(prefix: string): string {
  const kinds = LINK_KINDS.filter((kind) => LINK_STYLES[kind].arrow);
  return kinds
    .map(
      (kind) =>
        `<marker id="${prefix}-arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse">` +
        `<path d="M0,0 L10,5 L0,10 z" fill="${LINK_STYLES[kind].stroke}"/></marker>`,
    )
    .join('');
}

/** The solid reporting line, routed as on the canvas (from the side, for reports stacked in a column). */
function reportsToLine(manager: Point, report: Point, side: StackSide | null): string {
  const route = reportsToRoute({ ...manager, width: W, height: H }, { ...report, width: W, height: H }, side);
  return `<path d="${routePath(route, n)}" ${strokeAttrs(REPORTS_TO_STYLE)}/>`;
}

interface DrawnLink {
  link: Link;
  start: Point;
  end: Point;
}

function linkLine({ link, start, end }: DrawnLink, prefix: string): string {
  const style = LINK_STYLES[link.kind];
  const arrow = style.arrow ? ` marker-end="url(#${prefix}-arrow-${link.kind})"` : '';
  return `<path d="M${n(start.x)},${n(start.y)} L${n(end.x)},${n(end.y)}" ${strokeAttrs(style)}${arrow}/>`;
}

function tag(at: Point, label: string, color: string): string {
  const width = textWidth(label, LINK_LABEL_SIZE) + 12;
  return (
    `<rect x="${n(at.x - width / 2)}" y="${n(at.y - 9)}" width="${n(width)}" height="18" rx="9" fill="#ffffff" stroke="${color}"/>` +
    text({ x: at.x, y: at.y + 4 }, LINK_LABEL_SIZE, color, label, ' text-anchor="middle"')
  );
}

/** Decision-flow step numbers and link labels (the pain of a pain-chain link), at the middle of the line. */
function linkMarks({ link, start, end }: DrawnLink): string {
  const { mid, step, label, labelAt } = marksOf(link, start, end);
  const color = LINK_STYLES[link.kind].stroke;
  let out = '';
  if (step !== null) {
    out +=
      `<circle cx="${n(mid.x)}" cy="${n(mid.y)}" r="10" fill="${color}" stroke="#ffffff" stroke-width="1.5"/>` +
      text({ x: mid.x, y: mid.y + 4 }, 11, '#ffffff', String(step), ' text-anchor="middle" font-weight="700"');
  }
  if (label) out += tag(labelAt, label, color);
  return out;
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

interface CardContext {
  labels: MapSvgLabels;
  colorBy: 'attitude' | 'owner';
  owners: Map<string, { name: string; color: string }>;
}

function card(person: MapPerson, at: Point, { labels, colorBy, owners }: CardContext): string {
  const attitude = ATTITUDE_COLORS[person.attitude];
  const owner = person.ownerId ? owners.get(person.ownerId) : undefined;
  const byOwner = colorBy === 'owner';
  const fill = byOwner ? '#ffffff' : attitude.fill;
  const border = byOwner ? (owner?.color ?? UNOWNED_COLOR) : attitude.border;
  const roles = person.roles.map((role) => labels.roles[role]).join(' · ');
  const subtitle = [person.title, person.department].map((s) => s.trim()).filter(Boolean).join(' · ');
  const ownerLabel = owner ? fitText(owner.name, 11, 78) : '';
  const current = labels.relationship[person.relationship];
  const relationship = person.targetRelationship ? `${current} → ${labels.relationship[person.targetRelationship]}` : current;
  // The dashed ring already shows the target; its name is added when there is room.
  const relationshipRoom = W - 2 * PAD - 48 - (ownerLabel ? textWidth(ownerLabel, 11) + 18 : 0);
  const relationshipShown = fitText(textWidth(relationship, 11) <= relationshipRoom ? relationship : current, 11, relationshipRoom);

  const tooltip = [person.name, subtitle, roles, labels.attitudes[person.attitude], relationship, labels.influence[person.influence], owner?.name ?? '']
    .filter(Boolean)
    .join('\n');

  let out = `<g transform="translate(${n(at.x)} ${n(at.y)})"><title>${x(tooltip)}</title>`;
  out += `<rect width="${W}" height="${H}" rx="8" fill="${fill}" stroke="${border}" stroke-width="${byOwner ? 2.5 : 1.5}"/>`;
  if (byOwner) out += `<circle cx="${W - 44}" cy="16" r="5" fill="${attitude.border}"/>`;
  out += influenceBars({ x: W - PAD - 13, y: 22 }, person.influence);
  out += text({ x: PAD, y: 22 }, 14, INK, fitText(person.name, 14, W - 2 * PAD - (byOwner ? 42 : 24)), ' font-weight="700"');
  if (subtitle) out += text({ x: PAD, y: 41 }, 12, MUTED, fitText(subtitle, 12, W - 2 * PAD));
  if (roles) out += text({ x: PAD, y: 61 }, 11, ACCENT, fitText(roles, 11, W - 2 * PAD), ' font-weight="600"');
  out += pips({ x: PAD, y: 84 }, person.relationship, person.targetRelationship);
  out += text({ x: PAD + 48, y: 88 }, 11, MUTED, relationshipShown);
  if (owner) {
    const width = textWidth(ownerLabel, 11);
    out += `<circle cx="${n(W - PAD - width - 7)}" cy="84" r="4" fill="${owner.color}"/>`;
    out += text({ x: W - PAD, y: 88 }, 11, INK, ownerLabel, ' text-anchor="end"');
  }
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

/**
 * The whole stakeholder map as one self-contained SVG document (no scripts, no external resources,
 * every user string escaped), drawn with the same styles as the canvas. Pure and deterministic:
 * the same input always gives the same text, for the export and the printed account plan alike.
 */
export function renderMapSvg(input: MapSvgInput): string {
  const { labels, team } = input;
  const colorBy = input.colorBy ?? 'attitude';
  const prefix = (input.idPrefix ?? 'kp').replace(/[^A-Za-z0-9_-]/g, '') || 'kp';
  const hidden = new Set(input.hiddenIds ?? []);
  const shown = input.people.filter((p) => !hidden.has(p.id) && input.positions[p.id] && Number.isFinite(input.positions[p.id]!.x) && Number.isFinite(input.positions[p.id]!.y));
  const at = new Map(shown.map((p) => [p.id, input.positions[p.id]!]));
  const owners = new Map(team.map((member, index) => [member.id, { name: member.name, color: ownerColor(index) }]));

  // Content bounds (cards only; lines run between cards).
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
  const placed = (id: string) => input.positions[id] && Number.isFinite(input.positions[id].x) && Number.isFinite(input.positions[id].y);
  const sides = stackSides(
    input.people.filter((p) => p.reportsToId && placed(p.id) && placed(p.reportsToId)).map((p) => ({ id: p.id, managerId: p.reportsToId!, x: input.positions[p.id]!.x })),
    W,
  );
  const reports = shown
    .filter((p) => p.reportsToId && at.has(p.reportsToId))
    .map((p) => reportsToLine(at.get(p.reportsToId!)!, at.get(p.id)!, sides.get(p.id) ?? null))
    .join('');

  // Links between the same two people are spread apart so each stays visible.
  const visibleLinks = input.links.filter((l) => l.sourceId !== l.targetId && at.has(l.sourceId) && at.has(l.targetId));
  const pairKey = (l: Link) => (l.sourceId < l.targetId ? `${l.sourceId}|${l.targetId}` : `${l.targetId}|${l.sourceId}`);
  const pairs = new Map<string, Link[]>();
  for (const link of visibleLinks) pairs.set(pairKey(link), [...(pairs.get(pairKey(link)) ?? []), link]);
  const drawn: DrawnLink[] = visibleLinks.map((link) => {
    const group = pairs.get(pairKey(link))!;
    const offset = (group.indexOf(link) - (group.length - 1) / 2) * 12;
    // Measured along the normal of the (smaller id → larger id) direction, whichever way the link points.
    const sign = link.sourceId < link.targetId ? 1 : -1;
    return { link, ...linkEnds(center(at.get(link.sourceId)!), center(at.get(link.targetId)!), sign * offset) };
  });

  const context: CardContext = { labels, colorBy, owners };
  const cards = shown.map((p) => card(p, at.get(p.id)!, context)).join('');

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
    ...LINK_KINDS.map((kind) => lineItem(labels.linkKinds[kind], LINK_STYLES[kind], LINK_STYLES[kind].arrow ? `${prefix}-arrow-${kind}` : null)),
  ];
  const scaleGroup = [
    ...RELATIONSHIP_LEVELS.map((level) => pipItem(labels.relationship[level], level)),
    ...(labels.target ? [pipItem(labels.target, 'acquainted', 'trusted')] : []),
    ...INFLUENCES.map((level) => influenceItem(labels.influence[level], level)),
  ];
  const contentWidth = maxX - minX;
  const legendTop = at.size ? maxY + 40 : minY;
  const key = legend([colourGroup, lineGroup, scaleGroup], { x: minX, y: legendTop }, Math.max(contentWidth, 760));

  const title = labels.title?.trim() ? fitText(labels.title, 18, Math.max(contentWidth, key.width, 400)) : '';
  const top = (title ? minY - 44 : minY) - MARGIN;
  const left = minX - MARGIN;
  const width = Math.max(contentWidth, key.width, title ? textWidth(title, 18) : 0) + 2 * MARGIN;
  const height = legendTop + key.height + MARGIN - top;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(left)} ${n(top)} ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" font-family="${FONT}">`,
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
