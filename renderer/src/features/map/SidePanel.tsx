import { useTranslation } from 'react-i18next';
import type { MapPerson } from '../../../../shared/contract/index.js';
import { errorText } from '../../i18n/errorText.js';
import { usePerson } from '../stakeholders/queries.js';
import { ConnectPanel, EditLinkPanel, ReportsPanel } from './LinkPanel.js';
import { useMap, useMapStore } from './mapStore.js';
import { PanelFrame } from './PanelFrame.js';
import { PersonPanel } from './PersonPanel.js';

interface DetailsProps {
  accountId: string;
  person: MapPerson;
  onDelete: (ids: string[]) => void;
  onClose: () => void;
}

/** A person's panel: every field, read when it opens (the map carries only what the cards draw). */
function PersonDetails({ accountId, person, onDelete, onClose }: DetailsProps) {
  const { t } = useTranslation();
  const full = usePerson(person.id);
  if (!full.data) {
    return (
      <PanelFrame title={person.name} label={t('map.panel.label')} onClose={onClose}>
        <p className="map-panel-text" role={full.isError ? 'alert' : 'status'}>
          {full.isError ? t('errors.loadFailed', { message: errorText(t, full.error) }) : t('app.loading')}
        </p>
      </PanelFrame>
    );
  }
  return <PersonPanel accountId={accountId} person={full.data} position={null} onDelete={onDelete} onClose={onClose} />;
}

/** The panel beside the canvas: a person's fields, a new person, a link being drawn or a line clicked. */
export function SidePanel({ accountId, onDelete }: { accountId: string; onDelete: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const store = useMapStore();
  const panel = useMap((s) => s.panel);
  const people = useMap((s) => s.map?.people);
  const links = useMap((s) => s.map?.links);
  const selection = useMap((s) => s.selection);
  const close = () => store.getState().setPanel(null);
  const person = (id: string) => people?.find((p) => p.id === id);

  if (!panel) {
    if (selection.length < 2) return null;
    return (
      <aside className="map-panel map-panel-small" aria-label={t('map.panel.label')}>
        <p className="map-panel-text">{t('map.panel.selected', { count: selection.length })}</p>
        <footer className="map-panel-actions">
          <button type="button" className="btn btn-danger-quiet" onClick={() => onDelete(selection)}>
            {t('map.toolbar.deleteSelected', { count: selection.length })}
          </button>
        </footer>
      </aside>
    );
  }

  switch (panel.kind) {
    case 'new':
      return <PersonPanel key="new" accountId={accountId} person={null} position={panel.position} clicked={panel.clicked} onDelete={onDelete} onClose={close} />;
    case 'person': {
      const p = person(panel.id);
      return p ? <PersonDetails key={p.id} accountId={accountId} person={p} onDelete={onDelete} onClose={close} /> : null;
    }
    case 'connect': {
      const [source, target] = [person(panel.sourceId), person(panel.targetId)];
      return source && target ? (
        <ConnectPanel key={`${source.id}>${target.id}`} accountId={accountId} source={source} target={target} onDone={close} />
      ) : null;
    }
    case 'link': {
      const link = links?.find((l) => l.id === panel.id);
      const [source, target] = [link && person(link.sourceId), link && person(link.targetId)];
      return link && source && target ? <EditLinkPanel key={link.id} accountId={accountId} link={link} source={source} target={target} onClose={close} /> : null;
    }
    case 'reports': {
      const p = person(panel.personId);
      const manager = p?.reportsToId ? person(p.reportsToId) : undefined;
      return p && manager ? <ReportsPanel key={p.id} accountId={accountId} person={p} manager={manager} onClose={close} /> : null;
    }
  }
}
