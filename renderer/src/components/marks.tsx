import { MARKS, RELATIONSHIP_PIPS, ROLE_CHIP, type Mark } from '../../../shared/domain/mapStyle.js';
import type { BuyingRole, Influence, RelationshipLevel } from '../../../shared/domain/people.js';
import './marks.css';

/**
 * The marks a person is drawn with, one component each, for the map's cards, its legend and the
 * key-person table alike (colours and shapes from shared/domain/mapStyle.ts, as the export's).
 */

const INFLUENCE_BARS: Record<Influence, number> = { high: 3, medium: 2, low: 1 };

/** Filled pips up to the level; the target, when still ahead, as a dashed ring. */
export function Pips({ level, target }: { level: RelationshipLevel; target: RelationshipLevel | null }) {
  const filled = RELATIONSHIP_PIPS[level];
  const goal = target ? RELATIONSHIP_PIPS[target] : 0;
  return (
    <span className="pips" aria-hidden="true">
      {[0, 1, 2, 3].map((i) => (
        <span key={i} className={`pip${i < filled ? ' pip-on' : ''}${i === goal - 1 && goal > filled ? ' pip-target' : ''}`} />
      ))}
    </span>
  );
}

export function InfluenceBars({ influence }: { influence: Influence }) {
  const on = INFLUENCE_BARS[influence];
  return (
    <span className="influence-bars" aria-hidden="true">
      {[0, 1, 2].map((i) => (
        <span key={i} className={i < on ? 'on' : ''} style={{ height: 5 + i * 3 }} />
      ))}
    </span>
  );
}

/** A coach's flag or a champion's star on its coloured disc; `label` names it (omit it beside a visible word). */
export function MarkIcon({ mark, label }: { mark: Mark; label?: string }) {
  const { color, path } = MARKS[mark];
  return (
    <span
      className={`mark mark-${mark}`}
      style={{ background: color }}
      {...(label ? { role: 'img', 'aria-label': label, title: label } : { 'aria-hidden': true })}
    >
      <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
        <path d={path} fill="#ffffff" />
      </svg>
    </span>
  );
}

export function RoleChip({ role, label }: { role: BuyingRole; label: string }) {
  const { fill, text } = ROLE_CHIP[role];
  return (
    <span className={`role-chip role-${role}`} style={{ background: fill, color: text }}>
      {label}
    </span>
  );
}
