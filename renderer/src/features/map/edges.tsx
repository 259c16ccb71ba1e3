import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { CARD_HEIGHT as H, CARD_WIDTH as W, LINK_STYLES, REPORTS_TO_STYLE } from '../../../../shared/domain/mapStyle.js';
import { LABEL_HEIGHT, LINK_LABEL_SIZE, STEP_RADIUS, curvePath, labelWidth, linkCurve, linkLabel, pointOn } from '../../../../shared/layout/linkLine.js';
import { reportsToRoute, routePath } from '../../../../shared/layout/reportLines.js';
import { clipCurve, useLineWindow } from './lineWindow.js';
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
 * A link between two people: a curve between the cards' borders (see shared/layout/linkLine.ts),
 * bent around the cards in its way, shifted sideways when the same two people have several lines.
 * Its handles are the cards' bottom (source) and top (target) centres, from which the cards' centres follow.
 */
function LinkEdgeView({ sourceX, sourceY, targetX, targetY, data, markerEnd, selected }: EdgeProps<LinkEdge>) {
  const view = useLineWindow();
  if (!data) return null;
  const { link, dimmed, emphasis, offset, route } = data;
  const style = LINK_STYLES[link.kind];
  const curve = linkCurve({ x: sourceX, y: sourceY - H / 2 }, { x: targetX, y: targetY + H / 2 }, offset, route.bend);
  const drawn = clipCurve(curve, view);
  if (!drawn) return null;
  const width = style.width * (emphasis ? 1.6 : 1) + (selected ? 1.5 : 0);
  const label = linkLabel(link.label);
  const cut = label !== link.label.trim().replace(/\s+/g, ' ');
  const step = link.kind === 'decision_flow' ? link.step : null;
  const stepAt = step !== null && route.step ? pointOn(curve, route.step.t, route.step.shift) : null;
  const labelAt = label && route.label ? pointOn(curve, route.label.t, route.label.shift) : null;
  const boxWidth = labelWidth(label);

  return (
    <g className={`link-edge link-${link.kind}${dimmed ? ' is-dimmed' : ''}${selected ? ' is-selected' : ''}`}>
      {/* A label the route found no room for on the line (it is in the panel too). */}
      {label && !labelAt && <title>{link.label}</title>}
      <BaseEdge
        path={curvePath(drawn)}
        markerEnd={markerEnd}
        interactionWidth={16}
        style={{ stroke: style.stroke, strokeWidth: width, strokeDasharray: style.dash || undefined }}
      />
      {stepAt && (
        <g className="edge-step" aria-hidden="true">
          <circle cx={stepAt.x} cy={stepAt.y} r={STEP_RADIUS} fill={style.stroke} stroke="#ffffff" strokeWidth={1.5} />
          <text x={stepAt.x} y={stepAt.y + 4} textAnchor="middle" fontSize={12} fontWeight={700} fill="#ffffff">
            {step}
          </text>
        </g>
      )}
      {labelAt && (
        <g className="edge-label">
          {cut && <title>{link.label}</title>}
          <rect x={labelAt.x - boxWidth / 2} y={labelAt.y - LABEL_HEIGHT / 2} width={boxWidth} height={LABEL_HEIGHT} rx={10} fill="#ffffff" stroke={style.stroke} />
          <text x={labelAt.x} y={labelAt.y + 4} textAnchor="middle" fontSize={LINK_LABEL_SIZE} fill={style.stroke} aria-hidden="true">
            {label}
          </text>
        </g>
      )}
    </g>
  );
}

export const ReportsEdgeComponent = memo(ReportsEdgeView);
export const LinkEdgeComponent = memo(LinkEdgeView);
