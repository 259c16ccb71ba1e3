import type { TFunction } from 'i18next';
import type { Message } from '../../../../shared/import/orgCsv.js';

/** A problem or file error in the UI language; a `field` parameter is a target name and is translated too. */
export function messageText(t: TFunction, message: Message): string {
  const { field, ...params } = message.params;
  return t(message.key, { ...params, ...(field === undefined ? {} : { field: t(`import.targets.${String(field)}`) }) });
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
