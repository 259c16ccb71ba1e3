import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_BYTES_MAX,
  IMPORT_ROWS_MAX,
  megabytes,
  readCsvBytes,
  readCsvText,
  type CsvRead,
  type Message,
} from '../../../../shared/import/orgCsv.js';
import { messageText } from './problemText.js';

export interface ReadSource {
  read: CsvRead;
  /** The file's name, or null for pasted text. */
  fileName: string | null;
}

interface SourceStepProps {
  error: Message | null;
  onRead: (source: ReadSource) => void;
}

/** Where the table comes from: a file (chosen or dropped) or text pasted from a spreadsheet. */
export function SourceStep({ error, onRead }: SourceStepProps) {
  const { t } = useTranslation();
  const [pasted, setPasted] = useState('');
  const [over, setOver] = useState(false);
  const [reading, setReading] = useState(false);
  const hintId = useId();

  async function readFile(file: File) {
    // Refuse a huge file by its size, before reading any of it.
    if (file.size > IMPORT_BYTES_MAX) {
      onRead({ fileName: file.name, read: { ok: false, error: { key: 'import.fileErrors.tooLarge', params: { size: megabytes(file.size), max: megabytes(IMPORT_BYTES_MAX) } } } });
      return;
    }
    setReading(true);
    try {
      onRead({ fileName: file.name, read: readCsvBytes(new Uint8Array(await file.arrayBuffer())) });
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : String(failure);
      onRead({ fileName: file.name, read: { ok: false, error: { key: 'import.fileErrors.readFailed', params: { message } } } });
    } finally {
      setReading(false);
    }
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
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
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
            aria-describedby={hintId}
            disabled={reading}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void readFile(file);
            }}
          />
        </label>
        <p id={hintId} className="field-hint">
          {t('import.source.hint', { rows: IMPORT_ROWS_MAX.toLocaleString(), size: megabytes(IMPORT_BYTES_MAX) })}
        </p>
        {reading && (
          <p className="muted" role="status">
            {t('import.source.reading')}
          </p>
        )}
      </div>

      {error && (
        <div className="form-alert import-alert" role="alert">
          {messageText(t, error)}
        </div>
      )}

      <form
        className="import-paste"
        onSubmit={(event) => {
          event.preventDefault();
          onRead({ fileName: null, read: readCsvText(pasted) });
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
