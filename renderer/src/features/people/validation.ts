import type { TFunction } from 'i18next';
import { errorKeyOf } from '../../../../shared/contract/fieldErrors.js';
import { personFields, type PersonFields } from '../../../../shared/contract/index.js';

const patchSchema = personFields.partial();

/** The first problem with an edit, in the UI language, or null when the backend would accept its shape. */
export function patchError(t: TFunction, patch: Partial<PersonFields>): string | null {
  const result = patchSchema.safeParse(patch);
  if (result.success) return null;
  return t(errorKeyOf(result.error.issues[0]?.message));
}

/** The patch as the backend will store it (trimmed text), to tell whether anything changed. */
export function normalisePatch(patch: Partial<PersonFields>): Partial<PersonFields> {
  const result = patchSchema.safeParse(patch);
  return result.success ? result.data : patch;
}
