import type { ApiError, ErrorCode, FieldError } from '../../shared/contract/index.js';
import { englishText } from '../../shared/i18n/index.js';

/** Thrown by a backend function to end the call (and roll back its transaction) with a clear error. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: string,
    readonly params: Record<string, string | number> = {},
    readonly fields?: FieldError[],
  ) {
    super(englishText(key, params));
    this.name = 'ApiFailure';
  }

  toError(): ApiError {
    return { code: this.code, key: this.key, message: this.message, params: this.params, ...(this.fields ? { fields: this.fields } : {}) };
  }
}

/** A failure about one field of the input, so a form can show it next to that field. */
export const fieldFailure = (code: 'bad_input' | 'not_found' | 'conflict', key: string, path: string, params: Record<string, string | number> = {}) =>
  new ApiFailure(code, key, params, [{ path, key, message: englishText(key, params), params }]);

export const notFound = (key = 'errors.notFound', params?: Record<string, string | number>) => new ApiFailure('not_found', key, params);
export const conflict = (key: string, params?: Record<string, string | number>) => new ApiFailure('conflict', key, params);

/** Ends the call with `key` naming the first requested id that no row was found for. */
export function requireAll(ids: readonly string[], rows: readonly { id: string }[], key: string): void {
  if (rows.length >= ids.length) return;
  const found = new Set(rows.map((row) => row.id));
  throw notFound(key, { id: ids.find((id) => !found.has(id)) ?? '' });
}
