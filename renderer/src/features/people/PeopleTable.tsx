import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import type { Person } from '../../../../shared/contract/index.js';
import { ACTIONS_WIDTH, COLUMN_WIDTH, LAST_CONTACT_WIDTH, SELECT_WIDTH, type ColumnKey, type MovableColumn, type SortDirection } from './columns.js';
import { EditorSourcesContext, type EditorSources } from './CellEditor.js';
import { PersonRow, type RowActions } from './PersonRow.js';
import { ROW_HEIGHT, useRowWindow } from './useRowWindow.js';

interface PeopleTableProps {
  rows: Person[];
  /** The columns shown after the name, in order. */
  columns: readonly MovableColumn[];
  /** Each person's last contact (people never contacted are absent). */
  lastContact?: Readonly<Record<string, string>>;
  accountId: string;
  caption: string;
  sort: ColumnKey;
  direction: SortDirection;
  onSort: (column: ColumnKey) => void;
  editing: { id: string; column: ColumnKey } | null;
  selected: ReadonlySet<string>;
  onSelectAll: (ids: string[], selected: boolean) => void;
  actions: RowActions;
  managerName: (person: Person) => string;
  ownerName: (person: Person) => string;
  sources: EditorSources;
  t: TFunction;
}

function SelectAll({ rows, selected, onSelectAll, t }: Pick<PeopleTableProps, 'rows' | 'selected' | 'onSelectAll' | 't'>) {
  const ref = useRef<HTMLInputElement>(null);
  const count = rows.reduce((n, p) => n + (selected.has(p.id) ? 1 : 0), 0);
  const all = rows.length > 0 && count === rows.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = count > 0 && !all;
  }, [count, all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      checked={all}
      aria-label={t('table.selectAll')}
      onChange={(e) =>
        onSelectAll(
          rows.map((p) => p.id),
          e.target.checked,
        )
      }
    />
  );
}

/**
 * The key-person table itself: sortable headers and one memoised row per person. Only the rows in
 * view (and a margin) are drawn; spacer rows keep the scroll height, and aria-rowcount/rowindex tell
 * assistive technology the table's full size.
 */
export function PeopleTable(props: PeopleTableProps) {
  const { rows, columns, accountId, caption, sort, direction, onSort, editing, selected, actions, managerName, ownerName, sources, t, lastContact } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const shown: ColumnKey[] = ['name', ...columns];
  const tableWidth = SELECT_WIDTH + LAST_CONTACT_WIDTH + ACTIONS_WIDTH + shown.reduce((sum, column) => sum + COLUMN_WIDTH[column], 0);
  const range = useRowWindow(scrollRef, rows.length);
  // The row being edited stays drawn even when scrolled away, so its editor keeps what was typed.
  const editingIndex = editing ? rows.findIndex((p) => p.id === editing.id) : -1;
  const start = editingIndex >= 0 ? Math.min(range.start, editingIndex) : range.start;
  const end = editingIndex >= 0 ? Math.max(range.end, editingIndex + 1) : range.end;
  return (
    <EditorSourcesContext.Provider value={sources}>
      <div className="people-scroll" ref={scrollRef}>
        <table className="table people-table" aria-rowcount={rows.length + 1} style={{ width: tableWidth }}>
          <caption className="visually-hidden">{caption}</caption>
          <colgroup>
            <col style={{ width: SELECT_WIDTH }} />
            {shown.map((column) => (
              <col key={column} style={{ width: COLUMN_WIDTH[column] }} />
            ))}
            <col style={{ width: LAST_CONTACT_WIDTH }} />
            <col style={{ width: ACTIONS_WIDTH }} />
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" className="col-select">
                <SelectAll {...props} />
              </th>
              {shown.map((column) => {
                const label = t(`table.columns.${column}`);
                const sorted = column === sort;
                return (
                  <th
                    key={column}
                    scope="col"
                    className={`col-${column}`}
                    aria-sort={sorted ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                  >
                    <button type="button" className="sort-button" onClick={() => onSort(column)} title={t('table.sortBy', { column: label })}>
                      {label}
                      <span className="sort-mark" aria-hidden="true">
                        {sorted ? (direction === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
              <th scope="col" className="col-lastContact">
                {t('activities.lastContactColumn')}
              </th>
              <th scope="col" className="col-actions">
                <span className="visually-hidden">{t('table.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {start > 0 && <tr className="spacer" aria-hidden="true" style={{ height: start * ROW_HEIGHT }} />}
            {rows.slice(start, end).map((person, i) => (
              <PersonRow
                key={person.id}
                index={start + i}
                person={person}
                columns={columns}
                accountId={accountId}
                managerName={managerName(person)}
                ownerName={ownerName(person)}
                editing={editing?.id === person.id ? editing.column : null}
                selected={selected.has(person.id)}
                actions={actions}
                t={t}
                lastContact={lastContact?.[person.id] ?? null}
              />
            ))}
            {end < rows.length && <tr className="spacer" aria-hidden="true" style={{ height: (rows.length - end) * ROW_HEIGHT }} />}
          </tbody>
        </table>
      </div>
    </EditorSourcesContext.Provider>
  );
}
