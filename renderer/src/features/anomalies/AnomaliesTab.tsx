import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Account } from '../../../../shared/contract/index.js';
import type { Anomaly } from '../../../../shared/domain/anomalies/anomaly.js';
import { call } from '../../api/client.js';
import { useApiQuery } from '../../api/freshness.js';
import { toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { useUndoShortcuts } from '../../undo/shortcuts.js';
import { UndoButtons } from '../../undo/UndoButtons.js';
import { useUndoable } from '../../undo/useUndoable.js';
import { ReasonDialog } from '../plans/PlanSection.js';
import './anomalies.css';

/** Where an anomaly's fix is, inside the account. */
export function fixPath(accountId: string, anomaly: Pick<Anomaly, 'fix' | 'opportunityId'>): string {
  const base = `/accounts/${accountId}`;
  const { kind, id } = anomaly.fix;
  switch (kind) {
    case 'person':
      return `${base}/map?focus=${id ?? ''}`;
    case 'opportunity':
      return `${base}/opportunities/${id ?? anomaly.opportunityId ?? ''}`;
    case 'plan':
      return `${base}/opportunities/${id ?? anomaly.opportunityId ?? ''}/plan`;
    case 'scorecard':
      return `${base}/opportunities/${id ?? anomaly.opportunityId ?? ''}/scorecard`;
    case 'tasks':
      return `${base}/tasks`;
  }
}

/** The account's anomalies by severity: what is wrong, why it matters, the next step, a link to the fix; dismiss with a reason, restore. */
export function AnomaliesTab({ account }: { account: Account }) {
  const { t } = useTranslation();
  const result = useApiQuery('anomalies.forAccount', { accountId: account.id });
  const colon = useLanguage() === 'zh-CN' ? '：' : ': ';
  const perform = useUndoable(account.id);
  const [dismissing, setDismissing] = useState<Anomaly | null>(null);
  useUndoShortcuts(
    account.id,
    useCallback((error: unknown) => toastError(errorText(t, error)), [t]),
  );
  const ref = (a: Anomaly) => ({ accountId: account.id, ruleId: a.ruleId, subjectKey: a.subjectKey });
  const dismiss = (a: Anomaly, reason: string) =>
    perform(
      () => call('anomalies.dismiss', { ...ref(a), reason }),
      () => ({
        label: 'anomalies.history.dismiss',
        undo: async () => void (await call('anomalies.restore', ref(a))),
        redo: async () => void (await call('anomalies.dismiss', { ...ref(a), reason })),
      }),
    );
  const restore = (a: Anomaly) =>
    perform(
      () => call('anomalies.restore', ref(a)),
      (record) => ({
        label: 'anomalies.history.restore',
        undo: async () => void (await call('anomalies.dismiss', { ...ref(a), reason: record.reason })),
        redo: async () => void (await call('anomalies.restore', ref(a))),
      }),
    );
  const data = result.data;

  return (
    <section className="anomalies" aria-label={t('anomalies.label', { account: account.name })}>
      <div className="section-bar">
        {data && (
          <p className="anomaly-counts">
            {t('anomalies.counts', data.counts)}
            {data.dismissedCount > 0 && <span className="muted"> · {t('anomalies.dismissedCount', { count: data.dismissedCount })}</span>}
          </p>
        )}
        <UndoButtons scope={account.id} />
      </div>
      {result.isError && <div className="form-alert" role="alert">{errorText(t, result.error)}</div>}
      {data?.anomalies.length === 0 && <p className="muted">{t('anomalies.none')}</p>}
      <ul className="anomaly-list">
        {(data?.anomalies ?? []).map((a) => {
          const message = t(a.messageKey, a.params);
          const path = a.suggestion.path;
          return (
            <li key={a.id} className={`anomaly severity-${a.severity}${a.dismissed ? ' is-dismissed' : ''}`} data-rule={a.ruleId}>
              <div className="anomaly-head">
                <span className={`severity-badge severity-${a.severity}`}>{t(`anomalies.severity.${a.severity}`)}</span>
                <span className="anomaly-rule">{t(`anomalies.rules.${a.ruleId}.name`)}</span>
              </div>
              <p className="anomaly-message">{message}</p>
              <p className="muted small">
                {t('anomalies.why')}
                {colon}
                {t(`anomalies.rules.${a.ruleId}.why`)}
              </p>
              <p className="anomaly-suggestion">
                <strong>
                  {t('anomalies.suggestion')}
                  {colon}
                </strong>
                {t(a.suggestion.key, a.suggestion.params)}
              </p>
              {a.dismissed && <p className="anomaly-dismissed">{t('anomalies.dismissed', { reason: a.dismissed.reason })}</p>}
              <div className="row-actions">
                <Link className="btn btn-small" to={fixPath(account.id, a)}>
                  {t(`anomalies.fix.${a.fix.kind}`)}
                </Link>
                {path && (
                  <Link className="btn btn-small" to={`/accounts/${account.id}/map?path=${path.path.join(',')}`}>
                    {t('anomalies.showPath')}
                  </Link>
                )}
                {a.dismissed ? (
                  <button type="button" className="btn btn-small" aria-label={t('anomalies.restoreNamed', { message })} onClick={() => void restore(a)}>
                    {t('anomalies.restore')}
                  </button>
                ) : (
                  <button type="button" className="btn btn-small btn-danger-quiet" aria-label={t('anomalies.dismissNamed', { message })} onClick={() => setDismissing(a)}>
                    {t('anomalies.dismiss')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {dismissing && (
        <ReasonDialog
          title={t('anomalies.dismissTitle', { name: t(`anomalies.rules.${dismissing.ruleId}.name`) })}
          label={t('anomalies.dismissReason')}
          confirm={t('anomalies.dismiss')}
          required
          requiredMessage={t('anomalies.errors.reasonRequired')}
          onClose={() => setDismissing(null)}
          onSubmit={async (reason) => {
            if (await dismiss(dismissing, reason)) setDismissing(null);
          }}
        />
      )}
    </section>
  );
}
