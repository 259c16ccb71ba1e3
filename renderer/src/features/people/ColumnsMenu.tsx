import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnPrefsApi } from './columnPrefs.js';

/** Which columns the table shows and their order (name first, always): a disclosure beside the table's actions. */
export function ColumnsMenu({ columns }: { columns: ColumnPrefsApi }) {
  const { t } = useTranslation();
  const details = useRef<HTMLDetailsElement>(null);
  const { prefs, toggle, move, reset } = columns;
  const hiddenCount = prefs.hidden.length;
  return (
    <details
      ref={details}
      className="columns-menu"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !details.current?.open) return;
        details.current.open = false;
        details.current.querySelector('summary')?.focus();
      }}
    >
      <summary className="btn">
        {t('table.columnsMenu.button')}
        {hiddenCount > 0 && <span className="muted"> ({t('table.columnsMenu.hidden', { count: hiddenCount })})</span>}
      </summary>
      <div className="columns-menu-body" role="group" aria-label={t('table.columnsMenu.label')}>
        <p className="muted small">{t('table.columnsMenu.hint')}</p>
        <ol className="columns-list">
          {prefs.order.map((column, index) => {
            const label = t(`table.columns.${column}`);
            return (
              <li key={column}>
                <label className="check">
                  <input type="checkbox" checked={!prefs.hidden.includes(column)} onChange={() => toggle(column)} />
                  {label}
                </label>
                <button type="button" className="btn-icon" disabled={index === 0} aria-label={t('table.columnsMenu.left', { column: label })} title={t('table.columnsMenu.left', { column: label })} onClick={() => move(column, -1)}>
                  ↑
                </button>
                <button
                  type="button"
                  className="btn-icon"
                  disabled={index === prefs.order.length - 1}
                  aria-label={t('table.columnsMenu.right', { column: label })}
                  title={t('table.columnsMenu.right', { column: label })}
                  onClick={() => move(column, 1)}
                >
                  ↓
                </button>
              </li>
            );
          })}
        </ol>
        <button type="button" className="btn btn-small" onClick={reset}>
          {t('table.columnsMenu.reset')}
        </button>
      </div>
    </details>
  );
}
