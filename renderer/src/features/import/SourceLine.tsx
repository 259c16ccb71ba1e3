import { useTranslation } from 'react-i18next';
import { isTextEncoding, TEXT_ENCODINGS, type ImportTable, type Message, type ReadStage, type TextEncoding } from '../../../../shared/import/index.js';
import { Options } from '../../components/Options.js';
import { messageText } from './problemText.js';

interface SourceLineProps {
  table: ImportTable;
  fileName: string | null;
  reading: ReadStage | 'load' | null;
  /** A refusal of the last re-read (e.g. in an encoding the file is not in); the table shown stays. */
  error: Message | null;
  onEncoding: (encoding: TextEncoding) => void;
  onSheet: (sheet: string) => void;
  onBack: () => void;
}

/** What was read: the file, its size in rows and columns, and the encoding or sheet it was read with (changeable). */
export function SourceLine({ table, fileName, reading, error, onEncoding, onSheet, onBack }: SourceLineProps) {
  const { t } = useTranslation();
  const { source } = table;
  const size = { rows: table.rows.length, columns: table.headers.length };
  return (
    <div className="import-source-line">
      <span className="muted">{fileName === null ? t('import.source.pasted', size) : t('import.source.file', { file: fileName, ...size })}</span>
      {source.format === 'csv' && (
        <label className="inline-field">
          <span>{t('import.source.encoding')}</span>
          <select
            value={source.encoding}
            disabled={reading !== null}
            title={t('import.source.encodingGuessed')}
            onChange={(event) => isTextEncoding(event.target.value) && onEncoding(event.target.value)}
          >
            <Options values={TEXT_ENCODINGS} label={(encoding) => t(`import.encodings.${encoding}`)} />
          </select>
        </label>
      )}
      {source.format === 'xlsx' && source.sheets.length > 1 && (
        <label className="inline-field">
          <span>{t('import.source.sheet')}</span>
          <select value={source.sheet} disabled={reading !== null} onChange={(event) => onSheet(event.target.value)}>
            <Options values={source.sheets} />
          </select>
        </label>
      )}
      {reading && <progress className="import-inline-progress" aria-label={t(`import.source.stages.${reading}`)} />}
      <button type="button" className="btn btn-small" onClick={onBack}>
        {t('import.back')}
      </button>
      {error && (
        <div className="form-alert import-alert import-wide-line" role="alert">
          {messageText(t, error)}
        </div>
      )}
    </div>
  );
}
