import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EXCHANGE_BYTES_MAX, type ExchangeDocument } from '../../../../shared/contract/index.js';
import { readExchangeText, uniqueName } from '../../../../shared/exchange/readExchange.js';
import { megabytes, type Message } from '../../../../shared/import/index.js';
import { call } from '../../api/client.js';
import { Modal } from '../../components/Modal.js';
import { toast, toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import './exchange.css';

interface Loaded {
  fileName: string;
  document: ExchangeDocument;
}

/** An exchange refusal in the UI language (its `problem` is itself a key). */
const refusalText = (t: ReturnType<typeof useTranslation>['t'], error: Message) =>
  t(error.key, { ...error.params, ...(typeof error.params.problem === 'string' ? { problem: t(error.params.problem) } : {}) });

/**
 * "Import account": reads an exchange file here first (so a damaged or newer file is refused with
 * the reason before anything is sent), shows what it holds, then adds its accounts as new ones in
 * one call. Undo (in the toast) moves them to the trash; redo brings them back.
 */
export function ImportAccountDialog({ takenNames, onClose }: { takenNames: readonly string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const hintId = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onFile = async (file: File) => {
    setLoaded(null);
    if (file.size > EXCHANGE_BYTES_MAX) {
      setError(t('exchange.errors.tooLarge', { size: megabytes(file.size), max: megabytes(EXCHANGE_BYTES_MAX) }));
      return;
    }
    setBusy(true);
    try {
      const read = readExchangeText(await file.text());
      if (read.ok) {
        setError(null);
        setLoaded({ fileName: file.name, document: read.document });
      } else setError(refusalText(t, read.error));
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    if (!loaded) return;
    setBusy(true);
    try {
      const result = await call('exchange.import', { document: loaded.document });
      const ids = result.accounts.map((a) => a.id);
      const undo = async () => {
        for (const id of ids) await call('accounts.delete', { id });
          toast(t('exchange.undone'), { label: t('exchange.redo'), run: () => void redo() });
      };
      const redo = async () => {
        for (const id of ids) await call('accounts.restore', { id });
          toast(t('exchange.redone'), { label: t('common.undo'), run: () => void undo().catch((e: unknown) => toastError(errorText(t, e))) });
      };
      const text = result.accounts.length === 1 ? t('exchange.imported_one', { name: result.accounts[0]!.name }) : t('exchange.imported_other', { count: result.accounts.length });
      toast(text, { label: t('common.undo'), run: () => void undo().catch((e: unknown) => toastError(errorText(t, e))) });
      onClose();
      if (result.accounts.length === 1) void navigate(`/accounts/${result.accounts[0]!.id}`);
    } catch (failure) {
      setError(errorText(t, failure));
    } finally {
      setBusy(false);
    }
  };

  const taken = new Set(takenNames.map((n) => n.toLowerCase()));
  const entries = loaded?.document.accounts ?? [];
  const teamNames = new Set(entries.flatMap((e) => e.team.map((m) => m.name.toLowerCase())));
  return (
    <Modal title={t('exchange.importTitle')} onClose={onClose}>
      <div className="exchange-dialog">
        <p className="muted">{t('exchange.importIntro')}</p>
        <label className="btn import-file-button">
          {t('exchange.choose')}
          <input
            type="file"
            className="visually-hidden"
            accept=".json,application/json"
            aria-describedby={hintId}
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void onFile(file);
            }}
          />
        </label>
        <span id={hintId} className="visually-hidden">
          {t('exchange.importIntro')}
        </span>
        {busy && !loaded && (
          <p className="muted" role="status">
            {t('exchange.reading')}
          </p>
        )}
        {error && (
          <div className="form-alert" role="alert">
            {error}
          </div>
        )}
        {loaded && (
          <section className="exchange-summary" aria-label={loaded.fileName}>
            <p>
              {t('exchange.summary', {
                file: loaded.fileName,
                appVersion: loaded.document.app.version,
                exportedAt: new Date(loaded.document.exportedAt).toLocaleString(),
              })}
            </p>
            <ul>
              {entries.map((entry, i) => {
                const name = uniqueName(entry.account.name, taken);
                taken.add(name.toLowerCase());
                return (
                  <li key={i}>
                    <strong>{t('exchange.accountLine', { name: entry.account.name, people: entry.people.length, links: entry.links.length, opportunities: entry.opportunities.length })}</strong>
                    {name !== entry.account.name && <span className="muted"> — {t('exchange.renamed', { name })}</span>}
                  </li>
                );
              })}
            </ul>
            {teamNames.size > 0 && <p className="muted">{t('exchange.teamLine', { count: teamNames.size })}</p>}
          </section>
        )}
      </div>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn btn-primary" disabled={!loaded || busy} onClick={() => void submit()}>
          {busy && loaded ? t('exchange.importing') : loaded ? t('exchange.submit', { count: entries.length }) : t('exchange.importButton')}
        </button>
      </div>
    </Modal>
  );
}
