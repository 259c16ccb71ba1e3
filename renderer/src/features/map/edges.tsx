import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { CARD_HEIGHT as H, CARD_WIDTH as W, LINK_STYLES, REPORTS_TO_STYLE } from '../../../../shared/domain/mapStyle.js';
import { reportsToRoute, routePath } from '../../../../shared/layout/reportLines.js';
import { fitText, textWidth } from '../../../../shared/report/mapSvg.js';
import type { LinkEdge, ReportsEdge, XY } from './types.js';

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

/** Where the segment from the card centred at `from` toward `to` leaves the card (a small gap outside). */
function cardEdge(from: XY, to: XY): XY {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (dx === 0 && dy === 0) return from;
  const sx = dx === 0 ? Infinity : (W / 2 + 3) / Math.abs(dx);
  const sy = dy === 0 ? Infinity : (H / 2 + 3) / Math.abs(dy);
  const s = Math.min(sx, sy, 1);
  return { x: from.x + dx * s, y: from.y + dy * s };
}

/**
 * A link between two people, drawn straight between the cards' borders (not fixed handles), shifted
 * sideways when the same two people have several lines. Its handles are the cards' bottom (source)
 * and top (target) centres, from which the cards' centres follow.
 */
function LinkEdgeView({ sourceX, sourceY, targetX, targetY, data, markerEnd, selected }: EdgeProps<LinkEdge>) {
  if (!data) return null;
  const { link, dimmed, emphasis, offset } = data;
  const style = LINK_STYLES[link.kind];
  const s = { x: sourceX, y: sourceY - H / 2 };
  const t = { x: targetX, y: targetY + H / 2 };
  const length = Math.hypot(t.x - s.x, t.y - s.y) || 1;
  const shift = { x: (-(t.y - s.y) / length) * offset, y: ((t.x - s.x) / length) * offset };
  const from = cardEdge({ x: s.x + shift.x, y: s.y + shift.y }, { x: t.x + shift.x, y: t.y + shift.y });
  const to = cardEdge({ x: t.x + shift.x, y: t.y + shift.y }, { x: s.x + shift.x, y: s.y + shift.y });
  const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  const width = style.width * (emphasis ? 1.6 : 1) + (selected ? 1.5 : 0);
  const label = link.label.trim() ? fitText(link.label, 11, 180) : '';
  const labelWidth = textWidth(label, 11) + 14;
  const step = link.kind === 'decision_flow' && link.step !== null;
  const labelY = step ? mid.y + 22 : mid.y;

  return (
    <g className={`link-edge${dimmed ? ' is-dimmed' : ''}${selected ? ' is-selected' : ''}`}>
      <BaseEdge
        path={`M${from.x},${from.y} L${to.x},${to.y}`}
        markerEnd={markerEnd}
        interactionWidth={16}
        style={{ stroke: style.stroke, strokeWidth: width, strokeDasharray: style.dash || undefined }}
      />
      {step && (
        <g className="edge-step" aria-hidden="true">
          <circle cx={mid.x} cy={mid.y} r={11} fill={style.stroke} stroke="#ffffff" strokeWidth={1.5} />
          <text x={mid.x} y={mid.y + 4} textAnchor="middle" fontSize={12} fontWeight={700} fill="#ffffff">
            {link.step}
          </text>
        </g>
      )}
      {label && (
        <g className="edge-label" aria-hidden="true">
          <rect x={mid.x - labelWidth / 2} y={labelY - 10} width={labelWidth} height={20} rx={10} fill="#ffffff" stroke={style.stroke} />
          <text x={mid.x} y={labelY + 4} textAnchor="middle" fontSize={11} fill={style.stroke}>
            {label}
          </text>
        </g>
      )}
    </g>
  );
}

export const ReportsEdgeComponent = memo(ReportsEdgeView);
export const LinkEdgeComponent = memo(LinkEdgeView);
