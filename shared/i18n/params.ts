const grouping = new Map<string, Intl.NumberFormat>();

/** A value put into a sentence: a string, or a number written by `paramText`. */
export type ParamValue = string | number | null | undefined;

/**
 * How a value is written into a sentence, in every language and on every surface (UI, PDF,
 * error texts): a whole number from 1,000 on with the language's digit grouping ("10,000 people",
 * "导入 10,000 人"); anything else as it is. Smaller numbers and fractions are left alone: scores,
 * steps and percentages are already written the way they are meant to read. `language` is a
 * BCP 47 tag ('zh-CN', 'en').
 */
export function paramText(value: ParamValue, language: string): string {
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) >= 1000) {
    let format = grouping.get(language);
    if (!format) grouping.set(language, (format = new Intl.NumberFormat(language, { maximumFractionDigits: 0 })));
    return format.format(value);
  }
  return value === null || value === undefined ? '' : String(value);
}

/** Fills i18next-style {{params}} into a template, each written by `paramText`. */
export function fillParams(template: string, params: Readonly<Record<string, ParamValue>>, language: string): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => paramText(params[name], language));
}
