import { useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../../shared/contract/index.js';
import { NAME_MAX } from '../../../../shared/domain/accounts.js';
import { Field } from '../../components/Field.js';
import { toast } from '../../components/toastStore.js';
import { useMemberDraft } from './memberDraft.js';
import { useTeamMutations } from './useTeamMutations.js';

const EMPTY = { name: '', role: '' };

/** Adds a member; clears itself for the next one. */
export function AddMemberForm({ team }: { team: TeamMember[] }) {
  const { t } = useTranslation();
  const { create } = useTeamMutations();
  const form = useMemberDraft(EMPTY, team, t);
  const nameRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.touch();
    if (!form.valid || create.isPending) {
      nameRef.current?.focus();
      return;
    }
    create.mutate(
      { name: form.draft.name, role: form.draft.role },
      {
        onSuccess: (member) => {
          toast(t('team.added', { name: member.name }));
          form.reset();
          nameRef.current?.focus();
        },
        onError: form.fail,
      },
    );
  };

  return (
    <form className="card team-add" onSubmit={submit} noValidate aria-label={t('team.add')}>
      {form.errors.form && (
        <div className="form-alert" role="alert">
          {form.errors.form}
        </div>
      )}
      <div className="team-add-grid">
        <Field label={t('team.name')} error={form.errors.name}>
          <input ref={nameRef} value={form.draft.name} onChange={(e) => form.set('name', e.target.value)} maxLength={NAME_MAX} autoComplete="off" />
        </Field>
        <Field label={t('team.role')} error={form.errors.role}>
          <input value={form.draft.role} onChange={(e) => form.set('role', e.target.value)} maxLength={NAME_MAX} placeholder={t('team.rolePlaceholder')} autoComplete="off" />
        </Field>
        <div className="team-add-actions">
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {create.isPending ? t('common.saving') : t('team.add')}
          </button>
        </div>
      </div>
    </form>
  );
}
