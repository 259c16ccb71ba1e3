import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { messages, type Language } from '../../../shared/i18n/index.js';

export async function setupI18n(language: Language) {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: messages.en }, 'zh-CN': { translation: messages['zh-CN'] } },
    lng: language,
    fallbackLng: 'en',
    // React escapes what it renders; i18next must not escape a second time.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}
