import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Account, Offering, WhitespaceCell } from '../../../../shared/contract/index.js';
import { formatAmountCompact } from '../../../../shared/domain/amount.js';
import { WHITESPACE_STATUSES } from '../../../../shared/domain/opportunities.js';
import { useApiQuery } from '../../api/freshness.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { UndoButtons } from '../../undo/UndoButtons.js';
import { CellDialog } from './CellDialog.js';
import { useWhitespaceCommands } from './commands.js';
import './whitespace.css';

/** 机会地图（白地分析）: our offerings × the client's units, each cell coloured and worded; the account's potential beside the cells' sum. */
export function WhitespaceTab({ account }: { account: Account }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const grid = useApiQuery('whitespace.get', { accountId: account.id });
  const commands = useWhitespaceCommands(account.id);
  const [editing, setEditing] = useState<{ offering: Offering; unit: string } | null>(null);
  const [unitName, setUnitName] = useState('');
  if (grid.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (grid.isError) {
    return (
      <div className="form-alert" role="alert">
        {t('errors.loadFailed', { message: errorText(t, grid.error) })}
      </div>
    );
  }
  const g = grid.data;
  const cells = new Map(g.cells.map((c) => [`${c.offeringId}\u0000${c.unit}`, c]));
  const cellAt = (offeringId: string, unit: string) => cells.get(`${offeringId}\u0000${unit}`);
  const opportunityName = new Map(g.opportunities.map((o) => [o.id, o.name]));
  const money = (value: number) => formatAmountCompact(value, g.account.currency, language);
  const { totals } = g;
  const potential = totals.annualPotential;
  const cellText = (cell: WhitespaceCell | undefined) => {
    if (!cell) return { status: t('opportunities.whitespace.empty'), detail: '' };
    const detail =
      cell.status === 'in_progress'
        ? (opportunityName.get(cell.opportunityId ?? '') ?? '')
        : cell.status === 'competitor'
          ? cell.competitor
          : '';
    return { status: t(`opportunities.whitespaceStatuses.${cell.status}`), detail, amount: cell.amount === null ? '' : money(cell.amount) };
  };

  const addUnit = async () => {
    const name = unitName.trim();
    if (!name) return;
    if (await commands.addUnit(name)) setUnitName('');
  };

  return (
    <section className="whitespace" aria-labelledby="whitespace-title">
      <div className="section-bar">
        <h2 id="whitespace-title">{t('opportunities.whitespace.title')}</h2>
        <span className="spacer" />
        <UndoButtons scope={account.id} />
      </div>
      <p className="muted">{t('opportunities.whitespace.intro')}</p>
      <ul className="ws-legend" aria-label={t('opportunities.whitespace.legend')}>
        {WHITESPACE_STATUSES.map((s) => (
          <li key={s} className={`ws-chip ws-${s}`}>
            {t(`opportunities.whitespaceStatuses.${s}`)}
          </li>
        ))}
      </ul>
      {g.offerings.length === 0 ? (
        <p className="notice">
          {t('opportunities.whitespace.noOfferings')} <Link to="/settings">{t('opportunities.offerings.title')}</Link>
        </p>
      ) : g.units.length === 0 ? (
        <p className="notice">{t('opportunities.whitespace.noUnits')}</p>
      ) : (
        <div className="ws-scroll">
          <table className="ws-grid">
            <thead>
              <tr>
                <th scope="col">{t('opportunities.whitespace.offering')}</th>
                {g.units.map((u) => (
                  <th scope="col" key={u.name}>
                    <span className="ws-unit">{u.name}</span>
                    {u.id && (
                      <button type="button" className="btn-icon" onClick={() => void commands.removeUnit(u.id!)} aria-label={t('opportunities.whitespace.removeUnit', { name: u.name })}>
                        ×
                      </button>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {g.offerings.map((offering) => (
                <tr key={offering.id}>
                  <th scope="row">{offering.name}</th>
                  {g.units.map((u) => {
                    const cell = cellAt(offering.id, u.name);
                    const text = cellText(cell);
                    return (
                      <td key={u.name} className={`ws-cell ws-${cell?.status ?? 'none'}`}>
                        <button
                          type="button"
                          className="ws-cell-button"
                          onClick={() => setEditing({ offering, unit: u.name })}
                          aria-label={t('opportunities.whitespace.cell', { offering: offering.name, unit: u.name, status: [text.status, text.detail, text.amount].filter(Boolean).join(', ') })}
                        >
                          <span className="ws-status">{text.status}</span>
                          {text.detail && <span className="ws-detail">{text.detail}</span>}
                          {text.amount && <span className="ws-amount">{text.amount}</span>}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form
        className="ws-add-unit"
        onSubmit={(event) => {
          event.preventDefault();
          void addUnit();
        }}
      >
        <label className="inline-field">
          {t('opportunities.whitespace.unitName')}
          <input value={unitName} onChange={(e) => setUnitName(e.target.value)} maxLength={200} />
        </label>
        <button type="submit" className="btn btn-small" disabled={!unitName.trim()}>
          {t('opportunities.whitespace.addUnit')}
        </button>
      </form>
      <section className="ws-totals" aria-labelledby="ws-totals-title">
        <h3 id="ws-totals-title">{t('opportunities.whitespace.totals')}</h3>
        <dl className="facts">
          <div className="fact">
            <dt>{t('opportunities.whitespace.annualPotential')}</dt>
            <dd>{potential === null ? t('common.none') : money(potential)}</dd>
          </div>
          <div className="fact">
            <dt>{t('opportunities.whitespace.cellsSum')}</dt>
            <dd>{money(totals.cells)}</dd>
          </div>
          <div className="fact">
            <dt>{t('opportunities.whitespace.sold')}</dt>
            <dd>{money(totals.sold)}</dd>
          </div>
          <div className="fact">
            <dt>{t('opportunities.whitespace.inProgress')}</dt>
            <dd>{money(totals.inProgress)}</dd>
          </div>
          <div className="fact">
            <dt>{t('opportunities.whitespace.potential')}</dt>
            <dd>{money(totals.potential)}</dd>
          </div>
        </dl>
        {potential !== null && potential > 0 && (
          <div className="ws-bar" aria-hidden="true">
            <span className="ws-sold" style={{ width: `${Math.min(100, (totals.sold / potential) * 100)}%` }} />
            <span className="ws-in_progress" style={{ width: `${Math.min(100, (totals.inProgress / potential) * 100)}%` }} />
            <span className="ws-potential" style={{ width: `${Math.min(100, (totals.potential / potential) * 100)}%` }} />
          </div>
        )}
        <p className="muted">
          {potential === null
            ? t('opportunities.whitespace.noPotential')
            : totals.cells > potential
              ? t('opportunities.whitespace.over', { amount: money(totals.cells - potential) })
              : t('opportunities.whitespace.gap', { amount: money(potential - totals.cells) })}
        </p>
      </section>
      {editing && (
        <CellDialog
          title={t('opportunities.whitespace.editCell', { offering: editing.offering.name, unit: editing.unit })}
          cell={cellAt(editing.offering.id, editing.unit)}
          grid={g}
          onClose={() => setEditing(null)}
          onSave={(fields) => {
            const target = editing;
            setEditing(null);
            void commands.setCell(target.offering.id, target.unit, cellAt(target.offering.id, target.unit), fields);
          }}
        />
      )}
    </section>
  );
}
