import { useTranslation } from 'react-i18next';
import { UNOWNED_COLOR, ownerColor } from '../../../../shared/domain/mapStyle.js';
import { viewKind } from './graph.js';
import { useMap } from './mapStore.js';
import { useOwnerCounts } from './useOwnerCounts.js';

/** Our team with how many of the client's people each one owns: the coverage view's key. */
function CoverageKey() {
  const { t } = useTranslation();
  const team = useMap((s) => s.map?.team);
  const counts = useOwnerCounts();
  return (
    <ul className="coverage-key" aria-label={t('map.legend.owner')}>
      {(team ?? []).map((m, i) => (
        <li key={m.id}>
          <span className="swatch" style={{ borderColor: ownerColor(i), borderWidth: 3 }} />
          {m.name} <span className="muted">{counts.get(m.id) ?? 0}</span>
        </li>
      ))}
      <li>
        <span className="swatch" style={{ borderColor: UNOWNED_COLOR, borderWidth: 3 }} />
        {t('map.legend.unowned')} <span className="muted">{counts.get('') ?? 0}</span>
      </li>
    </ul>
  );
}

/** A line over the canvas saying what the current view shows (or how to start it when it is empty). */
export function ViewHint() {
  const { t } = useTranslation();
  const view = useMap((s) => s.view);
  const hasLinks = useMap((s) => {
    const kind = viewKind(s.view);
    return kind === null || !!s.map?.links.some((l) => l.kind === kind);
  });
  const empty = useMap((s) => (s.map?.people.length ?? 0) === 0);
  if (view === 'org' || empty) return null;
  const text = !hasLinks ? t(view === 'decision' ? 'map.viewHints.noDecision' : 'map.viewHints.noPain') : t(`map.viewHints.${view}`);
  return (
    <div className="map-hint" role="status">
      <p>{text}</p>
      {view === 'coverage' && <CoverageKey />}
    </div>
  );
}
