import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/contract/index.js';
import type { Attitude, RelationshipLevel } from '../../../../shared/domain/people.js';
import { attitudeLabel, relationshipLabel } from '../../../../shared/i18n/vocabLabels.js';
import { useApiQuery } from '../../api/freshness.js';
import { Modal } from '../../components/Modal.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { ChartImage } from '../opportunities/ChartImage.js';
import { dayOf, personValue } from './format.js';
import { alignedSteps } from './history.js';
import { personStepOption } from './personChart.js';
import './relationship.css';

/**
 * In the person panel: the latest change of their relationship level or attitude, and a button opening
 * the whole history, a step chart and a dated list (newest first). The panel keeps its room for the fields.
 */
export function PersonHistory({ person }: { person: Pick<Person, 'id' | 'name' | 'relationship' | 'attitude'> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const history = useApiQuery('history.forPerson', { personId: person.id });
  const [open, setOpen] = useState(false);
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

  return (
    <section className="person-contacts person-history" aria-labelledby={`history-${person.id}`}>
      <h3 id={`history-${person.id}`} className="block-title">
        {t('relationship.person.title')}
      </h3>
      {history.data && (
        <p className="person-history-latest">
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
        </p>
      )}
      {rows.length > 0 && (
        <button type="button" className="btn btn-small" onClick={() => setOpen(true)}>
          {t('relationship.person.show', { count: rows.length })}
        </button>
      )}
      {open && (
        <Modal title={t('relationship.person.dialogTitle', { name: person.name })} onClose={() => setOpen(false)}>
          <div className="modal-body person-history-dialog">
            <ChartImage option={option} width={480} height={220} alt={t('relationship.person.chartAlt', { name: person.name })} />
            <ol className="person-history-list">
              {rows.map((e) => (
                <li key={e.id}>
                  <time className="muted small" dateTime={e.at}>
                    {dayOf(e.at, language)}
                  </time>{' '}
                  {line(e)}
                </li>
              ))}
            </ol>
          </div>
        </Modal>
      )}
    </section>
  );
}
