import type { Edge, Node } from '@xyflow/react';
import type { Link, MapPerson } from '../../../../shared/contract/index.js';
import type { PeopleFilter } from '../../../../shared/domain/peopleFilter.js';
import type { StackSide } from '../../../../shared/layout/reportLines.js';

export const MAP_VIEWS = ['org', 'decision', 'pain', 'coverage'] as const;
export type MapView = (typeof MAP_VIEWS)[number];

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
  ownerName: string | null;
  ownerInitials: string | null;
  ownerColor: string | null;
  deptColor: string | null;
  /** Direct reports (whether shown or not). */
  reports: number;
  collapsed: boolean;
  /** People hidden under this card while it is collapsed. */
  hiddenCount: number;
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
}
export type ReportsEdge = Edge<ReportsEdgeData, 'reports'>;
export type LinkEdge = Edge<LinkEdgeData, 'link'>;
export type MapEdge = ReportsEdge | LinkEdge;

export const isPersonNode = (node: MapNode): node is PersonNode => node.type === 'person';
export const deptNodeId = (department: string) => `dept:${department}`;
export const reportsEdgeId = (personId: string) => `reports:${personId}`;
