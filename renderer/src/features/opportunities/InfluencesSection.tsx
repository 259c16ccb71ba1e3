import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { BuyingInfluence, Person } from '../../../../shared/contract/index.js';
import { ATTITUDES, BUYING_ROLES, type Attitude, type BuyingRole } from '../../../../shared/domain/people.js';
import { attitudeLabel, relationshipLabel, roleLabel } from '../../../../shared/i18n/vocabLabels.js';
import { Options } from '../../components/Options.js';
import { PeoplePicker } from './PeoplePicker.js';
import type { SectionProps } from './sectionProps.js';

export const mapLink = (accountId: string, query: string) => `/accounts/${accountId}/map?${query}`;

/** The blue sheet: who from the map takes part in this deal, their role and stance in it, and what they win. */
export function InfluencesSection({ detail, commands }: SectionProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [picking, setPicking] = useState(false);
  const { opportunity, influences, people, deletedPeople, account } = detail;
  const byId = new Map(people.map((p) => [p.id, p]));
  const taken = new Set(influences.map((i) => i.personId));

  return (
    <section className="section" aria-labelledby="influences-title" id="influences">
      <div className="section-bar">
        <h3 id="influences-title">{t('opportunities.influences.title')}</h3>
        <button type="button" className="btn btn-primary" onClick={() => setPicking(true)}>
          {t('opportunities.influences.add')}
        </button>
        <button type="button" className="btn" onClick={() => void navigate(mapLink(account.id, `highlight=${opportunity.id}`))}>
          {t('opportunities.influences.showOnMap')}
        </button>
      </div>
      <p className="muted">{t('opportunities.influences.intro')}</p>
      {deletedPeople.length > 0 && (
        <p className="notice" role="note">
          {t('opportunities.influences.deletedPeople', { names: deletedPeople.map((p) => p.name).join(', ') })}
        </p>
      )}
      {influences.length === 0 ? (
        <p className="empty-inline">{t('opportunities.influences.empty')}</p>
      ) : (
        <table className="table influences-table">
          <thead>
            <tr>
              <th scope="col">{t('opportunities.influences.person')}</th>
              <th scope="col">{t('opportunities.influences.role')}</th>
              <th scope="col">{t('opportunities.influences.stance')}</th>
              <th scope="col">{t('table.relationshipNow')}</th>
              <th scope="col">{t('opportunities.influences.winResult')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {influences.map((influence) => {
              const person = byId.get(influence.personId);
              return person ? <InfluenceRow key={influence.id} influence={influence} person={person} accountId={account.id} commands={commands} /> : null;
            })}
          </tbody>
        </table>
      )}
      {picking && (
        <PeoplePicker
          people={people}
          taken={taken}
          onClose={() => setPicking(false)}
          onPick={(ids) => {
            setPicking(false);
            void commands.addInfluences(opportunity.id, ids);
          }}
        />
      )}
    </section>
  );
}

interface RowProps {
  influence: BuyingInfluence;
  person: Person;
  accountId: string;
  commands: SectionProps['commands'];
}

function InfluenceRow({ influence, person, accountId, commands }: RowProps) {
  const { t } = useTranslation();
  const [winResult, setWinResult] = useState(influence.winResult);
  const ownRole = person.roles[0];
  const ownRoles = person.roles.map((r) => roleLabel(t, r)).join(', ');
  return (
    <tr>
      <th scope="row">
        <Link to={mapLink(accountId, `focus=${person.id}`)} className="account-link">
          {person.name}
        </Link>
        <div className="muted small">{person.title}</div>
      </th>
      <td>
        <select
          value={influence.role ?? ''}
          aria-label={`${t('opportunities.influences.role')}: ${person.name}`}
          onChange={(event) => void commands.updateInfluence(influence, { role: (event.target.value || null) as BuyingRole | null })}
        >
          <option value="">{ownRole ? t('opportunities.influences.ownRole', { role: ownRoles }) : t('opportunities.influences.noRole')}</option>
          <Options values={BUYING_ROLES} label={(r) => roleLabel(t, r)} />
        </select>
      </td>
      <td>
        <select
          value={influence.stance ?? ''}
          aria-label={`${t('opportunities.influences.stance')}: ${person.name}`}
          onChange={(event) => void commands.updateInfluence(influence, { stance: (event.target.value || null) as Attitude | null })}
          className={`stance stance-${influence.stance ?? person.attitude}`}
        >
          <option value="">{t('opportunities.influences.ownStance', { stance: attitudeLabel(t, person.attitude) })}</option>
          <Options values={ATTITUDES} label={(a) => attitudeLabel(t, a)} />
        </select>
      </td>
      <td>{relationshipLabel(t, person.relationship)}</td>
      <td>
        <textarea
          rows={2}
          value={winResult}
          aria-label={`${t('opportunities.influences.winResult')}: ${person.name}`}
          onChange={(event) => setWinResult(event.target.value)}
          onBlur={() => winResult !== influence.winResult && void commands.updateInfluence(influence, { winResult })}
        />
      </td>
      <td className="row-actions">
        <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => void commands.removeInfluence(influence, person.name)} aria-label={t('opportunities.influences.remove', { name: person.name })}>
          ×
        </button>
      </td>
    </tr>
  );
}
