import type { z } from 'zod';
import { englishText } from '../i18n/index.js';
import { cut, type FieldError } from './envelope.js';

/**
 * From a failed schema check to the i18n key a form or the backend shows. The contract's own rules
 * carry their key as the message ("errors.tooLong", or a feature's own "opportunities.errors.date"); zod's built-in checks do not, and read as
 * errors.invalid.
 */
export const errorKeyOf = (message: string | undefined): string =>
  message !== undefined && /^([\w-]+\.)?errors\.\w+$/.test(message) ? message : 'errors.invalid';

/** The first error key of each top-level field, for a form to show next to that field. */
export function fieldErrorKeys<K extends PropertyKey>(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Partial<Record<K, string>> {
  const keys: Partial<Record<K, string>> = {};
  for (const issue of issues) {
    const field = issue.path[0] as K | undefined;
    if (field !== undefined && keys[field] === undefined) keys[field] = errorKeyOf(issue.message);
  }
  return keys;
}

/** One refused field of a request, as the backend answers it (English text for logs and tests). */
export function toFieldError(issue: z.core.$ZodIssue): FieldError {
  const key = errorKeyOf(issue.message);
  const params: Record<string, string | number> = {};
  if ('maximum' in issue && (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint')) params.maximum = Number(issue.maximum);
  if ('minimum' in issue && (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint')) params.minimum = Number(issue.minimum);
  const path = cut(issue.path.map(String).join('.'));
  const keys = issue.code === 'unrecognized_keys' ? ` (${unknownKeys(issue.keys)})` : '';
  const detail = key === 'errors.invalid' ? ` ${cut(issue.message)}${keys}` : '';
  return { path, key, params, message: `${englishText(key, params)}${detail}` };
}

/** The first few unknown keys, each cut short: the input may hold thousands of them, or one of megabytes. */
const unknownKeys = (keys: readonly string[]) => [...keys.slice(0, 5).map((k) => cut(k, 40)), ...(keys.length > 5 ? ['…'] : [])].join(', ');
