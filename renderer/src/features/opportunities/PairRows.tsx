import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TEXT_MAX } from '../../../../shared/domain/accounts.js';

interface PairRowsProps {
  legend: string;
  /** The two columns' names (we give / we ask; their demand / our answer). */
  columns: [string, string];
  rows: { id: string; fields: [UseFormRegisterReturn, UseFormRegisterReturn] }[];
  onRemove: (index: number) => void;
  onAdd: () => void;
  addLabel: string;
}

/** Rows of two texts side by side, added and removed freely: the plan's concessions and its expected demands. */
export function PairRows({ legend, columns, rows, onRemove, onAdd, addLabel }: PairRowsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="rows-block">
      <legend>{legend}</legend>
      <table className="table rows-table">
        <thead>
          <tr>
            <th scope="col">{columns[0]}</th>
            <th scope="col">{columns[1]}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.delete')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.id}>
              {row.fields.map((field, c) => (
                <td key={field.name}>
                  <textarea {...field} rows={2} aria-label={`${columns[c as 0 | 1]} ${i + 1}`} maxLength={TEXT_MAX} />
                </td>
              ))}
              <td className="row-actions">
                <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => onRemove(i)} aria-label={`${legend}: ${t('opportunities.negotiation.removeRow', { n: i + 1 })}`}>
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn btn-small" onClick={onAdd}>
        {addLabel}
      </button>
    </fieldset>
  );
}
