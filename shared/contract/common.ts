import { z } from 'zod';
import { NAME_MAX, TEXT_MAX } from '../domain/accounts.js';
import { MOVE_BATCH_MAX } from '../domain/people.js';

export const id = z.string({ error: 'errors.required' }).min(1, { error: 'errors.required' }).max(64, { error: 'errors.tooLong' });
export const shortText = z.string({ error: 'errors.text' }).trim().max(NAME_MAX, { error: 'errors.tooLong' });
/** A name the user must give: trimmed, not empty, at most NAME_MAX characters. */
export const requiredName = z
  .string({ error: 'errors.required' })
  .trim()
  .min(1, { error: 'errors.required' })
  .max(NAME_MAX, { error: 'errors.tooLong' });
export const longText = z.string({ error: 'errors.text' }).max(TEXT_MAX, { error: 'errors.tooLong' });
export const empty = z.strictObject({});
/** One or more ids in one call (a selection, a batch): at most MOVE_BATCH_MAX. */
export const idList = z.array(id).min(1).max(MOVE_BATCH_MAX);
