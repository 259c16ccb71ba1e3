import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAPER_SIZES, type PaperSize } from '../../../../shared/contract/index.js';
import { LANGUAGES, type Language } from '../../../../shared/i18n/index.js';
import { Field } from '../../components/Field.js';
import { Options } from '../../components/Options.js';

export const uiLanguage = (language: string): Language => (LANGUAGES.includes(language as Language) ? (language as Language) : 'en');

/** The document's language (the UI's to start with, then independent of it) and paper, with their fields. */
export function useDocumentOptions() {
  const { t, i18n } = useTranslation();
  const [lang, setLang] = useState<Language>(() => uiLanguage(i18n.language));
  const [paper, setPaper] = useState<PaperSize>('A4');
  const fields = (
    <>
      <Field label={t('report.dialog.language')}>
        <select value={lang} onChange={(e) => setLang(e.target.value as Language)}>
          <Options values={LANGUAGES} label={(l) => t(`settings.languages.${l}`)} />
        </select>
      </Field>
      <Field label={t('report.dialog.paper')}>
        <select value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
          <Options values={PAPER_SIZES} />
        </select>
      </Field>
    </>
  );
  return { lang, paper, fields };
}
