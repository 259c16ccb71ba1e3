import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/contract/index.js';
import {
  chartShape,
  guessMapping,
  planImport,
  type ColumnMapping,
  type CsvTable,
  type ImportOptions,
  type Message,
} from '../../../../shared/import/orgCsv.js';
import { Modal } from '../../components/Modal.js';
import { toast } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useStakeholderCommands } from '../stakeholders/commands.js';
import { useAccountMap } from '../stakeholders/queries.js';
import { MappingPanel } from './MappingPanel.js';
import { PreviewTable } from './PreviewTable.js';
import { SourceStep, type ReadSource } from './SourceStep.js';
import './import.css';

interface Loaded {
  table: CsvTable;
  fileName: string | null;
  mapping: ColumnMapping;
}

const NO_PEOPLE: Person[] = [];

/**
 * The CSV import: pick or paste a table, check the column mapping against a preview with every
 * problem on its row, then import in one all-or-nothing call (undoable like any map edit).
 */
export function ImportDialog({ accountId, onClose }: { accountId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const existing = useAccountMap(accountId).data?.people ?? NO_PEOPLE;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [fileError, setFileError] = useState<Message | null>(null);
  const [options, setOptions] = useState<ImportOptions>({ skipExisting: false, attachToId: null });
  const [importing, setImporting] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  const onCommandError = useCallback((error: unknown) => setImportError(t('import.failed', { message: errorText(t, error) })), [t]);
  const commands = useStakeholderCommands(accountId, onCommandError);

  const plan = useMemo(
    () => (loaded ? planImport(loaded.table, loaded.mapping, { ...options, existing }) : null),
    [loaded, options, existing],
  );
  // Only worth saying when the file has reporting lines.
  const shape = useMemo(() => {
    const found = plan && plan.people.length > 0 ? chartShape(plan.people) : null;
    return found && found.depth > 0 ? found : null;
  }, [plan]);

  const onRead = ({ read, fileName }: ReadSource) => {
    setImportError(null);
    if (!read.ok) {
      setFileError(read.error);
      return;
    }
    setFileError(null);
    setLoaded({ table: read.table, fileName, mapping: guessMapping(read.table) });
  };

  const submit = async () => {
    if (!plan || plan.people.length === 0 || importing) return;
    setImporting(true);
    setImportError(null);
    const result = await commands.importPeople(plan.people);
    setImporting(false);
    if (!result) return;
    toast(t('import.done', { count: result.created }), { label: t('common.undo'), run: () => void commands.undo() });
    onClose();
  };

  return (
    <Modal title={t('import.title')} onClose={onClose} wide>
      <div className="import-dialog">
        {!loaded || !plan ? (
          <SourceStep error={fileError} onRead={onRead} />
        ) : (
          <>
            <div className="import-source-line">
              <span className="muted">
                {loaded.fileName === null
                  ? t('import.source.pasted', { rows: loaded.table.rows.length, columns: loaded.table.headers.length })
                  : t('import.source.file', {
                      file: loaded.fileName,
                      rows: loaded.table.rows.length,
                      columns: loaded.table.headers.length,
                      encoding: loaded.table.encoding.toUpperCase(),
                    })}
              </span>
              <button type="button" className="btn btn-small" onClick={() => setLoaded(null)}>
                {t('import.back')}
              </button>
            </div>
            <MappingPanel
              table={loaded.table}
              mapping={loaded.mapping}
              onMapping={(mapping) => setLoaded({ ...loaded, mapping })}
              existing={existing}
              alreadyThere={plan.alreadyThere}
              options={options}
              onOptions={setOptions}
            />
            <div className="import-summary" role="status">
              <strong>
                {t('import.preview.summary', {
                  people: t('import.preview.people', { count: plan.people.length }),
                  problems: t('import.preview.problems', { count: plan.problems }),
                })}
              </strong>
              {plan.skipped > 0 && !plan.mappingError && <span>{t('import.preview.skipped', { count: plan.skipped })}</span>}
              {plan.alreadyThere > 0 && <span>{t('import.preview.alreadyThere', { count: plan.alreadyThere })}</span>}
              {shape && <span className="muted">{t('import.preview.shape', shape)}</span>}
            </div>
            <PreviewTable plan={plan} />
          </>
        )}
        {importError && (
          <div className="form-alert import-alert" role="alert">
            {importError}
          </div>
        )}
      </div>
      <div className="modal-actions">
        {plan && plan.people.length === 0 && !plan.mappingError && <span className="import-nothing">{t('import.nothing')}</span>}
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
        {plan && (
          <button type="button" className="btn btn-primary" disabled={plan.people.length === 0 || importing} onClick={() => void submit()}>
            {importing ? t('import.importing') : t('import.submit', { count: plan.people.length })}
          </button>
        )}
      </div>
    </Modal>
  );
}
