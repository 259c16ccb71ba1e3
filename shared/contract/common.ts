import { z } from 'zod';
import { NAME_MAX, TEXT_MAX } from '../domain/accounts.js';

export const id = z.string({ error: 'errors.required' }).min(1, { error: 'errors.required' }).max(64, { error: 'errors.tooLong' });
export const shortText = z.string({ error: 'errors.text' }).trim().max(NAME_MAX, { error: 'errors.tooLong' });
export const longText = z.string({ error: 'errors.text' }).max(TEXT_MAX, { error: 'errors.tooLong' });
export const empty = z.strictObject({});
