export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The UI language for an OS locale list such as navigator.languages: Chinese if it comes first, else English. */
export function languageFromLocales(locales: readonly string[]): Language {
  for (const locale of locales) {
    const lower = locale.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
