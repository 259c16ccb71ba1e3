import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PanelFrameProps {
  title: string;
  /** The panel's accessible name; its title unless given. */
  label?: string;
  onClose: () => void;
  children: ReactNode;
}

/** The frame of a panel beside the canvas: its title, a close button, then its content. */
export function PanelFrame({ title, label = title, onClose, children }: PanelFrameProps) {
  const { t } = useTranslation();
  return (
    <aside className="map-panel" aria-label={label}>
      <header className="map-panel-header">
        <h2 className="map-panel-title">{title}</h2>
        <button type="button" className="btn-icon" aria-label={t('map.panel.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {children}
    </aside>
  );
}

/** What went wrong in a panel's form, read out as it appears. */
export function PanelAlert({ text }: { text: string | null }) {
  return text ? (
    <p className="form-alert panel-alert" role="alert">
      {text}
    </p>
  ) : null;
}
