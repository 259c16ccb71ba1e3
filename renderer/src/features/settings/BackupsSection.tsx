import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../shared/contract/index.js';
import { call } from '../../api/client.js';
import { useApiQuery } from '../../api/freshness.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { toast, toastError, useToasts } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useHistory } from '../../undo/history.js';
import './backups.css';


const formatTaken = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));

function formatSize(bytes: number, language: string): string {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [Math.max(bytes / 1e3, 0.1), 'kilobyte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** Settings → Backups: what is in the backups folder, a backup on demand, and restoring one. */
export function BackupsSection() {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState<BackupEntry | null>(null);
  const backups = useApiQuery('backups.list', {});
  const client = useQueryClient();
  const taken = (backup: BackupEntry) => formatTaken(backup.createdAt, i18n.language);

  const create = useMutation({
    mutationFn: () => call('backups.create', {}),
    onSuccess: () => toast(t('backups.created')),
    onError: (error) => toastError(errorText(t, error)),
  });

  const restore = useMutation({
    mutationFn: (backup: BackupEntry) => call('backups.restore', { name: backup.name }),
    onSuccess: (_result, backup) => {
      // Undo steps and "Undo" toasts refer to data that is gone now.
      useHistory.getState().clear();
      // So do the screens not shown: they load afresh when opened, rather than show the old data first.
      // (The ones on screen are refreshed by what the restore wrote.)
      client.removeQueries({ predicate: (query) => query.getObserversCount() === 0 });
      useToasts.setState({ toasts: [] });
      toast(t('backups.restored', { date: taken(backup) }));
    },
    onError: (error) => {
      toastError(errorText(t, error));
    },
  });

  const busy = create.isPending || restore.isPending;
  const list = backups.data ?? [];

  const confirmRestore = () => {
    if (!confirming) return;
    restore.mutate(confirming);
    setConfirming(null);
  };

  return (
    <section className="card backups" aria-labelledby="backups-title">
      <div className="backups-header">
        <h2 id="backups-title">{t('backups.title')}</h2>
        <button type="button" className="btn btn-primary" onClick={() => create.mutate()} disabled={busy}>
          {create.isPending ? t('backups.backingUp') : t('backups.backUpNow')}
        </button>
      </div>
      <p className="muted">{t('backups.hint')}</p>
      {restore.isPending && (
        <p className="muted" role="status">
          {t('backups.restoring')}
        </p>
      )}
      {backups.isPending && <p className="muted">{t('app.loading')}</p>}
      {backups.isError && (
        <div className="form-alert" role="alert">
          {t('errors.loadFailed', { message: errorText(t, backups.error) })}
        </div>
      )}
      {backups.isSuccess && list.length === 0 && <p className="backups-empty">{t('backups.empty')}</p>}
      {list.length > 0 && (
        <div className="backups-scroll">
          <table className="table backups-table" aria-label={t('backups.listLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('backups.columns.createdAt')}</th>
                <th scope="col">{t('backups.columns.kind')}</th>
                <th scope="col" className="num">
                  {t('backups.columns.size')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('backups.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((backup) => (
                <tr key={backup.name}>
                  <th scope="row" className="backups-taken">
                    <time dateTime={backup.createdAt}>{taken(backup)}</time>
                    <span className="backups-file">{backup.name}</span>
                  </th>
                  <td>
                    <span className={`backups-kind kind-${backup.kind}`}>{t(`backups.kinds.${backup.kind}`)}</span>
                  </td>
                  <td className="num">{formatSize(backup.sizeBytes, i18n.language)}</td>
                  <td className="backups-actions">
                    <button
                      type="button"
                      className="btn"
                      onClick={() => setConfirming(backup)}
                      disabled={busy}
                      aria-label={t('backups.restoreLabel', { date: taken(backup) })}
                    >
                      {t('backups.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('backups.confirmTitle')}
          body={t('backups.confirmBody', { date: taken(confirming) })}
          confirmLabel={t('backups.confirm')}
          danger
          onConfirm={confirmRestore}
          onCancel={() => setConfirming(null)}
        />
      )}
    </section>
  );
}
