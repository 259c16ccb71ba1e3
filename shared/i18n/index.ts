import { en, type Messages } from './en/index.js';
import { zhCN } from './zh-CN/index.js';
import type { Language } from './languages.js';
import { fillParams } from './params.js';

export const messages: Record<Language, Messages> = { 'zh-CN': zhCN, en };
export type { Messages };
export * from './languages.js';
export { fillParams, paramText, type ParamValue } from './params.js';

/** The English text of a dotted key, with {{params}} filled in (for error envelopes and logs). */
export function englishText(key: string, params: Record<string, string | number> = {}): string {
  let node: unknown = en;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  const template = typeof node === 'string' ? node : key;
  return fillParams(template, params, 'en');
}
