import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { CARD_HEIGHT as H, CARD_WIDTH as W, LINK_STYLES, REPORTS_TO_STYLE } from '../../../../shared/domain/mapStyle.js';
import { LINK_LABEL_SIZE, linkEnds, linkMarks } from '../../../../shared/layout/linkLine.js';
import { reportsToRoute, routePath } from '../../../../shared/layout/reportLines.js';
import { textWidth } from '../../../../shared/layout/textFit.js';
import { clipSegment, useLineWindow } from './lineWindow.js';
import type { LinkEdge, ReportsEdge } from './types.js';

/**
 * The solid reporting line: down from the manager, across, down into the report; or, for a report
 * stacked in a column, down a spine beside it and into its side (as in the export). Its handles are
 * the manager's bottom centre and the report's top centre, from which both cards follow.
 */
function ReportsEdgeView({ sourceX, sourceY, targetX, targetY, data, selected }: EdgeProps<ReportsEdge>) {
  const manager = { x: sourceX - W / 2, y: sourceY - H, width: W, height: H };
  const report = { x: targetX - W / 2, y: targetY, width: W, height: H };
  const path = routePath(reportsToRoute(manager, report, data?.side ?? null));
  return (
    <BaseEdge
      path={path}
      className={`reports-edge${data?.dimmed ? ' is-dimmed' : ''}`}
      interactionWidth={14}
      style={{ stroke: selected ? 'var(--accent)' : REPORTS_TO_STYLE.stroke, strokeWidth: selected ? 2.5 : REPORTS_TO_STYLE.width }}
    />
  );
}

/**
 * A link between two people, drawn straight between the cards' borders (not fixed handles), shifted
 * sideways when the same two people have several lines. Its handles are the cards' bottom (source)
 * and top (target) centres, from which the cards' centres follow.
 */
function LinkEdgeView({ sourceX, sourceY, targetX, targetY, data, markerEnd, selected }: EdgeProps<LinkEdge>) {
  const view = useLineWindow();
  if (!data) return null;
  const { link, dimmed, emphasis, offset } = data;
  const style = LINK_STYLES[link.kind];
  const { start: from, end: to } = linkEnds({ x: sourceX, y: sourceY - H / 2 }, { x: targetX, y: targetY + H / 2 }, offset);
  const { mid, step, label, labelAt } = linkMarks(link, from, to);
  const drawn = clipSegment(from, to, view);
  if (!drawn) return null;
  const width = style.width * (emphasis ? 1.6 : 1) + (selected ? 1.5 : 0);
  const labelWidth = textWidth(label, LINK_LABEL_SIZE) + 14;

  return (
    <g className={`link-edge${dimmed ? ' is-dimmed' : ''}${selected ? ' is-selected' : ''}`}>
      <BaseEdge
        path={`M${drawn.from.x},${drawn.from.y} L${drawn.to.x},${drawn.to.y}`}
        markerEnd={markerEnd}
        interactionWidth={16}
        style={{ stroke: style.stroke, strokeWidth: width, strokeDasharray: style.dash || undefined }}
      />
      {step !== null && (
        <g className="edge-step" aria-hidden="true">
          <circle cx={mid.x} cy={mid.y} r={11} fill={style.stroke} stroke="#ffffff" strokeWidth={1.5} />
          <text x={mid.x} y={mid.y + 4} textAnchor="middle" fontSize={12} fontWeight={700} fill="#ffffff">
            {step}
          </text>
        </g>
      )}
      {label && (
        <g className="edge-label" aria-hidden="true">
          <rect x={labelAt.x - labelWidth / 2} y={labelAt.y - 10} width={labelWidth} height={20} rx={10} fill="#ffffff" stroke={style.stroke} />
          <text x={labelAt.x} y={labelAt.y + 4} textAnchor="middle" fontSize={LINK_LABEL_SIZE} fill={style.stroke}>
            {label}
          </text>
        </g>
      )}
    </g>
  );
}

export const ReportsEdgeComponent = memo(ReportsEdgeView);
export const LinkEdgeComponent = memo(LinkEdgeView);
