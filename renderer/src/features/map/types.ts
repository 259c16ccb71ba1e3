import type { Edge, Node } from '@xyflow/react';
import type { Link, MapPerson } from '../../../../shared/contract/index.js';
import type { PeopleFilter } from '../../../../shared/domain/peopleFilter.js';
import type { LinkRoute } from '../../../../shared/layout/linkLine.js';
import type { StackSide } from '../../../../shared/layout/reportLines.js';

export { MAP_VIEWS, type MapView } from '../../../../shared/domain/mapViews.js';

/** The map filters by role, attitude and department; it finds people with its search box instead. */
export type MapFilters = Omit<PeopleFilter, 'search'>;
export const NO_FILTERS: MapFilters = { role: '', attitude: '', department: '' };

export interface XY {
  x: number;
  y: number;
}

/** What a person card shows. Flat, so a shallow compare tells whether the card must redraw. */
export interface CardData extends Record<string, unknown> {
  person: MapPerson;
  dimmed: boolean;
  /** Coverage view: the card takes its owner's colour. */
  coverage: boolean;
  /** Pain-chain view: the card shows the person's pains. */
  painView: boolean;
  ownerName: string | null;
  ownerInitials: string | null;
  ownerColor: string | null;
  deptColor: string | null;
  /** Direct reports (whether shown or not). */
  reports: number;
  collapsed: boolean;
  /** People hidden under this card while it is collapsed. */
  hiddenCount: number;
  /** The latest activity naming them (a calendar date), null when never contacted. */
  lastContact: string | null;
}

/** A collapsed department, drawn as one chip in place of its people. */
export interface DeptData extends Record<string, unknown> {
  department: string;
  count: number;
  color: string;
}

export type PersonNode = Node<CardData, 'person'>;
export type DeptNode = Node<DeptData, 'department'>;
export type MapNode = PersonNode | DeptNode;

export interface ReportsEdgeData extends Record<string, unknown> {
  dimmed: boolean;
  /** The report stands in a column (compact org chart): the line comes in from this side of the card. */
  side: StackSide | null;
}
export interface LinkEdgeData extends Record<string, unknown> {
  link: Link;
  dimmed: boolean;
  emphasis: boolean;
  /** Sideways shift (flow units) so several lines between the same two people stay apart. */
  offset: number;
  /** Its bend around the cards in the way and where its step and label sit. */
  route: LinkRoute;
}
export type ReportsEdge = Edge<ReportsEdgeData, 'reports'>;
export type LinkEdge = Edge<LinkEdgeData, 'link'>;
export type MapEdge = ReportsEdge | LinkEdge;

export const isPersonNode = (node: MapNode): node is PersonNode => node.type === 'person';
export const deptNodeId = (department: string) => `dept:${department}`;
export const reportsEdgeId = (personId: string) => `reports:${personId}`;
