import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../../shared/contract/index.js';
import { NAME_MAX } from '../../../../shared/domain/accounts.js';
import { toast } from '../../components/toastStore.js';
import { useMemberDraft } from './memberDraft.js';
import { useTeamMutations } from './useTeamMutations.js';

interface TeamMemberRowProps {
  member: TeamMember;
  others: TeamMember[];
  editing: boolean;
  onEdit: () => void;
  onDone: () => void;
  onRemove: () => void;
}

function MemberEditor({ member, others, onDone }: Pick<TeamMemberRowProps, 'member' | 'others' | 'onDone'>) {
  const { t } = useTranslation();
  const { update } = useTeamMutations();
  const form = useMemberDraft({ name: member.name, role: member.role }, others, t);
  const save = () => {
    if (!form.valid || update.isPending) return;
    if (form.draft.name.trim() === member.name && form.draft.role.trim() === member.role) return onDone();
    update.mutate(
      { id: member.id, fields: form.draft },
      {
        onSuccess: () => {
          toast(t('team.saved'));
          onDone();
        },
        onError: form.fail,
      },
    );
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      save();
    }
  };
  return (
    <tr className="is-editing" onKeyDown={onKeyDown}>
      <td>
        <input
          className="team-input"
          aria-label={t('team.name')}
          aria-invalid={form.errors.name ? true : undefined}
          value={form.draft.name}
          onChange={(e) => form.set('name', e.target.value)}
          maxLength={NAME_MAX}
          autoFocus
          autoComplete="off"
        />
        {form.errors.name && (
          <p className="field-error" role="alert">
            {form.errors.name}
          </p>
        )}
      </td>
      <td>
        <input
          className="team-input"
          aria-label={t('team.role')}
          aria-invalid={form.errors.role ? true : undefined}
          value={form.draft.role}
          onChange={(e) => form.set('role', e.target.value)}
          maxLength={NAME_MAX}
          autoComplete="off"
        />
        {(form.errors.role ?? form.errors.form) && (
          <p className="field-error" role="alert">
            {form.errors.role ?? form.errors.form}
          </p>
        )}
      </td>
      <td className="row-actions">
        <button type="button" className="btn btn-small btn-primary" onClick={save} disabled={!form.valid || update.isPending}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="btn btn-small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </td>
    </tr>
  );
}

/** One member: read, or edited in place (Enter saves, Escape cancels). */
export function TeamMemberRow({ member, others, editing, onEdit, onDone, onRemove }: TeamMemberRowProps) {
  const { t } = useTranslation();
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);
  useEffect(() => {
    // Back to the Edit button after the editor closes, unless the user clicked elsewhere.
    if (wasEditing.current && !editing && (document.activeElement === document.body || document.activeElement === null)) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  if (editing) return <MemberEditor member={member} others={others} onDone={onDone} />;
  return (
    <tr>
      <th scope="row" className="team-name">
        {member.name}
      </th>
      <td>{member.role || <span className="muted">{t('common.none')}</span>}</td>
      <td className="row-actions">
        <button ref={editRef} type="button" className="btn btn-small" aria-label={t('team.edit', { name: member.name })} onClick={onEdit}>
          {t('common.edit')}
        </button>
        <button type="button" className="btn btn-small btn-danger-quiet" aria-label={t('team.remove', { name: member.name })} onClick={onRemove}>
          {t('team.removeLabel')}
        </button>
      </td>
    </tr>
  );
}
