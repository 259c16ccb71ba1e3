import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WhitespaceCell, WhitespaceCellFields, WhitespaceGrid } from '../../../../shared/contract/index.js';
import { formatAmount, parseAmount } from '../../../../shared/domain/amount.js';
import { WHITESPACE_STATUSES, type WhitespaceStatus } from '../../../../shared/domain/opportunities.js';
import { amountRefusalKey } from '../../components/amountText.js';
import { Field } from '../../components/Field.js';
import { Modal } from '../../components/Modal.js';
import { Options } from '../../components/Options.js';
import { useLanguage } from '../../i18n/useLanguage.js';

interface Props {
  title: string;
  cell: WhitespaceCell | undefined;
  grid: WhitespaceGrid;
  onSave: (cell: WhitespaceCellFields | null) => void;
  onClose: () => void;
}

/** One cell of the opportunity map: its status, and the opportunity, amount or competitor that goes with it. */
export function CellDialog({ title, cell, grid, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [status, setStatus] = useState<WhitespaceStatus>(cell?.status ?? 'potential');
  const [opportunityId, setOpportunityId] = useState(cell?.opportunityId ?? '');
  const [amountText, setAmountText] = useState(cell?.amount == null ? '' : formatAmount(cell.amount, null, language));
  const [competitor, setCompetitor] = useState(cell?.competitor ?? '');
  const [notes, setNotes] = useState(cell?.notes ?? '');
  const [tried, setTried] = useState(false);
  const parsed = parseAmount(amountText, language);
  const currency = grid.account.currency;
  const amountError = !parsed.ok && parsed.reason !== 'empty' ? t(amountRefusalKey(parsed.reason)) : undefined;
  const opportunityError = tried && status === 'in_progress' && !opportunityId ? t('opportunities.errors.cellNeedsOpportunity') : undefined;
  const competitorError = tried && status === 'competitor' && !competitor.trim() ? t('opportunities.errors.cellNeedsCompetitor') : undefined;

  const save = () => {
    setTried(true);
    if (amountError || (status === 'in_progress' && !opportunityId) || (status === 'competitor' && !competitor.trim())) return;
    onSave({
      status,
      opportunityId: status === 'in_progress' ? opportunityId : null,
      amount: status === 'not_relevant' || !parsed.ok ? null : parsed.value,
      competitor: status === 'competitor' ? competitor.trim() : '',
      notes,
    });
  };
  return (
    <Modal title={title} onClose={onClose}>
      <div className="form-grid">
        <Field label={t('opportunities.whitespace.status')} className="span-2">
          <select value={status} onChange={(e) => setStatus(e.target.value as WhitespaceStatus)} autoFocus>
            <Options values={WHITESPACE_STATUSES} label={(s) => t(`opportunities.whitespaceStatuses.${s}`)} />
          </select>
        </Field>
        {status === 'in_progress' && (
          <Field label={t('opportunities.whitespace.opportunity')} error={opportunityError} className="span-2">
            <select value={opportunityId} onChange={(e) => setOpportunityId(e.target.value)}>
              <option value="">{t('opportunities.whitespace.chooseOpportunity')}</option>
              {grid.opportunities.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        {status === 'competitor' && (
          <Field label={t('opportunities.whitespace.competitor')} error={competitorError} className="span-2">
            <input value={competitor} onChange={(e) => setCompetitor(e.target.value)} maxLength={200} />
          </Field>
        )}
        {status !== 'not_relevant' && (
          <Field label={t('opportunities.whitespace.estimate')} hint={parsed.ok ? t('opportunities.amount.understood', { value: formatAmount(parsed.value, parsed.currency ?? currency, language) }) : t('opportunities.hints.amount')} error={amountError} className="span-2">
            <input value={amountText} onChange={(e) => setAmountText(e.target.value)} inputMode="decimal" autoComplete="off" />
          </Field>
        )}
        <Field label={t('opportunities.whitespace.notes')} className="span-2">
          <textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} maxLength={10000} />
        </Field>
      </div>
      <div className="modal-actions">
        {cell && (
          <button type="button" className="btn btn-danger-quiet" onClick={() => onSave(null)}>
            {t('opportunities.whitespace.clear')}
          </button>
        )}
        <span className="spacer" />
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn btn-primary" onClick={save}>
          {t('common.save')}
        </button>
      </div>
    </Modal>
  );
}
