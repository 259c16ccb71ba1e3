import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTITUDES, BUYING_ROLES, type Attitude, type BuyingRole } from '../../../../shared/domain/people.js';
import { attitudeLabel, roleLabel } from '../../../../shared/i18n/vocabLabels.js';
import { MenuButton } from '../../components/MenuButton.js';
import { Options } from '../../components/Options.js';
import { useNextSteps } from '../../undo/history.js';
import { departmentColors } from '../../../../shared/domain/mapStyle.js';
import { useMap, useMapStore } from './mapStore.js';
import { isPersonNode, MAP_VIEWS } from './types.js';

interface ToolbarProps {
  accountId: string;
  onAdd: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onRelayout: () => void;
  onCompact: () => void;
  onLayered: () => void;
  onExport: (kind: 'svg' | 'png') => void;
  busy: boolean;
}

/**
 * One row: add, views, undo/redo, the decision chain's layered arrangement, find, legend, and a menu
 * of the less used (re-layout, the compact arrangement, export); then a row of filters and departments.
 */
export function MapToolbar(props: ToolbarProps) {
  const { t } = useTranslation();
  const store = useMapStore();
  const view = useMap((s) => s.view);
  const layered = useMap((s) => s.layered !== null);
  const compact = useMap((s) => s.compact);
  const legendOpen = useMap((s) => s.legendOpen);
  // Nobody placed by hand: the map is already the tidy layout, and a re-layout would change nothing.
  const tidy = useMap((s) => (s.map?.people ?? []).every((p) => p.x === null || p.y === null));
  const { undoLabel, redoLabel, busy: historyBusy } = useNextSteps(props.accountId);

  return (
    <div className="map-toolbar" role="toolbar" aria-label={t('map.toolbar.label')}>
      <button type="button" className="btn btn-primary" onClick={props.onAdd}>
        {t('map.toolbar.add')}
      </button>
      <div className="segmented" role="radiogroup" aria-label={t('map.views.label')}>
        {MAP_VIEWS.map((v) => (
          <button key={v} type="button" role="radio" aria-checked={view === v} className={view === v ? 'is-on' : ''} onClick={() => store.getState().setView(v)}>
            {t(`map.views.${v}`)}
          </button>
        ))}
      </div>
      <div className="btn-group">
        <button
          type="button"
          className="btn"
          disabled={!undoLabel || historyBusy}
          onClick={props.onUndo}
          aria-label={undoLabel ? t('map.toolbar.undoWhat', { what: t(undoLabel) }) : t('map.toolbar.undo')}
          title={undoLabel ? t('map.toolbar.undoWhat', { what: t(undoLabel) }) : undefined}
        >
          ↶ {t('map.toolbar.undo')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={!redoLabel || historyBusy}
          onClick={props.onRedo}
          aria-label={redoLabel ? t('map.toolbar.redoWhat', { what: t(redoLabel) }) : t('map.toolbar.redo')}
          title={redoLabel ? t('map.toolbar.redoWhat', { what: t(redoLabel) }) : undefined}
        >
          ↷ {t('map.toolbar.redo')}
        </button>
      </div>
      {view === 'decision' && (
        <button
          type="button"
          className={`btn${layered ? ' is-on' : ''}`}
          aria-pressed={layered}
          onClick={props.onLayered}
          disabled={props.busy}
          title={t('map.toolbar.layeredHint')}
        >
          {t('map.toolbar.layered')}
        </button>
      )}
      <button type="button" className="btn" onClick={() => store.getState().setSearchOpen(true)} aria-keyshortcuts="Control+F" title="Ctrl+F">
        {t('map.toolbar.search')}
      </button>
      <button type="button" className={`btn${legendOpen ? ' is-on' : ''}`} aria-pressed={legendOpen} onClick={() => store.getState().setLegendOpen(!legendOpen)}>
        {t('map.toolbar.legend')}
      </button>
      <MenuButton
        label={t('map.toolbar.more')}
        items={[
          {
            id: 'relayout',
            label: t('map.toolbar.relayout'),
            hint: tidy ? t('map.toolbar.relayoutTidy') : t('map.toolbar.relayoutHint'),
            onSelect: props.onRelayout,
            disabled: props.busy || tidy || layered,
          },
          { id: 'compact', label: t('map.toolbar.compact'), hint: t('map.toolbar.compactHint'), onSelect: props.onCompact, checked: compact, disabled: props.busy || layered },
          { id: 'svg', label: t('map.toolbar.exportSvg'), onSelect: () => props.onExport('svg'), disabled: props.busy, groupStart: true },
          { id: 'png', label: t('map.toolbar.exportPng'), onSelect: () => props.onExport('png'), disabled: props.busy },
        ]}
      />
    </div>
  );
}

/** Filters (role, attitude, department) and the departments that can be folded into one chip each. */
export function MapFilterBar() {
  const { t, i18n } = useTranslation();
  const store = useMapStore();
  const filters = useMap((s) => s.filters);
  const people = useMap((s) => s.map?.people);
  const collapsedDepts = useMap((s) => s.collapsedDepts);
  const folded = useMap((s) => s.collapsed.size);
  const departments = useMemo(() => [...departmentColors(people ?? [], i18n.language)], [people, i18n.language]);
  const filtered = filters.role !== '' || filters.attitude !== '' || filters.department !== '';

  return (
    <div className="map-filters">
      <label className="inline-field">
        {t('table.role')}
        <select value={filters.role} onChange={(e) => store.getState().setFilters({ role: e.target.value as BuyingRole | '' })}>
          <option value="">{t('table.allRoles')}</option>
          <Options values={BUYING_ROLES} label={(r) => roleLabel(t, r)} />
        </select>
      </label>
      <label className="inline-field">
        {t('table.attitude')}
        <select value={filters.attitude} onChange={(e) => store.getState().setFilters({ attitude: e.target.value as Attitude | '' })}>
          <option value="">{t('table.allAttitudes')}</option>
          <Options values={ATTITUDES} label={(a) => attitudeLabel(t, a)} />
        </select>
      </label>
      <label className="inline-field">
        {t('table.department')}
        <select value={filters.department} onChange={(e) => store.getState().setFilters({ department: e.target.value })}>
          <option value="">{t('table.allDepartments')}</option>
          <Options values={departments.map(([name]) => name)} />
        </select>
      </label>
      <details className="dept-menu">
        <summary className="btn btn-small">
          {t('map.filters.departments')}
          {collapsedDepts.size > 0 && ` (${collapsedDepts.size})`}
        </summary>
        <div className="dept-menu-body">
          {departments.length === 0 && <p className="muted small">{t('map.filters.noDepartments')}</p>}
          {departments.map(([name, color]) => {
            const folded = collapsedDepts.has(name);
            return (
              <button
                key={name}
                type="button"
                className="dept-toggle"
                aria-pressed={folded}
                aria-label={folded ? t('map.filters.expandDept', { name }) : t('map.filters.collapseDept', { name })}
                onClick={() => store.getState().toggleDept(name)}
              >
                <span className="dept-dot" style={{ background: color }} />
                <span className="dept-name">{name}</span>
                <span className="muted small">{folded ? '+' : '−'}</span>
              </button>
            );
          })}
        </div>
      </details>
      {(collapsedDepts.size > 0 || folded > 0) && (
        <button type="button" className="btn btn-small" onClick={() => store.getState().expandAll()}>
          {t('map.filters.expandAll')}
        </button>
      )}
      {filtered && (
        <button type="button" className="btn btn-small" onClick={() => store.getState().setFilters({ role: '', attitude: '', department: '' })}>
          {t('table.clearFilters')}
        </button>
      )}
    </div>
  );
}

/**
 * The line under the canvas: how many people are shown (neither filtered out nor folded away), the
 * selection; notices (toasts) appear in its middle.
 */
export function MapStatus({ onDeleteSelected }: { onDeleteSelected: () => void }) {
  const { t } = useTranslation();
  const shown = useMap((s) => s.nodes.reduce((count, node) => count + (isPersonNode(node) && !node.hidden ? 1 : 0), 0));
  const total = useMap((s) => s.map?.people.length ?? 0);
  const selected = useMap((s) => s.selection.length);
  return (
    <div className="map-status">
      <span className="muted small" aria-live="polite">
        {t('map.filters.shown', { shown, total })}
      </span>
      {selected > 0 && (
        <button type="button" className="btn btn-small btn-danger-quiet map-delete-selected" onClick={onDeleteSelected}>
          {t('map.toolbar.deleteSelected', { count: selected })}
        </button>
      )}
    </div>
  );
}
