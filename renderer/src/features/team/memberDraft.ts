import type { TFunction } from 'i18next';
import { useState } from 'react';
import { errorKeyOf } from '../../../../shared/contract/fieldErrors.js';
import { teamMemberFields, type TeamMember, type TeamMemberFields } from '../../../../shared/contract/index.js';
import { foldForCompare } from '../../../../shared/domain/text.js';
import { ApiCallError } from '../../api/client.js';
import { errorText } from '../../i18n/errorText.js';

export interface MemberErrors {
  name?: string;
  role?: string;
  form?: string;
}

/** Problems with a member's fields, as the user types: the contract's rules plus a name already on the team. */
export function memberErrors(t: TFunction, fields: TeamMemberFields, others: TeamMember[]): MemberErrors {
  const errors: MemberErrors = {};
  const result = teamMemberFields.safeParse(fields);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = issue.path[0] === 'role' ? 'role' : 'name';
      errors[key] ??= t(errorKeyOf(issue.message));
    }
  }
  // The backend's comparison (Unicode case folding, NFC), so the form says "taken" exactly when a save would.
  const name = foldForCompare(fields.name.trim());
  if (!errors.name && others.some((m) => foldForCompare(m.name.trim()) === name)) errors.name = t('team.nameTaken');
  return errors;
}

/** What the backend said about a failed save, placed on the field it concerns. */
export function saveErrors(t: TFunction, error: unknown): MemberErrors {
  if (error instanceof ApiCallError && error.error.key === 'errors.duplicateTeamMember') return { name: t('team.nameTaken') };
  return { form: t('errors.saveFailed', { message: errorText(t, error) }) };
}

/** A member's fields being typed, with their errors shown once the name has been touched. */
export function useMemberDraft(initial: TeamMemberFields, others: TeamMember[], t: TFunction) {
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState(initial.name !== '');
  const [server, setServer] = useState<MemberErrors>({});
  const live = memberErrors(t, draft, others);
  const errors: MemberErrors = { ...(touched ? live : { role: live.role }), ...server };
  return {
    draft,
    errors,
    valid: !live.name && !live.role,
    set(key: keyof TeamMemberFields, value: string) {
      setDraft((current) => ({ ...current, [key]: value }));
      if (key === 'name') setTouched(true);
      setServer({});
    },
    touch: () => setTouched(true),
    fail: (error: unknown) => setServer(saveErrors(t, error)),
    reset() {
      setDraft(initial);
      setTouched(initial.name !== '');
      setServer({});
    },
  };
}
