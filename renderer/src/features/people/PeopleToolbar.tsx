import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTITUDES, BUYING_ROLES } from '../../../../shared/domain/people.js';
import { attitudeLabel, roleLabel } from '../../../../shared/i18n/vocabLabels.js';
import { Options } from '../../components/Options.js';
import type { PeopleFilters } from './usePeopleView.js';

interface PeopleToolbarProps {
  filters: PeopleFilters;
  departments: string[];
  shown: number;
  total: number;
  filtered: boolean;
  selectedCount: number;
  set: (changes: Record<string, string>) => void;
  clear: () => void;
  onAdd: () => void;
  onDeleteSelected: () => void;
  /** More actions shown before 'Add person' (for example the CSV import). */
  extraActions?: ReactNode;
}

export function PeopleToolbar({ filters, departments, shown, total, filtered, selectedCount, set, clear, onAdd, onDeleteSelected, extraActions }: PeopleToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="people-toolbar">
      {total > 0 && (
        <div className="toolbar" role="search">
          <input
            type="search"
            className="search"
            aria-label={t('table.searchLabel')}
            placeholder={t('table.searchPlaceholder')}
            value={filters.search}
            onChange={(e) => set({ q: e.target.value })}
            maxLength={200}
          />
          <label className="inline-field">
            <span>{t('table.role')}</span>
            <select value={filters.role} onChange={(e) => set({ role: e.target.value })}>
              <option value="">{t('table.allRoles')}</option>
              <Options values={BUYING_ROLES} label={(role) => roleLabel(t, role)} />
            </select>
          </label>
          <label className="inline-field">
            <span>{t('table.attitude')}</span>
            <select value={filters.attitude} onChange={(e) => set({ attitude: e.target.value })}>
              <option value="">{t('table.allAttitudes')}</option>
              <Options values={ATTITUDES} label={(attitude) => attitudeLabel(t, attitude)} />
            </select>
          </label>
          <label className="inline-field">
            <span>{t('table.department')}</span>
            <select value={filters.department} onChange={(e) => set({ dept: e.target.value })}>
              <option value="">{t('table.allDepartments')}</option>
              <Options values={departments} />
            </select>
          </label>
          {filtered && (
            <button type="button" className="btn btn-small" onClick={clear}>
              {t('table.clearFilters')}
            </button>
          )}
        </div>
      )}
      <div className="people-actions">
        <p className="muted" role="status">
          {t('table.shown', { shown, total })}
        </p>
        <div className="page-actions">
          {selectedCount > 0 && (
            <button type="button" className="btn btn-danger-quiet" onClick={onDeleteSelected}>
              {t('table.deleteSelected', { count: selectedCount })}
            </button>
          )}
          {extraActions}
          <button type="button" className="btn btn-primary" onClick={onAdd}>
            {t('table.add')}
          </button>
        </div>
      </div>
    </div>
  );
}
