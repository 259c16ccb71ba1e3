import { useTranslation } from 'react-i18next';
import { languageFromLocales, type Language } from '../../../shared/i18n/index.js';

/** The UI language as the shared code names it ('zh-CN' | 'en'), for formatting amounts, dates and template texts. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return languageFromLocales([i18n.language]);
}
