import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ATTITUDE_COLORS, RELATIONSHIP_PIPS, UNOWNED_COLOR, marksOf, onTarget } from '../../../../shared/domain/mapStyle.js';
import { attitudeLabel, influenceLabel, relationshipLabel, roleLabel, styleLabel } from '../../../../shared/i18n/vocabLabels.js';
import { InfluenceBars, MarkIcon, Pips, RoleChip } from '../../components/marks.js';
import { useCachedT } from '../../i18n/cachedT.js';
import { useMapStore } from './mapStore.js';
import type { PersonNode } from './types.js';

/**
 * One key person on the canvas. Fixed size (CARD_WIDTH × CARD_HEIGHT); redraws only when its data
 * changes. Name, marks and style; title; department and buying roles (wrapping onto a second line);
 * relationship now → target, influence and owner. Everything in full words; the pain-chain view
 * shows the person's pains in place of title and roles.
 */
function PersonCardView({ id, data, selected }: NodeProps<PersonNode>) {
  const t = useCachedT();
  const store = useMapStore();
  const { person: p, dimmed, coverage, painView, ownerName, ownerInitials, ownerColor, deptColor, reports, collapsed, hiddenCount, lastContact } = data;
  const colors = ATTITUDE_COLORS[p.attitude];
  const style = coverage
    ? { background: '#ffffff', borderColor: ownerColor ?? UNOWNED_COLOR, borderWidth: 3 }
    : { background: colors.fill, borderColor: colors.border };
  const relationship = relationshipLabel(t, p.relationship);
  const ahead = p.targetRelationship !== null && RELATIONSHIP_PIPS[p.targetRelationship] > RELATIONSHIP_PIPS[p.relationship];
  const reached = onTarget(p.relationship, p.targetRelationship);
  const level = ahead ? `${relationship} → ${relationshipLabel(t, p.targetRelationship!)}` : relationship;
  const relationshipTitle = [
    t('map.card.relationship', { level: relationship }),
    p.targetRelationship ? t('map.card.target', { level: relationshipLabel(t, p.targetRelationship) }) : '',
    reached ? t('map.card.onTarget') : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const pains = p.pains.trim();

  return (
    <div className={`person-card${dimmed ? ' is-dimmed' : ''}${selected ? ' is-selected' : ''}${painView ? ' is-pain' : ''}`} style={style}>
      {/* Shown zoomed out (the names level), where the department chip is too small to read. */}
      <span className="card-stripe" style={{ background: deptColor ?? 'transparent' }} aria-hidden="true" />
      <Handle type="target" id="top" position={Position.Top} className="handle-hidden" isConnectable={false} />
      <Handle type="target" id="drop" position={Position.Top} className="handle-drop" />
      <div className="card-row card-head">
        <span className="card-name" title={p.name}>
          {p.name}
        </span>
        {marksOf(p).map((mark) => (
          <MarkIcon key={mark} mark={mark} label={t(`map.card.${mark}`)} />
        ))}
        {p.style && (
          <span className="card-style" title={t('map.card.style', { style: styleLabel(t, p.style) })}>
            {styleLabel(t, p.style)}
          </span>
        )}
        {coverage && <span className="card-attitude" style={{ background: colors.border }} title={attitudeLabel(t, p.attitude)} />}
      </div>
      {painView ? (
        <p className={`card-pains${pains ? '' : ' muted'}`} title={pains || undefined}>
          {pains || t('map.card.noPains')}
        </p>
      ) : (
        <>
          <div className="card-row card-sub">
            <span className="card-title" title={p.title || undefined}>
              {p.title}
            </span>
            {lastContact && (
              <span className="card-contact" title={t('activities.lastContact', { date: lastContact })}>
                {t('activities.lastContactShort', { date: lastContact.slice(5) })}
              </span>
            )}
          </div>
          {(p.department || p.roles.length > 0) && (
            <div className="card-roles">
              {p.department && (
                <span className="card-dept" style={{ color: deptColor ?? undefined, borderColor: deptColor ?? undefined }} title={p.department}>
                  {p.department}
                </span>
              )}
              {p.roles.map((role) => (
                <RoleChip key={role} role={role} label={roleLabel(t, role)} />
              ))}
            </div>
          )}
        </>
      )}
      <div className="card-row card-foot">
        <span className="card-relationship" title={relationshipTitle}>
          <Pips level={p.relationship} target={p.targetRelationship} />
          <span className="card-level">
            {level}
            {reached && (
              <span className="on-target" role="img" aria-label={t('map.card.onTarget')}>
                ✓
              </span>
            )}
          </span>
        </span>
        <span className="card-influence" title={t('map.card.influence', { level: influenceLabel(t, p.influence) })}>
          <InfluenceBars influence={p.influence} />
        </span>
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
