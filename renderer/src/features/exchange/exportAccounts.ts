import type { TFunction } from 'i18next';
import { safeFileName } from '../../../../shared/export/sheet.js';
import { call } from '../../api/client.js';
import { fileNameOf, saveFile, showInFolder } from '../../api/files.js';
import { toast, toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';

/** Exports accounts to an exchange file through the save dialog, and says where it went. */
export async function exportAccounts(t: TFunction, input: { accountIds: string[] } | { all: true }, fileStem: string): Promise<void> {
  try {
    const document = await call('exchange.export', input);
    const path = await saveFile(safeFileName(fileStem, '.keyplan.json'), 'json', `${JSON.stringify(document, null, 1)}\n`);
    if (path === null) return;
    const people = document.accounts.reduce((sum, entry) => sum + entry.people.length, 0);
    toast(t('exchange.exported', { file: fileNameOf(path), people }), { label: t('common.showInFolder'), run: () => void showInFolder(path) });
  } catch (error) {
    toastError(t('exchange.exportFailed', { message: errorText(t, error) }));
  }
}
