import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAPER_SIZES, type PaperSize } from '../../../../shared/contract/index.js';
import { LANGUAGES, type Language } from '../../../../shared/i18n/index.js';
import { safeFileName } from '../../../../shared/report/fileName.js';
import { reportText } from '../../../../shared/report/translate.js';
import { buildVisitBrief } from '../../../../shared/report/visitBrief.js';
import { Field } from '../../components/Field.js';
import { Options } from '../../components/Options.js';
import { useVisitBriefData } from './queries.js';
import { ReportFrame } from './ReportFrame.js';
import { useDocument } from './useDocument.js';

/** 拜访简报 for one person: language and paper, a live preview, save as PDF and print. */
export function VisitBriefDialog({ personId, name, onClose }: { personId: string; name: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const data = useVisitBriefData(personId);
  const [lang, setLang] = useState<Language>(() => (LANGUAGES.includes(i18n.language as Language) ? (i18n.language as Language) : 'en'));
  const [paper, setPaper] = useState<PaperSize>('A4');
  const brief = data.data;
  const build = useCallback(() => buildVisitBrief(brief!, { lang, paper }), [brief, lang, paper]);
  const doc = useDocument(brief ? build : null);

  const options = (
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

  return (
    <ReportFrame
      title={t('report.dialog.briefFor', { name })}
      options={options}
      doc={data.isError ? { html: null, building: false, error: data.error } : doc}
      paper={paper}
      suggestedName={`${safeFileName(reportText(lang)('report.dialog.briefFile', { name }))}.pdf`}
      onClose={onClose}
    />
  );
}
