import type { Attitude, BuyingRole, LinkKind, RelationshipLevel } from './people.js';

/**
 * How the map draws things, shared by the canvas, the SVG/PNG export and the PDF report so that
 * every picture of a map means the same. Colours are chosen to stay distinct for common colour-blindness.
 */

/** Every card has this fixed size, so the canvas can skip measuring and layouts are exact. */
export const CARD_WIDTH = 224;
export const CARD_HEIGHT = 104;
export const LAYOUT_GAP_X = 28;
export const LAYOUT_GAP_Y = 64;

export const ATTITUDE_COLORS: Record<Attitude, { fill: string; border: string; text: string }> = {
  champion: { fill: '#d9f2e3', border: '#1d7f4e', text: '#14532d' },
  supporter: { fill: '#e9f7ee', border: '#4caf7a', text: '#1d6b43' },
  neutral: { fill: '#f1f3f6', border: '#8a94a6', text: '#374151' },
  opponent: { fill: '#fde4e1', border: '#c2352b', text: '#7f1d1d' },
  unknown: { fill: '#ffffff', border: '#c5ccd8', text: '#4b5565' },
};

export interface LinkStyle {
  stroke: string;
  /** SVG stroke-dasharray; empty for a solid line. */
  dash: string;
  width: number;
  /** Arrow at the target end. */
  arrow: boolean;
}

export const REPORTS_TO_STYLE: LinkStyle = { stroke: '#7b8597', dash: '', width: 1.5, arrow: false };

export const LINK_STYLES: Record<LinkKind, LinkStyle> = {
  dotted_reports_to: { stroke: '#7b8597', dash: '2 4', width: 1.5, arrow: true },
  influences: { stroke: '#2f5bd3', dash: '8 4', width: 1.8, arrow: true },
  decision_flow: { stroke: '#a2410c', dash: '', width: 2.6, arrow: true },
  pain_chain: { stroke: '#b4237a', dash: '6 3 2 3', width: 2, arrow: true },
  ally: { stroke: '#1d7f4e', dash: '', width: 2, arrow: false },
  conflict: { stroke: '#c2352b', dash: '10 4', width: 3, arrow: false },
};

/** Relationship level as filled pips out of four (none = 0 … 同盟 ally = 4). */
export const RELATIONSHIP_PIPS: Record<RelationshipLevel, number> = { none: 0, acquainted: 1, meeting: 2, trusted: 3, ally: 4 };

/** Colours for our team members in the coverage view, by their order in the team list. */
export const OWNER_PALETTE = ['#2f5bd3', '#a2410c', '#1d7f4e', '#7c3aed', '#b4237a', '#0e7490', '#92400e', '#4d7c0f'] as const;
export const ownerColor = (index: number): string => OWNER_PALETTE[((index % OWNER_PALETTE.length) + OWNER_PALETTE.length) % OWNER_PALETTE.length]!;
export const UNOWNED_COLOR = '#c5ccd8';

/**
 * The two person marks, drawn the same on a card, in the key-person table, in the legend and in the
 * export: a flag for the coach (our guide inside the client) and a star for a champion (attitude).
 * Paths are on a 16 × 16 grid, drawn white on a disc of the mark's colour.
 */
export const MARKS = {
  coach: { color: '#a86408', path: 'M3 15V2h8l-1.5 3L11 8H4.5v7z' },
  champion: { color: '#1d7f4e', path: 'M8 1.2l2 4.3 4.7.5-3.5 3.2 1 4.6L8 11.5l-4.2 2.3 1-4.6L1.3 6l4.7-.5z' },
} as const;
export type Mark = keyof typeof MARKS;

/** The marks a person carries, in drawing order. */
export const marksOf = (person: { roles: readonly BuyingRole[]; attitude: Attitude }): Mark[] => [
  ...(person.roles.includes('coach') ? (['coach'] as const) : []),
  ...(person.attitude === 'champion' ? (['champion'] as const) : []),
];

/** Buying-role chips: the deciding roles stand out, the coach in its mark's colour. */
export const ROLE_CHIP: Record<BuyingRole, { fill: string; text: string }> = {
  decision_maker: { fill: '#24479f', text: '#ffffff' },
  economic_buyer: { fill: '#fff1d6', text: '#7a4d00' },
  technical_evaluator: { fill: '#e6ecfa', text: '#24479f' },
  user: { fill: '#e6ecfa', text: '#24479f' },
  coach: { fill: MARKS.coach.color, text: '#ffffff' },
  influencer: { fill: '#e6ecfa', text: '#24479f' },
  gatekeeper: { fill: '#e6ecfa', text: '#24479f' },
  approver: { fill: '#fde7d9', text: '#8a3508' },
};

/** Whether the relationship has reached its target (or there is none to reach). */
export const onTarget = (level: RelationshipLevel, target: RelationshipLevel | null): boolean =>
  target !== null && RELATIONSHIP_PIPS[level] >= RELATIONSHIP_PIPS[target];

/** Label colours for departments: dark enough for text, distinct from the attitude colours' meaning. */
const DEPT_PALETTE = ['#3056b8', '#8a4b0f', '#0f766e', '#6d28d9', '#9d174d', '#0e7490', '#4d7c0f', '#b45309', '#475569', '#7e22ce'];

/** The account's departments, sorted, each with its colour (by position, so colours never collide below ten). */
export function departmentColors(people: readonly { department: string }[], locale?: string): Map<string, string> {
  const names = [...new Set(people.map((p) => p.department.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b, locale));
  return new Map(names.map((name, i) => [name, DEPT_PALETTE[i % DEPT_PALETTE.length]!]));
}
