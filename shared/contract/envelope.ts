/** What every call across a process boundary returns: plain JSON, never a thrown error. */

/**
 * 'busy', 'read_only', 'disk_full' and 'io_error' say the database file or the disk refused (another
 * program holds the lock, the file or disk is read-only or full, the disk failed): not a bug, and
 * nothing was changed.
 */
export const ERROR_CODES = ['bad_input', 'not_found', 'conflict', 'internal', 'busy', 'read_only', 'disk_full', 'io_error'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field of the input. `key` is an i18n key, `message` its English text. */
export interface FieldError {
  path: string;
  key: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface ApiError {
  code: ErrorCode;
  /** i18n key for the whole error, so the UI can say it in the user's language. */
  key: string;
  message: string;
  params?: Record<string, string | number>;
  fields?: FieldError[];
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** What an error reply may echo of the input: a hostile call must not get a reply larger than a few KB. */
export const ECHO_MAX = 100;
export const MESSAGE_MAX = 500;
export const FIELD_ERRORS_MAX = 20;

/** `text` cut to `max` UTF-16 units (never inside a surrogate pair), with an ellipsis when cut. */
export function cut(text: string, max = ECHO_MAX): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

const cutParams = (params: Record<string, string | number> | undefined) =>
  params && Object.fromEntries(Object.entries(params).slice(0, FIELD_ERRORS_MAX).map(([name, value]) => [cut(name), typeof value === 'string' ? cut(value) : value]));

/** The error with every echoed string cut short and at most FIELD_ERRORS_MAX field errors. */
export function bounded(error: ApiError): ApiError {
  const fields = error.fields?.slice(0, FIELD_ERRORS_MAX).map((field) => ({
    path: cut(field.path),
    key: cut(field.key),
    message: cut(field.message, MESSAGE_MAX),
    ...(field.params ? { params: cutParams(field.params) } : {}),
  }));
  return {
    code: error.code,
    key: cut(error.key),
    message: cut(error.message, MESSAGE_MAX),
    ...(error.params ? { params: cutParams(error.params) } : {}),
    ...(fields ? { fields } : {}),
  };
}

export const ok = <T>(data: T): Envelope<T> => ({ ok: true, data });
export const fail = (error: ApiError): Envelope<never> => ({ ok: false, error: bounded(error) });
