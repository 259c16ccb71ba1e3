import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_BYTES_MAX, IMPORT_ROWS_MAX, isTextEncoding, megabytes, TEXT_ENCODINGS, type Message, type ReadStage, type TextEncoding } from '../../../../shared/import/index.js';
import { Options } from '../../components/Options.js';
import { messageText } from './problemText.js';

interface SourceStepProps {
  error: Message | null;
  /** The step reading is at, or null when not reading. */
  reading: ReadStage | 'load' | null;
  onFile: (file: File) => void;
  onPaste: (text: string) => void;
  /** Set when the file was refused for its encoding: read it again in the one chosen. */
  onEncoding: ((encoding: TextEncoding) => void) | null;
}

const ACCEPT = [
  '.csv,.tsv,.txt,.xlsx',
  'text/csv,text/tab-separated-values,text/plain',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

/** Where the table comes from: a file (chosen or dropped: CSV or .xlsx) or text pasted from a spreadsheet. */
export function SourceStep({ error, reading, onFile, onPaste, onEncoding }: SourceStepProps) {
  const { t } = useTranslation();
  const [pasted, setPasted] = useState('');
  const [over, setOver] = useState(false);
  const hintId = useId();

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <div className="import-source">
      <p className="import-intro">{t('import.source.intro')}</p>
      <div
        className={`import-drop${over ? ' is-over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="import-drop"
      >
        <span className="import-drop-title">{t('import.source.drop')}</span>
        <span className="muted">{t('import.source.or')}</span>
        <label className="btn btn-primary import-file-button">
          {t('import.source.choose')}
          <input
            type="file"
            className="visually-hidden"
            accept={ACCEPT}
            aria-describedby={hintId}
            disabled={reading !== null}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) onFile(file);
            }}
          />
        </label>
        <p id={hintId} className="field-hint">
          {t('import.source.hint', { rows: IMPORT_ROWS_MAX, size: megabytes(IMPORT_BYTES_MAX) })}
        </p>
        {reading && (
          <div className="import-progress" role="status">
            <progress aria-label={t(`import.source.stages.${reading}`)} />
            <span className="muted">{t(`import.source.stages.${reading}`)}</span>
          </div>
        )}
      </div>

      {error && (
        <div className="form-alert import-alert" role="alert">
          {messageText(t, error)}
        </div>
      )}
      {error && onEncoding && (
        <label className="inline-field">
          <span>{t('import.source.encoding')}</span>
          <select value="" onChange={(event) => isTextEncoding(event.target.value) && onEncoding(event.target.value)}>
            <option value="" disabled>
              {t('import.source.chooseEncoding')}
            </option>
            <Options values={TEXT_ENCODINGS} label={(encoding) => t(`import.encodings.${encoding}`)} />
          </select>
        </label>
      )}

      <form
        className="import-paste"
        onSubmit={(event) => {
          event.preventDefault();
          onPaste(pasted);
        }}
      >
        <label className="import-paste-label">
          {t('import.source.pasteLabel')}
          <textarea
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
            placeholder={t('import.source.pastePlaceholder')}
            rows={5}
            spellCheck={false}
          />
        </label>
        <button type="submit" className="btn" disabled={pasted.trim() === ''}>
          {t('import.source.usePaste')}
        </button>
      </form>
    </div>
  );
}
