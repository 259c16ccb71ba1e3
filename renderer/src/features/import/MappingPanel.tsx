import { useTranslation } from 'react-i18next';
import type { MapPerson } from '../../../../shared/contract/index.js';
import {
  cleanCell,
  guessManagerBy,
  type ColumnMapping,
  type CsvTable,
  type ImportOptions,
  type ImportTarget,
} from '../../../../shared/import/orgCsv.js';
import { Field } from '../../components/Field.js';
import { columnLetter } from './problemText.js';

interface MappingPanelProps {
  table: CsvTable;
  mapping: ColumnMapping;
  onMapping: (mapping: ColumnMapping) => void;
  existing: readonly MapPerson[];
  alreadyThere: number;
  options: ImportOptions;
  onOptions: (options: ImportOptions) => void;
}

const FIELD_TARGETS: ImportTarget[] = ['title', 'department', 'email', 'phone', 'id', 'manager'];
const EXAMPLE_MAX = 40;

/** One select per thing a person can get from the file, listing the file's columns. */
export function MappingPanel({ table, mapping, onMapping, existing, alreadyThere, options, onOptions }: MappingPanelProps) {
  const { t } = useTranslation();
  const { columns } = mapping;

  const example = (index: number | null) => {
    if (index === null) return undefined;
    const value = table.rows.slice(0, 10).map((r) => cleanCell(r.cells[index])).find((v) => v !== '');
    if (value === undefined) return undefined;
    return t('import.mapping.example', { value: value.length > EXAMPLE_MAX ? `${value.slice(0, EXAMPLE_MAX)}…` : value });
  };

  const setColumn = (target: ImportTarget, index: number | null) => {
    const next: ColumnMapping = { ...mapping, columns: { ...columns, [target]: index } };
    // Which kind of value the manager column holds depends on both columns: guess again.
    if (target === 'id' || target === 'manager') next.managerBy = guessManagerBy(table, next);
    onMapping(next);
  };

  const select = (target: ImportTarget) => (
    <Field key={target} label={t(`import.targets.${target}`)} hint={example(columns[target])}>
      <select value={columns[target] ?? ''} onChange={(event) => setColumn(target, event.target.value === '' ? null : Number(event.target.value))}>
        <option value="">{t('import.mapping.notImported')}</option>
        {table.headers.map((header, index) => (
          <option key={index} value={index}>
            {t('import.mapping.column', { letter: columnLetter(index), header })}
          </option>
        ))}
      </select>
    </Field>
  );

  const nameMissing = mapping.combineName ? columns.firstName === null && columns.lastName === null : columns.name === null;

  return (
    <section className="import-mapping" aria-labelledby="import-mapping-title">
      <h3 id="import-mapping-title">{t('import.mapping.title')}</h3>
      <p className="field-hint">{t('import.mapping.intro')}</p>
      <div className="import-mapping-grid">
        {mapping.combineName ? [select('firstName'), select('lastName')] : select('name')}
        <label className="import-check import-combine">
          <input
            type="checkbox"
            checked={mapping.combineName}
            onChange={(event) => {
              const combine = event.target.checked;
              const first = columns.firstName ?? columns.name;
              onMapping({ ...mapping, combineName: combine, columns: { ...columns, firstName: first, name: columns.name ?? first } });
            }}
          />
          {t('import.mapping.combine')}
        </label>
        {nameMissing && (
          <p className="field-error import-wide" role="alert">
            {t('import.mapping.needName')}
          </p>
        )}
        {FIELD_TARGETS.map(select)}
        {columns.manager !== null && columns.id !== null && (
          <Field label={t('import.mapping.managerBy')}>
            <select value={mapping.managerBy} onChange={(event) => onMapping({ ...mapping, managerBy: event.target.value === 'name' ? 'name' : 'id' })}>
              <option value="id">{t('import.mapping.managerById')}</option>
              <option value="name">{t('import.mapping.managerByName')}</option>
            </select>
          </Field>
        )}
        {columns.manager === null && <p className="field-hint import-wide">{t('import.mapping.noManager')}</p>}
        {existing.length > 0 && (
          <Field label={t('import.options.attachTo')}>
            <select value={options.attachToId ?? ''} onChange={(event) => onOptions({ ...options, attachToId: event.target.value || null })}>
              <option value="">{t('import.options.attachNobody')}</option>
              {existing.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.title ? `${person.name} · ${person.title}` : person.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        {alreadyThere > 0 && (
          <label className="import-check import-wide">
            <input type="checkbox" checked={options.skipExisting ?? false} onChange={(event) => onOptions({ ...options, skipExisting: event.target.checked })} />
            {t('import.options.skipExisting')}
          </label>
        )}
      </div>
    </section>
  );
}

