import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportDialog } from './ImportDialog.js';

/** "Import CSV": opens the import dialog for one account. Place it in a toolbar. */
export function ImportPeopleButton({ accountId, className = 'btn' }: { accountId: string; className?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {t('import.button')}
      </button>
      {open && <ImportDialog accountId={accountId} onClose={() => setOpen(false)} />}
    </>
  );
}
