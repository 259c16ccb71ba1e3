import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../../shared/contract/index.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { toast, toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useTeam } from '../stakeholders/queries.js';
import { AddMemberForm } from './AddMemberForm.js';
import { TeamMemberRow } from './TeamMemberRow.js';
import { useTeamMutations } from './useTeamMutations.js';
import './team.css';

const NO_TEAM: TeamMember[] = [];

/** Our team (我方团队): the people on our side who own relationships with the client's key people. */
export function TeamPage() {
  const { t } = useTranslation();
  const team = useTeam();
  const { remove } = useTeamMutations();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<TeamMember | null>(null);
  const members = team.data ?? NO_TEAM;

  const confirmRemove = () => {
    if (!removing) return;
    const { id, name } = removing;
    setRemoving(null);
    remove.mutate(id, {
      onSuccess: () => toast(t('team.removed', { name })),
      onError: (error) => toastError(errorText(t, error)),
    });
  };

  return (
    <section className="page team-page" aria-labelledby="team-title">
      <header className="page-header">
        <div>
          <h1 id="team-title">{t('team.title')}</h1>
          <p className="muted team-intro">{t('team.intro')}</p>
        </div>
      </header>

      <AddMemberForm team={members} />

      {team.isPending && <p className="muted">{t('app.loading')}</p>}
      {team.isError && (
        <div className="form-alert" role="alert">
          {t('errors.loadFailed', { message: errorText(t, team.error) })}
        </div>
      )}
      {team.isSuccess && members.length === 0 && (
        <div className="empty-state">
          <h2>{t('team.emptyTitle')}</h2>
          <p>{t('team.emptyBody')}</p>
        </div>
      )}
      {members.length > 0 && (
        <>
          <p className="muted">{t('team.count', { count: members.length })}</p>
          <table className="table team-table" aria-label={t('team.listLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('team.name')}</th>
                <th scope="col">{t('team.role')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('team.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <TeamMemberRow
                  key={member.id}
                  member={member}
                  others={members.filter((m) => m.id !== member.id)}
                  editing={editingId === member.id}
                  onEdit={() => setEditingId(member.id)}
                  onDone={() => setEditingId(null)}
                  onRemove={() => setRemoving(member)}
                />
              ))}
            </tbody>
          </table>
        </>
      )}

      {removing && (
        <ConfirmDialog
          title={t('team.removeTitle')}
          body={t('team.removeBody', { name: removing.name })}
          confirmLabel={t('team.removeLabel')}
          danger
          onConfirm={confirmRemove}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}
