import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Account } from '../../../../shared/contract/index.js';
import { toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useStakeholderCommands } from '../stakeholders/commands.js';
import { useUndoShortcuts } from '../../undo/shortcuts.js';
import { EmptyMap } from './EmptyMap.js';
import { Legend } from './Legend.js';
import { MapCanvas } from './MapCanvas.js';
import { useMap, useMapStore } from './mapStore.js';
import { MapFilterBar, MapStatus, MapToolbar } from './MapToolbar.js';
import { SearchBox } from './SearchBox.js';
import { SidePanel } from './SidePanel.js';
import { useAutoPlacement } from './useAutoPlacement.js';
import { useDeletePeople } from './useDeletePeople.js';
import { useLayoutWorker } from './useLayout.js';
import { useLinkRoutes } from './useLinkRoutes.js';
import { useMapActions } from './useMapActions.js';
import { useMapKeyboard } from './useMapKeyboard.js';
import { ViewHint } from './ViewHint.js';
import { useFocusPerson } from './viewport.js';

/** One account's stakeholder map: toolbar, filters, the canvas with its overlays, and the side panel. */
export function MapView({ account }: { account: Account }) {
  const { t } = useTranslation();
  const store = useMapStore();
  const [params] = useSearchParams();
  const focusId = params.get('focus');
  const placed = useMap((s) => s.placed);
  const peopleCount = useMap((s) => s.map?.people.length ?? 0);
  const legendOpen = useMap((s) => s.legendOpen);
  const searchOpen = useMap((s) => s.searchOpen);
  const commands = useStakeholderCommands(account.id);
  const { run: runLayout, route } = useLayoutWorker();
  const container = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const { ask, dialog } = useDeletePeople(commands);
  const actions = useMapActions({ store, commands, runLayout, canvas: stage, accountName: account.name });
  const focusPerson = useFocusPerson(store);

  useAutoPlacement(store, runLayout, stage, focusId);
  useLinkRoutes(store, route);
  useMapKeyboard({ store, container, commands, onDelete: ask });
  useUndoShortcuts(
    account.id,
    useCallback((error: unknown) => toastError(errorText(t, error)), [t]),
  );

  // The canvas mounts once every person has a place; later additions are placed while it stays up.
  const [ready, setReady] = useState(false);
  if (placed && !ready) {
    setReady(true);
    if (focusId && store.getState().map?.people.some((p) => p.id === focusId)) store.getState().select([focusId]);
  }
  // A later ?focus= (e.g. a click in the key-person table while the map is open) centres on that person.
  const focused = useRef(focusId);
  useEffect(() => {
    if (!ready || !focusId || focused.current === focusId) return;
    focused.current = focusId;
    void focusPerson(focusId);
  }, [ready, focusId, focusPerson]);

  return (
    <div className="map-tab" ref={container}>
      <MapToolbar
        accountId={account.id}
        busy={actions.busy}
        onAdd={actions.add}
        onUndo={() => void commands.undo()}
        onRedo={() => void commands.redo()}
        onRelayout={() => void actions.relayout()}
        onCompact={() => void actions.toggleCompact()}
        onLayered={() => void actions.toggleLayered()}
        onExport={(kind) => void actions.exportMap(kind)}
      />
      <MapFilterBar />
      <div className="map-body">
        <div className="map-stage" ref={stage}>
          {ready ? (
            <MapCanvas label={t('map.canvasLabel', { account: account.name })} commands={commands} peopleCount={peopleCount} focusId={focusId} stage={stage} />
          ) : (
            <p className="map-arranging muted" role="status">
              {t('map.arranging')}
            </p>
          )}
          <ViewHint />
          {ready && peopleCount === 0 && <EmptyMap onAdd={actions.add} />}
          {legendOpen && <Legend onClose={() => store.getState().setLegendOpen(false)} />}
          {searchOpen && (
            <SearchBox
              onClose={() => store.getState().setSearchOpen(false)}
              onPick={(id) => {
                store.getState().setSearchOpen(false);
                void focusPerson(id);
              }}
            />
          )}
        </div>
        <SidePanel accountId={account.id} onDelete={ask} />
      </div>
      <MapStatus onDeleteSelected={() => ask(store.getState().selection)} />
      {dialog}
    </div>
  );
}
