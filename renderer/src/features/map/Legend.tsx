import { useTranslation } from 'react-i18next';
import { ATTITUDE_COLORS, LINK_STYLES, REPORTS_TO_STYLE, UNOWNED_COLOR, ownerColor } from '../../../../shared/domain/mapStyle.js';
import { ATTITUDES, INFLUENCES, LINK_KINDS } from '../../../../shared/domain/people.js';
import { attitudeLabel, influenceLabel, linkKindLabel, roleLabel } from '../../../../shared/i18n/vocabLabels.js';
import { InfluenceBars, MarkIcon, Pips, RoleChip } from '../../components/marks.js';
import { LineSample } from './LinkPanel.js';
import { useMap } from './mapStore.js';
import { useOwnerCounts } from './useOwnerCounts.js';

/** What every colour, line and mark on the map means (the coverage view lists our team instead of attitudes). */
export function Legend({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const coverage = useMap((s) => s.view === 'coverage');
  const team = useMap((s) => s.map?.team);
  const ownerCounts = useOwnerCounts();

  return (
    <section className="map-legend" aria-labelledby="map-legend-title">
      <header className="map-legend-header">
        <h2 id="map-legend-title">{t('map.legend.title')}</h2>
        <button type="button" className="btn-icon" aria-label={t('map.legend.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {coverage ? (
        <>
          <h3>{t('map.legend.owner')}</h3>
          <ul>
            {(team ?? []).map((m, i) => (
              <li key={m.id}>
                <span className="swatch" style={{ borderColor: ownerColor(i), borderWidth: 3 }} />
                {m.name}
                <span className="muted"> · {ownerCounts.get(m.id) ?? 0}</span>
              </li>
            ))}
            <li>
              <span className="swatch" style={{ borderColor: UNOWNED_COLOR, borderWidth: 3 }} />
              {t('map.legend.unowned')}
              <span className="muted"> · {ownerCounts.get('') ?? 0}</span>
            </li>
          </ul>
          {(team ?? []).length === 0 && <p className="muted small">{t('map.legend.noTeam')}</p>}
        </>
      ) : (
        <>
          <h3>{t('map.legend.attitude')}</h3>
          <ul>
            {ATTITUDES.map((a) => (
              <li key={a}>
                <span className="swatch" style={{ background: ATTITUDE_COLORS[a].fill, borderColor: ATTITUDE_COLORS[a].border }} />
                {attitudeLabel(t, a)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('map.legend.lines')}</h3>
      <ul>
        <li>
          <LineSample style={REPORTS_TO_STYLE} />
          {t('map.legend.reportsTo')}
        </li>
        {LINK_KINDS.map((kind) => (
          <li key={kind}>
            <LineSample style={LINK_STYLES[kind]} />
            {linkKindLabel(t, kind)}
          </li>
        ))}
        <li>
          <span className="step-sample" style={{ background: LINK_STYLES.decision_flow.stroke }}>
            2
          </span>
          {t('map.legend.step')}
        </li>
      </ul>
      <h3>{t('map.legend.markers')}</h3>
      <ul>
        <li>
          <Pips level="meeting" target="trusted" />
          {t('map.legend.relationship')}
        </li>
        <li>
          {INFLUENCES.map((i) => (
            <span key={i} title={influenceLabel(t, i)}>
              <InfluenceBars influence={i} />
            </span>
          ))}
          {t('map.legend.influence')}
        </li>
        <li>
          <span className="on-target" aria-hidden="true">
            ✓
          </span>
          {t('map.legend.onTarget')}
        </li>
        <li>
          <MarkIcon mark="coach" />
          {t('map.legend.coach')}
        </li>
        <li>
          <MarkIcon mark="champion" />
          {t('map.legend.champion')}
        </li>
        <li className="legend-roles">
          <span className="legend-chips" aria-hidden="true">
            {(['decision_maker', 'economic_buyer', 'approver', 'coach', 'user'] as const).map((role) => (
              <RoleChip key={role} role={role} label={roleLabel(t, role)} />
            ))}
          </span>
          {t('map.legend.roles')}
        </li>
        <li>
          <span className="owner-chip" style={{ background: ownerColor(0) }}>
            AB
          </span>
          {t('map.legend.ownerChip')}
        </li>
        <li>
          <span className="card-dept" style={{ color: '#3056b8', borderColor: '#3056b8' }}>
            IT
          </span>
          {t('map.legend.department')}
        </li>
      </ul>
    </section>
  );
}
