import { useTranslation } from 'react-i18next';
import { formatAmount } from '../../../../shared/domain/amount.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { calendarDay } from './format.js';
import type { SectionProps } from './sectionProps.js';

/** The opportunity's fields as read: facts, then its value proposition, reference cases and notes. */
export function DetailsSection({ detail }: SectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const o = detail.opportunity;
  const facts: [string, string][] = [
    [t('opportunities.fields.amount'), o.amount === null ? t('common.none') : formatAmount(o.amount, o.currency, language)],
    [t('opportunities.fields.closeDate'), o.closeDate ? calendarDay(o.closeDate, language) : t('common.none')],
    [t('opportunities.fields.stage'), t(`opportunities.stages.${o.stage}`)],
    [t('opportunities.fields.status'), t(`opportunities.statuses.${o.status}`)],
  ];
  if (o.status !== 'open') facts.push([t('opportunities.fields.statusReason', { status: t(`opportunities.statuses.${o.status}`) }), o.statusReason]);
  const texts: [string, string][] = [
    [t('opportunities.fields.valueProposition'), o.valueProposition],
    [t('opportunities.fields.referenceCases'), o.referenceCases],
    [t('opportunities.fields.notes'), o.notes],
  ];
  return (
    <section className="profile" aria-label={t('opportunities.page.details')}>
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label} className="fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="notes">
        {texts.map(([label, value]) => (
          <section key={label} className="note-block">
            <h3 className="block-title">{label}</h3>
            <p className="prewrap">{value || t('common.none')}</p>
          </section>
        ))}
      </div>
    </section>
  );
}
