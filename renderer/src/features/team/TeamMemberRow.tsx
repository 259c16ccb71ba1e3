import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../../shared/contract/index.js';
import { NAME_MAX } from '../../../../shared/domain/accounts.js';
import { toast } from '../../components/toastStore.js';
import { useFocusBack } from '../../components/useFocusBack.js';
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

interface EditCellProps {
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  autoFocus?: boolean;
}

/** One field of the member being edited, with its problem (if any) under it. */
function EditCell({ label, value, error, onChange, autoFocus }: EditCellProps) {
  return (
    <td>
      <input
        className="team-input"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        maxLength={NAME_MAX}
        autoFocus={autoFocus}
        autoComplete="off"
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </td>
  );
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
      <EditCell label={t('team.name')} value={form.draft.name} error={form.errors.name} onChange={(value) => form.set('name', value)} autoFocus />
      <EditCell label={t('team.role')} value={form.draft.role} error={form.errors.role ?? form.errors.form} onChange={(value) => form.set('role', value)} />
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
  // Back to the Edit button after the editor closes, unless the user clicked elsewhere.
  const editRef = useFocusBack(editing);

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
