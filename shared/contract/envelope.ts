/** What every call across a process boundary returns: plain JSON, never a thrown error. */

export const ERROR_CODES = ['bad_input', 'not_found', 'conflict', 'internal'] as const;
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

export const ok = <T>(data: T): Envelope<T> => ({ ok: true, data });
export const fail = (error: ApiError): Envelope<never> => ({ ok: false, error });
