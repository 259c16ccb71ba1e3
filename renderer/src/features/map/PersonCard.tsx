import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTITUDE_COLORS, RELATIONSHIP_PIPS, UNOWNED_COLOR } from '../../../../shared/domain/mapStyle.js';
import type { Influence, RelationshipLevel } from '../../../../shared/domain/people.js';
import { attitudeLabel, influenceLabel, relationshipLabel, roleLabel, styleLabel } from '../../../../shared/i18n/vocabLabels.js';
import { useMapStore } from './mapStore.js';
import type { PersonNode } from './types.js';
import { levelShort, roleShort } from './vocab.js';

const INFLUENCE_BARS: Record<Influence, number> = { high: 3, medium: 2, low: 1 };

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
    <span className="influence" aria-hidden="true">
      {[0, 1, 2].map((i) => (
        <span key={i} className={i < on ? 'on' : ''} style={{ height: 5 + i * 3 }} />
      ))}
    </span>
  );
}

export const CoachIcon = () => (
  <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
    <path d="M3 15V2h8l-1.5 3L11 8H4.5v7z" fill="currentColor" />
  </svg>
);
export const ChampionIcon = () => (
  <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
    <path d="M8 1.2l2 4.3 4.7.5-3.5 3.2 1 4.6L8 11.5l-4.2 2.3 1-4.6L1.3 6l4.7-.5z" fill="currentColor" />
  </svg>
);

/**
 * One key person on the canvas. Fixed size (CARD_WIDTH × CARD_HEIGHT); redraws only when its data
 * changes. Four lines: name and markers; title; department and buying roles; relationship now →
 * target (short words, the full ones in the tooltip and for screen readers), influence, style, owner.
 */
function PersonCardView({ id, data, selected }: NodeProps<PersonNode>) {
  const { t } = useTranslation();
  const store = useMapStore();
  const { person: p, dimmed, coverage, ownerName, ownerInitials, ownerColor, deptColor, reports, collapsed, hiddenCount } = data;
  const colors = ATTITUDE_COLORS[p.attitude];
  const isCoach = p.roles.includes('coach');
  const isChampion = p.attitude === 'champion';
  const style = coverage
    ? { background: '#ffffff', borderColor: ownerColor ?? UNOWNED_COLOR, borderWidth: 3 }
    : { background: colors.fill, borderColor: colors.border };
  const relationship = relationshipLabel(t, p.relationship);
  // The target is worth a word only while it is still ahead (the tooltip names it in any case).
  const ahead = p.targetRelationship !== null && RELATIONSHIP_PIPS[p.targetRelationship] > RELATIONSHIP_PIPS[p.relationship];
  const target = ahead ? relationshipLabel(t, p.targetRelationship!) : null;
  const targetShort = ahead ? levelShort(t, p.targetRelationship!) : null;
  const relationshipTitle = [
    t('map.card.relationship', { level: relationship }),
    p.targetRelationship ? t('map.card.target', { level: relationshipLabel(t, p.targetRelationship) }) : '',
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <div className={`person-card${dimmed ? ' is-dimmed' : ''}${selected ? ' is-selected' : ''}`} style={style}>
      {/* Shown zoomed out (the names level), where the department chip is too small to read. */}
      <span className="card-stripe" style={{ background: deptColor ?? 'transparent' }} aria-hidden="true" />
      <Handle type="target" id="top" position={Position.Top} className="handle-hidden" isConnectable={false} />
      <Handle type="target" id="drop" position={Position.Top} className="handle-drop" />
      <div className="card-row card-head">
        <span className="card-name" title={p.name}>
          {p.name}
        </span>
        {isCoach && (
          <span className="card-marker marker-coach" title={t('map.card.coach')} aria-label={t('map.card.coach')} role="img">
            <CoachIcon />
          </span>
        )}
        {isChampion && (
          <span className="card-marker marker-champion" title={t('map.card.champion')} aria-label={t('map.card.champion')} role="img">
            <ChampionIcon />
          </span>
        )}
        {coverage && <span className="card-attitude" style={{ background: colors.border }} title={attitudeLabel(t, p.attitude)} />}
      </div>
      <div className="card-row card-sub">
        {p.title && (
          <span className="card-title" title={p.title}>
            {p.title}
          </span>
        )}
      </div>
      <div className="card-row card-roles">
        {p.department && (
          <span className="card-dept" style={{ color: deptColor ?? undefined, borderColor: deptColor ?? undefined }} title={p.department}>
            {p.department}
          </span>
        )}
        {p.roles.map((role) => (
          <span key={role} className={`role-chip role-${role}`} title={roleLabel(t, role)}>
            {roleShort(t, role)}
          </span>
        ))}
      </div>
      <div className="card-row card-foot">
        <span className="card-relationship" title={relationshipTitle}>
          <Pips level={p.relationship} target={p.targetRelationship} />
          <span className="card-level" aria-hidden="true">
            {targetShort ? `${levelShort(t, p.relationship)}→${targetShort}` : levelShort(t, p.relationship)}
          </span>
          <span className="visually-hidden">{target ? `${relationship} → ${target}` : relationship}</span>
        </span>
        <span className="card-influence" title={t('map.card.influence', { level: influenceLabel(t, p.influence) })}>
          <InfluenceBars influence={p.influence} />
        </span>
        {p.style && (
          <span className="card-style" title={t('map.card.style', { style: styleLabel(t, p.style) })}>
            {styleLabel(t, p.style)}
          </span>
        )}
        <span
          className={`owner-chip${ownerName ? '' : ' owner-none'}`}
          style={ownerColor ? { background: ownerColor } : undefined}
          title={ownerName ? t('map.card.owner', { name: ownerName }) : t('map.card.noOwner')}
          aria-label={ownerName ? t('map.card.owner', { name: ownerName }) : t('map.card.noOwner')}
          role="img"
        >
          {ownerInitials ?? '–'}
        </span>
      </div>
      {reports > 0 && (
        <button
          type="button"
          className={`collapse-toggle nodrag${collapsed ? ' is-collapsed' : ''}`}
          aria-label={collapsed ? t('map.card.expand', { name: p.name, count: hiddenCount }) : t('map.card.collapse', { name: p.name, count: reports })}
          aria-expanded={!collapsed}
          onClick={(event) => {
            event.stopPropagation();
            store.getState().toggleCollapsed(id);
          }}
        >
          {collapsed ? `+${hiddenCount}` : `− ${reports}`}
        </button>
      )}
      <Handle type="source" id="bottom" position={Position.Bottom} className="handle-hidden" isConnectable={false} />
      <Handle
        type="source"
        id="link"
        position={Position.Right}
        className="handle-link"
        title={t('map.card.linkHandle', { name: p.name })}
        aria-label={t('map.card.linkHandle', { name: p.name })}
      />
    </div>
  );
}

export const PersonCard = memo(PersonCardView);
