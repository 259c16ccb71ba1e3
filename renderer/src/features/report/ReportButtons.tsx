import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/contract/index.js';
import { ExportPlanDialog } from './ExportPlanDialog.js';
import { VisitBriefDialog } from './VisitBriefDialog.js';

/** "Export account plan" on the account page. */
export function ExportPlanButton({ account }: { account: Account }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        {t('report.dialog.exportPlan')}
      </button>
      {open && createPortal(<ExportPlanDialog account={account} onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}

/** "Visit brief" for one person (the map's person panel, the key-person table). */
export function VisitBriefButton({ personId, name, className = 'btn' }: { personId: string; name: string; className?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} aria-label={t('report.dialog.briefFor', { name })} onClick={() => setOpen(true)}>
        {t('report.dialog.visitBrief')}
      </button>
      {/* In a portal: the buttons sit inside forms and table rows, where a dialog's own form may not go. */}
      {open && createPortal(<VisitBriefDialog personId={personId} name={name} onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}
