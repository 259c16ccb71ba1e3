import type { TFunction } from 'i18next';
import type { Message } from '../../../../shared/import/index.js';

/**
 * A problem or file error in the UI language. A `field` parameter is a target name and `fields` a
 * comma-separated list of them, translated too; an `encoding` is shown by its name.
 */
export function messageText(t: TFunction, message: Message): string {
  const { field, fields, encoding, ...params } = message.params;
  const translated: Record<string, string | number> = { ...params };
  if (field !== undefined) translated.field = t(`import.targets.${String(field)}`);
  if (fields !== undefined) translated.fields = String(fields).split(',').map((f) => t(`import.targets.${f}`)).join(t('import.listSeparator'));
  if (encoding !== undefined) translated.encoding = t(`import.encodings.${String(encoding)}`);
  return String(t(message.key, translated));
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
