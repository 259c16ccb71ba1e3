import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DUPLICATE_ACTIONS, type DuplicateAction, type ImportPlan, type ImportRow } from '../../../../shared/import/index.js';
import { Options } from '../../components/Options.js';
import { messageText } from './problemText.js';

/** Enough to check the mapping at a glance; every problem row is reachable with the filter. */
const FIRST_ROWS = 50;
const PROBLEM_ROWS = 500;

interface PreviewTableProps {
  plan: ImportPlan;
  /** The user's choice for rows that match someone already there, by row number. */
  rowActions: ReadonlyMap<number, DuplicateAction>;
  onRowAction: (row: number, action: DuplicateAction) => void;
  defaultAction: DuplicateAction;
}

const isAction = (value: string): value is DuplicateAction => (DUPLICATE_ACTIONS as readonly string[]).includes(value);

/** The rows as they will be imported, problems marked on their row; a row that matches someone already there has its own choice. */
export function PreviewTable({ plan, rowActions, onRowAction, defaultAction }: PreviewTableProps) {
  const { t } = useTranslation();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const withProblems = plan.rows.filter((r) => r.problems.length > 0 || r.match !== null);
  const hasMatches = plan.duplicates > 0;
  const filtering = onlyProblems && withProblems.length > 0;
  const rows = filtering ? withProblems.slice(0, PROBLEM_ROWS) : plan.rows.slice(0, FIRST_ROWS);

  const managerText = (row: ImportRow) => {
    if (row.manager === null) return row.managerValue;
    return 'existingId' in row.manager ? t('import.preview.existingManager', { name: row.manager.name }) : row.manager.name;
  };

  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      <div className="import-preview-head">
        <h3 id="import-preview-title">{t('import.preview.title')}</h3>
        <span className="muted small">
          {filtering
            ? t('import.preview.shownProblems', { shown: rows.length, total: withProblems.length })
            : t('import.preview.shown', { shown: rows.length, total: plan.rows.length })}
        </span>
        {withProblems.length > 0 && (
          <label className="import-check small">
            <input type="checkbox" checked={onlyProblems} onChange={(event) => setOnlyProblems(event.target.checked)} />
            {t('import.preview.onlyProblems')}
          </label>
        )}
      </div>
      <div className="import-preview-scroll">
        <table className="table import-table" aria-label={t('import.preview.tableLabel')}>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('import.preview.row')}
              </th>
              <th scope="col">{t('import.targets.name')}</th>
              <th scope="col">{t('import.targets.title')}</th>
              <th scope="col">{t('import.targets.department')}</th>
              <th scope="col">{t('import.preview.manager')}</th>
              <th scope="col">{t('import.targets.email')}</th>
              <th scope="col">{t('import.targets.phone')}</th>
              <th scope="col">{t('import.preview.problems')}</th>
              {hasMatches && <th scope="col">{t('import.preview.action')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const level = row.problems.some((p) => p.level === 'error')
                ? 'error'
                : row.action === 'skip'
                  ? 'skipped'
                  : row.problems.some((p) => p.level === 'warning')
                    ? 'warning'
                    : row.action === 'merge'
                      ? 'merge'
                      : 'ok';
              return (
                <tr key={row.row} className={`import-row-${level}`}>
                  <th scope="row" className="num">
                    {row.row}
                  </th>
                  <td className="import-name">{row.fields.name}</td>
                  <td>{row.fields.title}</td>
                  <td>{row.fields.department}</td>
                  <td>{managerText(row)}</td>
                  <td>{row.fields.email}</td>
                  <td>{row.fields.phone}</td>
                  <td className="import-problems">
                    {row.problems.map((problem, i) => (
                      <span key={i} className={`import-problem import-problem-${problem.level}`}>
                        {messageText(t, problem)}
                      </span>
                    ))}
                  </td>
                  {hasMatches && (
                    <td>
                      {row.match && (
                        <select
                          className="import-row-action"
                          aria-label={t('import.duplicates.rowAction', { row: row.row })}
                          value={rowActions.get(row.row) ?? defaultAction}
                          onChange={(event) => isAction(event.target.value) && onRowAction(row.row, event.target.value)}
                        >
                          <Options values={DUPLICATE_ACTIONS} label={(value) => t(`import.duplicates.${value}`)} />
                        </select>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
