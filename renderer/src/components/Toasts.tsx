import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { pageOf, useToasts } from './toastStore.js';

const onMap = (pathname: string) => /^\/accounts\/[^/]+\/map/.test(pathname);

/**
 * Notices at the bottom centre of the content, above everything but never over the map's canvas: on
 * the map they sit in its status line, one at a time. They go when the user leaves their page.
 */
export function Toasts() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const all = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  useEffect(() => useToasts.getState().enter(pageOf(pathname)), [pathname]);
  const map = onMap(pathname);
  const toasts = map ? all.slice(-1) : all;
  return (
    <div className={`toasts${map ? ' toasts-map' : ''}`} role="status" aria-live="polite">
      {toasts.map((item) => (
        <div key={item.id} className={`toast toast-${item.tone}`}>
          <span title={map ? item.text : undefined}>{item.text}</span>
          {item.action && (
            <button
              type="button"
              className="btn btn-link"
              onClick={() => {
                item.action?.run();
                dismiss(item.id);
              }}
            >
              {item.action.label}
            </button>
          )}
          <button type="button" className="btn-icon" aria-label={t('common.close')} onClick={() => dismiss(item.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
