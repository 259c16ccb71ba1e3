import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OpportunityDetail } from '../../../../shared/contract/index.js';
import { criterionParams } from '../../../../shared/domain/scoring/index.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { mapLink } from './InfluencesSection.js';

/**
 * The scorecard checked against the stakeholder map, with a way to each fix: the person on the map,
 * the influences, the competitors or the criterion's score. The backend recomputes them whenever the
 * map, the influences or the assessments change (the opportunity's query reads all of them).
 */
export function CrossChecks({ detail }: { detail: OpportunityDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { checks, account, opportunity, assessments, people, deletedPeople } = detail;
  const template = assessments[0]?.template ?? detail.templates[0]?.template;
  const names = new Map([...people, ...deletedPeople].map((p) => [p.id, p.name]));
  const base = `/accounts/${account.id}/opportunities/${opportunity.id}`;
  return (
    <section className="checks" aria-labelledby="checks-title">
      <h3 id="checks-title">{t('opportunities.checks.title')}</h3>
      {checks.length === 0 ? (
        <p className="muted">{t('opportunities.checks.none')}</p>
      ) : (
        <ul className="check-list">
          {checks.map((finding, i) => {
            const params = template ? criterionParams(finding, template, language) : finding.params;
            const fix = finding.fix;
            const personName = fix.kind === 'person' ? (names.get(fix.id) ?? '?') : '';
            return (
              <li key={`${finding.id}-${i}`} className={`check-item severity-${finding.severity}`}>
                <span className="check-severity">{t(`scoring.severities.${finding.severity}`)}</span>
                <span className="check-text">{t(finding.messageKey, params)}</span>
                {fix.kind === 'person' && <Link to={mapLink(account.id, `focus=${fix.id}`)}>{t('opportunities.checks.openPerson', { name: personName })}</Link>}
                {fix.kind === 'influences' && <Link to={`${base}/influences`}>{t('opportunities.checks.goInfluences')}</Link>}
                {fix.kind === 'competitors' && <Link to={`${base}/competitors`}>{t('opportunities.checks.goCompetitors')}</Link>}
                {fix.kind === 'criterion' && <Link to={`${base}/scorecard#criterion-${fix.id}`}>{t('opportunities.checks.goCriterion')}</Link>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
