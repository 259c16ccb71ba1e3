import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/contract/index.js';
import type { Attitude, RelationshipLevel } from '../../../../shared/domain/people.js';
import { attitudeLabel, relationshipLabel } from '../../../../shared/i18n/vocabLabels.js';
import { useApiQuery } from '../../api/freshness.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { ChartImage } from '../opportunities/ChartImage.js';
import { dayOf, personValue } from './format.js';
import { alignedSteps } from './history.js';
import { personStepOption } from './personChart.js';
import './relationship.css';

/** In the person panel: their relationship level and attitude over time, as a step chart and a dated list (newest first). */
export function PersonHistory({ person }: { person: Pick<Person, 'id' | 'name' | 'relationship' | 'attitude'> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const history = useApiQuery('history.forPerson', { personId: person.id });
  const rows = useMemo(() => (history.data ?? []).filter((e) => e.entity === 'person' && (e.field === 'relationship' || e.field === 'attitude')), [history.data]);
  const option = useMemo(() => {
    const steps = alignedSteps(rows, person);
    return personStepOption({
      categories: steps.axis.map((at) => (at === null ? t('relationship.person.start') : dayOf(at, language))),
      relationship: steps.relationship,
      attitude: steps.attitude,
      labels: {
        relationship: t('relationship.person.relationship'),
        attitude: t('relationship.person.attitude'),
        level: (code) => relationshipLabel(t, code as RelationshipLevel),
        attitudeOf: (code) => attitudeLabel(t, code as Attitude),
      },
    });
  }, [rows, person, t, language]);

  return (
    <section className="person-contacts person-history" aria-labelledby={`history-${person.id}`}>
      <h3 id={`history-${person.id}`} className="block-title">
        {t('relationship.person.title')}
      </h3>
      {history.data && rows.length === 0 && <p className="muted small">{t('relationship.person.none')}</p>}
      {rows.length > 0 && (
        <>
          <ChartImage option={option} width={320} height={170} alt={t('relationship.person.chartAlt', { name: person.name })} />
          <ol className="person-history-list">
            {rows.slice(0, 10).map((e) => (
              <li key={e.id}>
                <time className="muted small" dateTime={e.at}>
                  {dayOf(e.at, language)}
                </time>{' '}
                {t('relationship.person.changed', {
                  field: t(e.field === 'relationship' ? 'relationship.person.relationship' : 'relationship.person.attitude'),
                  before: personValue(t, e.field, e.before),
                  after: personValue(t, e.field, e.after),
                })}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
