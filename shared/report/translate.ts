import { fillParams, messages, type Language } from '../i18n/index.js';

export type Params = Record<string, string | number>;
/** A dotted i18n key in the report's language, with {{params}} filled in (i18next's syntax). */
export type ReportText = (key: string, params?: Params) => string;

/**
 * The report is written in the language chosen in the export dialog, whatever the UI's: it reads
 * `messages[lang]` directly (react-i18next follows the UI). Plurals: `key_one` / `key_other` by `count`.
 */
export function reportText(lang: Language): ReportText {
  const plural = new Intl.PluralRules(lang);
  const lookup = (key: string): unknown => {
    let node: unknown = messages[lang];
    for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    return node;
  };
  return (key, params = {}) => {
    let template = typeof params.count === 'number' ? lookup(`${key}_${plural.select(params.count)}`) : undefined;
    template ??= lookup(key);
    if (template === undefined && typeof params.count === 'number') template = lookup(`${key}_other`);
    const text = typeof template === 'string' ? template : key;
    return fillParams(text, params, lang);
  };
}
