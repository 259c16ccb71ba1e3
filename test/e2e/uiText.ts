import { fillParams, type ParamValue } from '../../shared/i18n/index.js';

/** A UI string with its {{params}} filled in, as the user reads it (numbers written as the app writes them: "10,000"). */
export const fill = (template: string, params: Readonly<Record<string, ParamValue>> = {}, language = 'en') => fillParams(template, params, language);
