import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/contract/index.js';
import {
  chartShape,
  guessMapping,
  IMPORT_BYTES_MAX,
  megabytes,
  MERGE_TARGETS,
  planImport,
  readCsvText,
  recogniseLayout,
  type ColumnMapping,
  type DuplicateAction,
  type ImportOptions,
  type ImportTable,
  type Message,
  type ReadStage,
  type TableRead,
  type TextEncoding,
} from '../../../../shared/import/index.js';
import { Modal } from '../../components/Modal.js';
import { toast } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useStakeholderCommands } from '../stakeholders/commands.js';
import { usePeopleList } from '../stakeholders/queries.js';
import { DuplicatesPanel } from './DuplicatesPanel.js';
import { MappingPanel } from './MappingPanel.js';
import { PreviewTable } from './PreviewTable.js';
import { readInWorker } from './readInWorker.js';
import { SourceLine } from './SourceLine.js';
import { SourceStep } from './SourceStep.js';
import './import.css';

/** The file as chosen (kept to read it again in another encoding or sheet), or null for pasted text. */
export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

interface Loaded {
  table: ImportTable;
  file: ChosenFile | null;
  mapping: ColumnMapping;
}

const NO_PEOPLE: Person[] = [];
const ENCODING_ERRORS = new Set(['import.fileErrors.badUtf8', 'import.fileErrors.badBytes', 'import.fileErrors.controlCharacter']);
const DEFAULT_OPTIONS: ImportOptions = { duplicates: 'merge', merge: { fields: MERGE_TARGETS, replace: false }, attachToId: null };

/**
 * The people import: pick or paste a table (CSV in any encoding, or .xlsx), check the column mapping
 * and what happens to people already in the account against a preview with every problem on its
 * row, then import in one all-or-nothing call (undoable like any map edit).
 */
export function ImportDialog({ accountId, onClose }: { accountId: string; onClose: () => void }) {
  const { t } = useTranslation();
  // Whole people (email and phone find duplicates), not the map's slim ones.
  const live = usePeopleList(accountId).data ?? NO_PEOPLE;
  // While importing, the people as they were: the import itself adds to the live list, and planning
  // 50,000 rows again against themselves would be wasted.
  const [frozen, setFrozen] = useState<readonly Person[] | null>(null);
  const existing = frozen ?? live;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [fileError, setFileError] = useState<Message | null>(null);
  const [reading, setReading] = useState<ReadStage | 'load' | null>(null);
  // A file refused for its encoding, to read again in one the user chooses.
  const [refused, setRefused] = useState<ChosenFile | null>(null);
  const [options, setOptions] = useState<ImportOptions>(DEFAULT_OPTIONS);
  const [rowActions, setRowActions] = useState<ReadonlyMap<number, DuplicateAction>>(new Map());
  const [importing, setImporting] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  const onCommandError = useCallback((error: unknown) => setImportError(t('import.failed', { message: errorText(t, error) })), [t]);
  const commands = useStakeholderCommands(accountId, onCommandError);

  const plan = useMemo(
    () => (loaded ? planImport(loaded.table, loaded.mapping, { ...options, rowActions, existing }) : null),
    [loaded, options, rowActions, existing],
  );
  // Only worth saying when the file has reporting lines.
  const shape = useMemo(() => {
    const found = plan && plan.people.length > 0 ? chartShape(plan.people) : null;
    return found && found.depth > 0 ? found : null;
  }, [plan]);
  const layout = useMemo(() => (loaded ? recogniseLayout(loaded.table, loaded.mapping) : null), [loaded]);

  const show = (read: TableRead, file: ChosenFile | null, keepMapping?: ColumnMapping) => {
    setImportError(null);
    if (!read.ok) {
      setFileError(read.error);
      setRefused(file && ENCODING_ERRORS.has(read.error.key) ? file : null);
      return;
    }
    setFileError(null);
    setRefused(null);
    setRowActions(new Map());
    const sameColumns = keepMapping && loaded && loaded.table.headers.join('\u0000') === read.table.headers.join('\u0000');
    setLoaded({ table: read.table, file, mapping: sameColumns ? keepMapping : guessMapping(read.table) });
  };

  const read = async (file: ChosenFile, choice: { encoding?: TextEncoding; sheet?: string } = {}) => {
    setReading('load');
    try {
      show(await readInWorker(file.bytes, choice, setReading), file, loaded?.mapping);
    } finally {
      setReading(null);
    }
  };

  const onFile = async (file: File) => {
    setImportError(null);
    // Refuse a huge file by its size, before reading any of it.
    if (file.size > IMPORT_BYTES_MAX) {
      setFileError({ key: 'import.fileErrors.tooLarge', params: { size: megabytes(file.size), max: megabytes(IMPORT_BYTES_MAX) } });
      return;
    }
    setReading('load');
    try {
      await read({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch (failure) {
      setReading(null);
      setFileError({ key: 'import.fileErrors.readFailed', params: { message: failure instanceof Error ? failure.message : String(failure) } });
    }
  };

  const submit = async () => {
    if (!plan || plan.people.length + plan.merges.length === 0 || importing) return;
    setImporting(true);
    setImportError(null);
    setFrozen(existing);
    const result = await commands.importPeople(plan.people, plan.merges);
    setImporting(false);
    if (!result) {
      setFrozen(null);
      return;
    }
    const done =
      result.merged.length > 0
        ? t('import.doneMerged', { people: t('import.preview.people', { count: result.created }), merged: result.merged.length })
        : t('import.done', { count: result.created });
    toast(done, { label: t('common.undo'), run: () => void commands.undo() });
    onClose();
  };

  const total = plan ? plan.people.length + plan.merges.length : 0;
  return (
    <Modal title={t('import.title')} onClose={onClose} wide>
      <div className="import-dialog">
        {!loaded || !plan ? (
          <SourceStep
            error={fileError}
            reading={reading}
            onFile={(file) => void onFile(file)}
            onPaste={(text) => show(readCsvText(text), null)}
            onEncoding={refused ? (encoding) => void read(refused, { encoding }) : null}
          />
        ) : (
          <>
            <SourceLine
              table={loaded.table}
              fileName={loaded.file?.name ?? null}
              reading={reading}
              error={fileError}
              onEncoding={(encoding) => loaded.file && void read(loaded.file, { encoding })}
              onSheet={(sheet) => loaded.file && void read(loaded.file, { sheet })}
              onBack={() => {
                setLoaded(null);
                setFileError(null);
              }}
            />
            <MappingPanel
              table={loaded.table}
              mapping={loaded.mapping}
              layout={layout}
              onMapping={(mapping) => setLoaded({ ...loaded, mapping })}
              existing={existing}
              options={options}
              onOptions={setOptions}
            />
            {plan.duplicates > 0 && <DuplicatesPanel count={plan.duplicates} options={options} onOptions={setOptions} hasManager={loaded.mapping.columns.manager !== null} />}
            <div className="import-summary" role="status">
              <strong>
                {t('import.preview.summary', {
                  people: t('import.preview.people', { count: plan.people.length }),
                  problems: t('import.preview.problems', { count: plan.problems }),
                })}
              </strong>
              {plan.merges.length > 0 && <span>{t('import.preview.merged', { count: plan.merges.length })}</span>}
              {plan.skipped > 0 && !plan.mappingError && <span>{t('import.preview.skipped', { count: plan.skipped })}</span>}
              {shape && <span className="muted">{t('import.preview.shape', shape)}</span>}
            </div>
            <PreviewTable
              plan={plan}
              rowActions={rowActions}
              onRowAction={(row, action) => setRowActions((current) => new Map(current).set(row, action))}
              defaultAction={options.duplicates ?? 'merge'}
            />
          </>
        )}
        {importError && (
          <div className="form-alert import-alert" role="alert">
            {importError}
          </div>
        )}
      </div>
      <div className="modal-actions">
        {plan && total === 0 && !plan.mappingError && <span className="import-nothing">{t('import.nothing')}</span>}
        {importing && plan && (
          <span className="import-progress" role="status">
            <progress aria-label={t('import.importing', { count: total })} />
            <span className="muted">{t('import.importing', { count: total })}</span>
          </span>
        )}
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
        {plan && (
          <button type="button" className="btn btn-primary" disabled={total === 0 || importing} onClick={() => void submit()}>
            {plan.merges.length > 0
              ? t('import.submitMerge', { people: t('import.preview.people', { count: plan.people.length }), merged: plan.merges.length })
              : t('import.submit', { count: plan.people.length })}
          </button>
        )}
      </div>
    </Modal>
  );
}
