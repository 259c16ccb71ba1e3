import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/contract/index.js';
import { formatDate, formatFullMoney } from './format.js';

export function AccountProfile({ account: a }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const none = <span className="muted">{t('common.notSet')}</span>;
  const rows: [string, ReactNode][] = [
    [t('fields.industry'), a.industry || none],
    [t('fields.region'), a.region || none],
    [t('fields.tier'), t(`tier.${a.tier}`)],
    [t('fields.relationshipPhase'), t(`relationshipPhase.${a.relationshipPhase}`)],
    [t('fields.purchasingMode'), a.purchasingMode ? t(`purchasingMode.${a.purchasingMode}`) : none],
    [t('fields.purchasePattern'), a.purchasePattern ? t(`purchasePattern.${a.purchasePattern}`) : none],
    [t('fields.annualPotential'), formatFullMoney(a.annualPotential, a.currency, i18n.language) ?? none],
  ];
  const notes: [string, string][] = [
    [t('fields.strategicFit'), a.strategicFit],
    [t('fields.clientPlan'), a.clientPlan],
    [t('fields.procurementProcess'), a.procurementProcess],
    [t('fields.notes'), a.notes],
  ];
  return (
    <div className="profile">
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label} className="fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="notes">
        {notes.map(([label, text]) => (
          <section key={label} className="note-block">
            <h2>{label}</h2>
            {text ? <p className="prewrap">{text}</p> : <p className="muted">{t('common.notSet')}</p>}
          </section>
        ))}
      </div>
      <p className="muted small">{t('accounts.updated', { date: formatDate(a.updatedAt, i18n.language) })}</p>
    </div>
  );
}
