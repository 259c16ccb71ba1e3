import { z } from 'zod';
import { NAME_MAX, TEXT_MAX } from '../domain/accounts.js';
import { MOVE_BATCH_MAX } from '../domain/people.js';
import { hasVisibleText, isWellFormedText } from '../domain/text.js';

export const id = z.string({ error: 'errors.required' }).min(1, { error: 'errors.required' }).max(64, { error: 'errors.tooLong' });
/** Text as Keyplan stores it: no lone surrogate, no NUL (errors.text), in NFC (so "Café" is one name however it was typed). */
const text = z.string({ error: 'errors.text' }).refine(isWellFormedText, { error: 'errors.text', abort: true }).normalize('NFC');
export const shortText = text.trim().max(NAME_MAX, { error: 'errors.tooLong' });
export const longText = text.max(TEXT_MAX, { error: 'errors.tooLong' });

/** A name: short text with something visible in it (not only spaces, zero-width characters, NUL or bidi marks). */
export const nameText = (max = NAME_MAX) =>
  z
    .string({ error: 'errors.required' })
    .trim()
    .refine(hasVisibleText, { error: 'errors.required', abort: true })
    .refine(isWellFormedText, { error: 'errors.text', abort: true })
    .normalize('NFC')
    .max(max, { error: 'errors.tooLong' });

/** A name the user must give. */
export const requiredName = nameText();
export const empty = z.strictObject({});
/** One or more ids in one call (a selection, a batch): at most MOVE_BATCH_MAX. */
export const idList = z.array(id).min(1).max(MOVE_BATCH_MAX);
