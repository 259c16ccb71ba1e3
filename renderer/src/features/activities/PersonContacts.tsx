import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/freshness.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { calendarDay } from '../opportunities/format.js';

/** In the person panel: their last contact and the list of contacts with them, newest first. */
export function PersonContacts({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useApiQuery('activities.listForPerson', { personId });
  const rows = list.data ?? [];
  return (
    <section className="person-contacts" aria-labelledby={`contacts-${personId}`}>
      <h3 id={`contacts-${personId}`} className="block-title">
        {t('activities.contacts')}
      </h3>
      {list.data && (
        <p className="last-contact">{rows[0] ? t('activities.lastContact', { date: calendarDay(rows[0].date, language) }) : t('activities.noContacts')}</p>
      )}
      <ul className="contact-list">
        {rows.slice(0, 10).map((a) => (
          <li key={a.id}>
            <span className="muted small">
              {calendarDay(a.date, language)} · {t(`plan.activityKinds.${a.kind}`)}
            </span>
            {a.summary && <div className="contact-summary">{a.summary}</div>}
          </li>
        ))}
      </ul>
    </section>
  );
}
