import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { emptyCompetitorFields, type Competitor, type CompetitorFields } from '../../../../shared/contract/index.js';
import { CompetitorDialog } from './CompetitorDialog.js';
import { mapLink } from './InfluencesSection.js';
import type { SectionProps } from './sectionProps.js';

const fieldsOf = (c: Competitor): CompetitorFields =>
  Object.fromEntries(Object.keys(emptyCompetitorFields).map((key) => [key, c[key as keyof CompetitorFields]])) as CompetitorFields;

const changed = (before: CompetitorFields, after: CompetitorFields): Partial<CompetitorFields> =>
  Object.fromEntries(Object.entries(after).filter(([key, value]) => JSON.stringify(before[key as keyof CompetitorFields]) !== JSON.stringify(value)));

/** Who else is in the deal: their position, strengths and weaknesses, who favours them, and what we do about it. */
export function CompetitorsSection({ detail, commands }: SectionProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Competitor | 'new' | null>(null);
  const { competitors, people, opportunity, account } = detail;
  const names = new Map(people.map((p) => [p.id, p.name]));

  const submit = async (fields: CompetitorFields) => {
    if (editing === 'new') {
      if (await commands.createCompetitor(opportunity.id, fields)) setEditing(null);
    } else if (editing) {
      const patch = changed(fieldsOf(editing), fields);
      if (Object.keys(patch).length === 0 || (await commands.updateCompetitor(editing, patch)) !== null) setEditing(null);
    }
  };

  return (
    <section className="section" aria-labelledby="competitors-title" id="competitors">
      <div className="section-bar">
        <h3 id="competitors-title">{t('opportunities.competitors.title')}</h3>
        <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
          {t('opportunities.competitors.add')}
        </button>
      </div>
      {competitors.length === 0 && <p className="empty-inline">{t('opportunities.competitors.empty')}</p>}
      <div className="competitor-cards">
        {competitors.map((c) => (
          <article key={c.id} className="note-block competitor" aria-label={c.name}>
            <header className="competitor-head">
              <h4>{c.name}</h4>
              <span className={`badge position-${c.position}`}>{t(`opportunities.competitorPositions.${c.position}`)}</span>
              <span className="spacer" />
              <button type="button" className="btn btn-small" onClick={() => setEditing(c)} aria-label={t('opportunities.competitors.edit', { name: c.name })}>
                {t('common.edit')}
              </button>
              <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => void commands.deleteCompetitor(c)} aria-label={t('opportunities.competitors.remove', { name: c.name })}>
                {t('common.delete')}
              </button>
            </header>
            <dl className="competitor-facts">
              <dt>{t('opportunities.competitors.strengths')}</dt>
              <dd className="prewrap">{c.strengths || t('common.none')}</dd>
              <dt>{t('opportunities.competitors.weaknesses')}</dt>
              <dd className="prewrap">{c.weaknesses || t('common.none')}</dd>
              <dt>{t('opportunities.competitors.favouredBy')}</dt>
              <dd>
                {c.favouredBy.length === 0
                  ? t('opportunities.competitors.nobody')
                  : c.favouredBy.map((id, i) => (
                      <span key={id}>
                        {i > 0 && ', '}
                        <Link to={mapLink(account.id, `focus=${id}`)}>{names.get(id) ?? '?'}</Link>
                      </span>
                    ))}
              </dd>
              <dt>{t('opportunities.competitors.strategy')}</dt>
              <dd className="prewrap">{c.strategy || t('common.none')}</dd>
            </dl>
          </article>
        ))}
      </div>
      {editing && (
        <CompetitorDialog
          title={t(editing === 'new' ? 'opportunities.competitors.newTitle' : 'opportunities.competitors.editTitle')}
          initial={editing === 'new' ? emptyCompetitorFields : fieldsOf(editing)}
          people={people}
          onSubmit={submit}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
