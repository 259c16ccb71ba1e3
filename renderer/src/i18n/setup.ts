import i18next, { type FormatterModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { messages, paramText, type Language } from '../../../shared/i18n/index.js';

/**
 * Every value put into a UI text is written by the same rule as in the PDF and in error texts
 * (`paramText`: "10,000 people", not "10000 people"). The texts use no named formats.
 */
const sentenceValues: FormatterModule = {
  type: 'formatter',
  init: () => {},
  add: () => {},
  addCached: () => {},
  // Anything but a number goes back untouched (a missing value stays missing for i18next).
  format: (value: unknown, _format, language) => (typeof value === 'number' ? paramText(value, language ?? 'en') : (value as string)),
};

export async function setupI18n(language: Language) {
  await i18next.use(initReactI18next).use(sentenceValues).init({
    resources: { en: { translation: messages.en }, 'zh-CN': { translation: messages['zh-CN'] } },
    lng: language,
    fallbackLng: 'en',
    // React escapes what it renders; i18next must not escape a second time.
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}
