import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Offering } from '../../../../shared/contract/index.js';
import { call } from '../../api/client.js';
import { useApiQuery } from '../../api/freshness.js';
import { toast, toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { undoIn } from '../../undo/perform.js';
import { UndoButtons } from '../../undo/UndoButtons.js';
import { useUndoable } from '../../undo/useUndoable.js';

/** The undo scope of the offerings list (it belongs to no account). */
const SCOPE = 'offerings';
const L = 'opportunities.history_labels';

/** Our offerings: the rows of every account's opportunity map. Add, rename, remove, each undoable. */
export function OfferingsSection() {
  const { t } = useTranslation();
  const offerings = useApiQuery('offerings.list', {});
  const perform = useUndoable(SCOPE);
  const [name, setName] = useState('');
  const rename = (o: Offering, to: string) => call('offerings.update', { id: o.id, fields: { name: to, description: o.description } });

  const add = async () => {
    const made = await perform(
      () => call('offerings.create', { fields: { name: name.trim(), description: '' } }),
      (o) => ({ label: `${L}.addOffering`, undo: async () => void (await call('offerings.delete', { id: o.id })), redo: async () => void (await call('offerings.restore', { id: o.id })) }),
    );
    if (made) setName('');
  };
  const remove = async (o: Offering) => {
    const done = await perform(
      () => call('offerings.delete', { id: o.id }),
      () => ({ label: `${L}.removeOffering`, undo: async () => void (await call('offerings.restore', { id: o.id })), redo: async () => void (await call('offerings.delete', { id: o.id })) }),
    );
    if (done) toast(t('opportunities.offerings.removed', { name: o.name }), { label: t('common.undo'), run: () => void undoIn(SCOPE, (e) => toastError(errorText(t, e)))() });
  };

  return (
    <section className="card" aria-labelledby="offerings" id="offerings-section">
      <div className="section-bar">
        <h2 id="offerings">{t('opportunities.offerings.title')}</h2>
        <span className="spacer" />
        <UndoButtons scope={SCOPE} />
      </div>
      <p className="muted">{t('opportunities.offerings.intro')}</p>
      {offerings.data?.length === 0 && <p className="muted">{t('opportunities.offerings.empty')}</p>}
      <ul className="offering-list">
        {offerings.data?.map((o) => (
          <li key={o.id}>
            <input
              defaultValue={o.name}
              aria-label={t('opportunities.offerings.rename', { name: o.name })}
              maxLength={200}
              onBlur={(event) => {
                const to = event.target.value.trim();
                if (!to || to === o.name) return void (event.target.value = o.name);
                void perform(
                  () => rename(o, to),
                  () => ({ label: `${L}.renameOffering`, undo: async () => void (await rename(o, o.name)), redo: async () => void (await rename(o, to)) }),
                );
              }}
              onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
            />
            <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => void remove(o)} aria-label={t('opportunities.offerings.remove', { name: o.name })}>
              {t('common.delete')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="offering-add"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) void add();
        }}
      >
        <input value={name} onChange={(e) => setName(e.target.value)} aria-label={t('opportunities.offerings.name')} placeholder={t('opportunities.offerings.name')} maxLength={200} />
        <button type="submit" className="btn btn-small" disabled={!name.trim()}>
          {t('opportunities.offerings.add')}
        </button>
      </form>
    </section>
  );
}
