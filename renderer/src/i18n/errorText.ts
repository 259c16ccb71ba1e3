import type { TFunction } from 'i18next';
import { ApiCallError } from '../api/client.js';

/** A user-facing sentence for anything a call can throw, in the UI language. */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiCallError) {
    const { key, params, message } = error.error;
    return t(key, { ...params, defaultValue: message });
  }
  return t('errors.internal');
}
