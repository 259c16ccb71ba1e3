import { useTranslation } from 'react-i18next';
import { useLoadSample } from '../accounts/useLoadSample.js';

/** Shown over an empty canvas: what a map is for and the two ways to start. */
export function EmptyMap({ onAdd }: { onAdd: () => void }) {
  const { t } = useTranslation();
  const sample = useLoadSample('map');
  return (
    <div className="map-empty">
      <h2>{t('map.emptyTitle')}</h2>
      <p>{t('map.emptyBody')}</p>
      <div className="empty-actions">
        <button type="button" className="btn btn-primary" onClick={onAdd}>
          {t('map.addFirst')}
        </button>
        <button type="button" className="btn" disabled={sample.pending} onClick={sample.load}>
          {t('map.loadSample')}
        </button>
      </div>
    </div>
  );
}
