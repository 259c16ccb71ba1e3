import { useTranslation } from 'react-i18next';
import { useLoadSample } from './useLoadSample.js';

/** An empty workspace (the first start): make the first account or look around the sample. */
export function WelcomeState({ onNew }: { onNew: () => void }) {
  const { t } = useTranslation();
  const sample = useLoadSample();
  return (
    <div className="empty-state">
      <h2>{t('accounts.emptyTitle')}</h2>
      <p>{t('accounts.emptyBody')}</p>
      <div className="empty-actions">
        <button type="button" className="btn btn-primary" onClick={onNew}>
          {t('accounts.new')}
        </button>
        <button type="button" className="btn" onClick={sample.load} disabled={sample.pending}>
          {t('accounts.loadSample')}
        </button>
      </div>
    </div>
  );
}
