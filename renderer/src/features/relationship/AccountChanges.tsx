import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../../shared/contract/index.js';
import { textIn } from '../../../../shared/domain/plan/stageTemplate.js';
import { useApiQuery } from '../../api/freshness.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { dayOf, personValue } from './format.js';
import { CHANGE_RANGES, changeKind, sinceOf, type ChangeRange } from './history.js';

/** "What changed" in the account: relationships, attitudes, stages and scores, newest first, over a chosen period. */
export function AccountChanges({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [range, setRange] = useState<ChangeRange>('week');
  // The period's start is fixed when the period is chosen, so the query key stays the same while it shows.
  const since = useMemo(() => sinceOf(range, new Date()), [range]);
  const history = useApiQuery('history.forAccount', since ? { accountId, since } : { accountId });
  const map = useApiQuery('map.get', { accountId });
  const opportunities = useApiQuery('opportunities.list', { accountId });
  const templates = useApiQuery('stageTemplates.list', {});

  const people = new Map((map.data?.people ?? []).map((p) => [p.id, p.name]));
  const opps = new Map((opportunities.data ?? []).map((o) => [o.id, o.name]));
  const stageName = (key: HistoryEntry['before']) => {
    if (key === null) return t('relationship.changes.nothing');
    for (const entry of templates.data ?? []) {
      const stage = entry.template.stages.find((s) => s.key === key);
      if (stage) return textIn(stage.name, language);
    }
    return String(key);
  };
  const score = (value: HistoryEntry['before']) => (typeof value === 'number' ? String(Math.round(value * 10) / 10) : value === null ? t('relationship.changes.nothing') : String(value));

  const describe = (entry: HistoryEntry) => {
    const kind = changeKind(entry);
    const unknown = t('relationship.changes.unknown');
    const name = (entry.entity === 'person' ? people.get(entry.entityId) : opps.get(entry.entityId)) ?? unknown;
    switch (kind) {
      case 'relationship':
      case 'attitude':
        return t(`relationship.changes.${kind}`, { name, before: personValue(t, entry.field, entry.before), after: personValue(t, entry.field, entry.after) });
      case 'stage':
        return t('relationship.changes.stage', { name, before: stageName(entry.before), after: stageName(entry.after) });
      case 'score':
        return t('relationship.changes.score', { name, before: score(entry.before), after: score(entry.after) });
      default:
        return t('relationship.changes.other', { name, field: entry.field, before: String(entry.before ?? '—'), after: String(entry.after ?? '—') });
    }
  };

  const rows = history.data ?? [];
  return (
    <section className="stage-card account-changes" aria-labelledby="account-changes">
      <div className="section-bar">
        <h3 id="account-changes">{t('relationship.changes.title')}</h3>
        <span className="spacer" />
        <div className="btn-group" role="group" aria-label={t('relationship.changes.range')}>
          {CHANGE_RANGES.map((r) => (
            <button key={r} type="button" className={`btn btn-small${range === r ? ' active' : ''}`} aria-pressed={range === r} onClick={() => setRange(r)}>
              {t(`relationship.changes.ranges.${r}`)}
            </button>
          ))}
        </div>
      </div>
      {history.isError && (
        <div className="form-alert" role="alert">
          {errorText(t, history.error)}
        </div>
      )}
      {history.data && rows.length === 0 && <p className="muted">{t('relationship.changes.none')}</p>}
      {rows.length > 0 && (
        <ol className="change-list" aria-label={t('relationship.changes.list')}>
          {rows.map((entry) => (
            <li key={entry.id} className={`change change-${changeKind(entry)} change-${entry.entity}`}>
              <time className="muted small" dateTime={entry.at}>
                {dayOf(entry.at, language)}
              </time>{' '}
              <span>{describe(entry)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
