/**
 * The one order for names shown in a list: the language's own (pinyin for Chinese), ignoring case
 * and accents, with numbers in number order ("Site 2" before "Site 10").
 */
export const nameCollator = (locales: string | readonly string[]): Intl.Collator =>
  new Intl.Collator(locales as string | string[], { sensitivity: 'base', numeric: true });
