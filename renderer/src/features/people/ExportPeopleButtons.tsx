import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/contract/index.js';
import { safeFileName, toCsv, toXlsx } from '../../../../shared/export/sheet.js';
import { fileNameOf, saveFile, showInFolder } from '../../api/files.js';
import { toast, toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import type { ColumnKey } from './columns.js';
import { columnWidths, peopleTableRows } from './exportPeople.js';

interface ExportPeopleButtonsProps {
  accountName: string;
  /** The people shown, in the order shown. */
  rows: Person[];
  managerName: (p: Person) => string;
  ownerName: (p: Person) => string;
  /** The columns shown, in the order shown. */
  columns: readonly ColumnKey[];
}

/** "Export CSV" and "Export Excel" of the key-person table as the user sees it, through the save dialog. */
export function ExportPeopleButtons({ accountName, rows, managerName, ownerName, columns }: ExportPeopleButtonsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  const save = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    try {
      const table = peopleTableRows(rows, { managerName, ownerName }, t, columns);
      const name = safeFileName(accountName, `-${t('peopleExport.sheet')}.${format}`);
      const content = format === 'csv' ? toCsv(table) : await toXlsx(table, { sheet: t('peopleExport.sheet'), widths: columnWidths(table) });
      const path = await saveFile(name, format, content);
      if (path !== null) {
        toast(t('peopleExport.done', { count: rows.length, file: fileNameOf(path) }), { label: t('common.showInFolder'), run: () => void showInFolder(path) });
      }
    } catch (error) {
      toastError(t('peopleExport.failed', { message: errorText(t, error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="btn" title={t('peopleExport.hint')} disabled={busy || rows.length === 0} onClick={() => void save('csv')}>
        {t('peopleExport.csv')}
      </button>
      <button type="button" className="btn" title={t('peopleExport.hint')} disabled={busy || rows.length === 0} onClick={() => void save('xlsx')}>
        {t('peopleExport.xlsx')}
      </button>
    </>
  );
}
