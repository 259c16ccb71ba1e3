import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toastError } from '../components/toastStore.js';
import { errorText } from '../i18n/errorText.js';
import type { Command } from './history.js';
import { perform } from './perform.js';

/** `perform` bound to one scope, failures told to the user as a toast (and handed to `onError`, if given). */
export function useUndoable(scope: string, onError?: (error: unknown) => void) {
  const { t } = useTranslation();
  return useCallback(
    <T,>(first: () => Promise<T>, command: (result: T) => Command) =>
      perform(scope, first, command, (error) => {
        toastError(errorText(t, error));
        onError?.(error);
      }),
    [scope, t, onError],
  );
}

/** The values `patch` would overwrite, taken from `before`: what undo sends back. */
export const previousValues = <T extends object>(before: T, patch: Partial<T>): Partial<T> =>
  Object.fromEntries(Object.keys(patch).map((key) => [key, before[key as keyof T]])) as Partial<T>;
