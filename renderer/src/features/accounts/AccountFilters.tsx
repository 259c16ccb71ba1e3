import { useTranslation } from 'react-i18next';
import { ACCOUNT_SORTS, ACCOUNT_STATUSES, RELATIONSHIP_PHASES, TIERS } from '../../../../shared/domain/accounts.js';
import { Options } from '../../components/Options.js';
import type { useAccountFilters } from './useAccountFilters.js';

type Filters = ReturnType<typeof useAccountFilters>;

export function AccountFilters({ filters, tier, phase, set }: Filters) {
  const { t } = useTranslation();
  return (
    <div className="toolbar" role="search">
      <input
        type="search"
        className="search"
        aria-label={t('accounts.searchLabel')}
        placeholder={t('accounts.searchPlaceholder')}
        value={filters.search ?? ''}
        onChange={(e) => set('q', e.target.value)}
        maxLength={200}
      />
      <label className="inline-field">
        <span>{t('accounts.filterTier')}</span>
        <select aria-label={t('accounts.filterTier')} value={tier} onChange={(e) => set('tier', e.target.value)}>
          <option value="">{t('accounts.allTiers')}</option>
          <Options values={TIERS} label={(value) => t(`tier.${value}`)} />
        </select>
      </label>
      <label className="inline-field">
        <span>{t('accounts.filterPhase')}</span>
        <select aria-label={t('accounts.filterPhase')} value={phase} onChange={(e) => set('phase', e.target.value)}>
          <option value="">{t('accounts.allPhases')}</option>
          <Options values={RELATIONSHIP_PHASES} label={(value) => t(`relationshipPhase.${value}`)} />
        </select>
      </label>
      <label className="inline-field">
        <span>{t('accounts.filterStatus')}</span>
        <select aria-label={t('accounts.filterStatus')} value={filters.status} onChange={(e) => set('status', e.target.value === 'active' ? '' : e.target.value)}>
          <Options values={ACCOUNT_STATUSES} label={(value) => t(`accounts.status.${value}`)} />
        </select>
      </label>
      <label className="inline-field">
        <span>{t('accounts.sortBy')}</span>
        <select aria-label={t('accounts.sortBy')} value={filters.sort} onChange={(e) => set('sort', e.target.value === 'name' ? '' : e.target.value)}>
          <Options values={ACCOUNT_SORTS} label={(value) => t(`accounts.sort.${value}`)} />
        </select>
      </label>
      <label className="inline-field">
        <span>{t('accounts.direction')}</span>
        <select aria-label={t('accounts.direction')} value={filters.direction} onChange={(e) => set('dir', e.target.value === 'asc' ? '' : e.target.value)}>
          <option value="asc">{t('accounts.asc')}</option>
          <option value="desc">{t('accounts.desc')}</option>
        </select>
      </label>
    </div>
  );
}
