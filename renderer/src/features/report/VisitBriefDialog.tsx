import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { safeFileName } from '../../../../shared/export/sheet.js';
import { reportText } from '../../../../shared/report/translate.js';
import { buildVisitBrief } from '../../../../shared/report/visitBrief.js';
import { useVisitBriefData } from './queries.js';
import { ReportFrame } from './ReportFrame.js';
import { useDocument } from './useDocument.js';
import { useDocumentOptions } from './useDocumentOptions.js';

/** 拜访简报 for one person: language and paper, a live preview, save as PDF and print. */
export function VisitBriefDialog({ personId, name, onClose }: { personId: string; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const data = useVisitBriefData(personId);
  const { lang, paper, fields } = useDocumentOptions();
  const brief = data.data;
  const build = useCallback(() => buildVisitBrief(brief!, { lang, paper }), [brief, lang, paper]);
  const doc = useDocument(brief ? build : null);

  return (
    <ReportFrame
      title={t('report.dialog.briefFor', { name })}
      options={fields}
      doc={data.isError ? { html: null, building: false, error: data.error } : doc}
      paper={paper}
      suggestedName={safeFileName(reportText(lang)('report.dialog.briefFile', { name }), '.pdf')}
      onClose={onClose}
    />
  );
}
