import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages.js';
import type { Account } from './accounts.js';
import { mutation } from './channel.js';

export const sampleLoad = z.strictObject({ language: z.enum(LANGUAGES, { error: 'errors.choose' }) });

export const sampleChannels = {
  /** The built-in sample account with its map, our team members, opportunities and whitespace, in the given language. */
  'sample.load': mutation<Account>()(sampleLoad, ['accounts', 'people', 'links', 'team', 'opportunities', 'assessments', 'offerings', 'whitespace']),
};
