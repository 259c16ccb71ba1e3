import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/contract/index.js';
import { availableSections, buildAccountPlan, type PlanSection } from '../../../../shared/report/accountPlan.js';
import { safeFileName } from '../../../../shared/export/sheet.js';
import { formatDate } from '../../../../shared/report/format.js';
import type { MapScope, MapView } from '../../../../shared/report/mapFigure.js';
import { reportText } from '../../../../shared/report/translate.js';
import { Field } from '../../components/Field.js';
import { useAccountPlanData, useMarkExported } from './queries.js';
import { ReportFrame } from './ReportFrame.js';
import { useDocument } from './useDocument.js';
import { uiLanguage, useDocumentOptions } from './useDocumentOptions.js';

/** From this many people the map defaults to the key people only (a whole chart would print too small to read). */
const KEY_ONLY_FROM = 40;

/** "Export account plan": sections, language, paper and map options, a live preview, save and print. */
export function ExportPlanDialog({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const data = useAccountPlanData(account.id);
  const markExported = useMarkExported(account.id);
  const available = useMemo(() => (data.data ? availableSections(data.data) : []), [data.data]);
  const [unchecked, setUnchecked] = useState<ReadonlySet<PlanSection>>(new Set());
  const { lang, paper, fields } = useDocumentOptions();
  const [scope, setScope] = useState<MapScope | null>(null);
  const [view, setView] = useState<MapView>('org');
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(new Set());
  const mapScope: MapScope = scope ?? ((data.data?.people.length ?? 0) >= KEY_ONLY_FROM ? 'key' : 'whole');
  const sections = useMemo(() => available.filter((s) => !unchecked.has(s)), [available, unchecked]);

  const plan = data.data;
  const opportunityIds = useMemo(() => plan?.opportunities?.filter((o) => !leftOut.has(o.id)).map((o) => o.id), [plan, leftOut]);
  const build = useCallback(
    () => buildAccountPlan(plan!, { lang, paper, sections, mapScope, mapView: view, opportunityIds }),
    [plan, lang, paper, sections, mapScope, view, opportunityIds],
  );
  const doc = useDocument(plan && sections.length ? build : null);
  const docText = reportText(lang);
  const last = plan?.lastExport;

  const toggle = <K,>(set: (update: (s: ReadonlySet<K>) => ReadonlySet<K>) => void, key: K, on: boolean) =>
    set((current) => {
      const next = new Set(current);
      if (on) next.delete(key);
      else next.add(key);
      return next;
    });

  const options = (
    <>
      <fieldset>
        <legend>{t('report.dialog.sections')}</legend>
        {available.map((section) => (
          <label key={section} className="report-check">
            <input type="checkbox" checked={!unchecked.has(section)} onChange={(e) => toggle(setUnchecked, section, e.target.checked)} />
            {t(`report.sections.${section}`)}
          </label>
        ))}
        {plan && sections.length === 0 && <p className="field-error">{t('report.dialog.noSections')}</p>}
      </fieldset>
      {!!plan?.opportunities?.length && (
        <fieldset>
          <legend>{t('report.dialog.opportunities')}</legend>
          {plan.opportunities.map((o) => (
            <label key={o.id} className="report-check">
              <input type="checkbox" checked={!leftOut.has(o.id)} onChange={(e) => toggle(setLeftOut, o.id, e.target.checked)} />
              {o.name}
            </label>
          ))}
        </fieldset>
      )}
      {fields}
      {available.includes('map') && (
        <>
          <Field label={t('report.dialog.mapScope')}>
            <select value={mapScope} onChange={(e) => setScope(e.target.value as MapScope)} disabled={!sections.includes('map')}>
              <option value="whole">{t('report.dialog.mapWhole')}</option>
              <option value="key">{t('report.dialog.mapKey')}</option>
            </select>
          </Field>
          <Field label={t('report.dialog.mapView')}>
            <select value={view} onChange={(e) => setView(e.target.value as MapView)} disabled={!sections.includes('map')}>
              <option value="org">{t('map.views.org')}</option>
              <option value="decision">{t('map.views.decision')}</option>
            </select>
          </Field>
        </>
      )}
    </>
  );

  return (
    <ReportFrame
      title={t('report.dialog.exportPlan')}
      options={options}
      doc={data.isError ? { html: null, building: false, error: data.error } : doc}
      paper={paper}
      suggestedName={safeFileName(docText('report.dialog.planFile', { name: account.name }), '.pdf')}
      onExported={() => markExported.mutateAsync()}
      disabled={sections.length === 0}
      footnote={plan && (last ? t('report.dialog.lastExport', { date: formatDate(uiLanguage(i18n.language), last.exportedAt) }) : t('report.dialog.neverExported'))}
      onClose={onClose}
    />
  );
}
