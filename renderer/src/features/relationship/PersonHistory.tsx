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

  const line = (e: (typeof rows)[number]) =>
    t('relationship.person.changed', {
      field: t(e.field === 'relationship' ? 'relationship.person.relationship' : 'relationship.person.attitude'),
      before: personValue(t, e.field, e.before),
      after: personValue(t, e.field, e.after),
    });
  const latest = rows[0];

  // Folded by default, so the person's fields keep the panel's room; the summary says the latest change.
  return (
    <details className="person-contacts person-history">
      <summary>
        <h3 className="block-title">{t('relationship.person.title')}</h3>
        {history.data && (
          <span className="person-history-latest">
            {latest ? (
              <>
                <time className="muted small" dateTime={latest.at}>
                  {dayOf(latest.at, language)}
                </time>{' '}
                {line(latest)}
              </>
            ) : (
              <span className="muted">{t('relationship.person.none')}</span>
            )}
          </span>
        )}
      </summary>
      {rows.length > 0 && (
        <>
          <ChartImage option={option} width={320} height={210} alt={t('relationship.person.chartAlt', { name: person.name })} />
          <ol className="person-history-list">
            {rows.slice(0, 20).map((e) => (
              <li key={e.id}>
                <time className="muted small" dateTime={e.at}>
                  {dayOf(e.at, language)}
                </time>{' '}
                {line(e)}
              </li>
            ))}
          </ol>
        </>
      )}
    </details>
  );
}
