import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deletionOf } from '../../../../shared/domain/peopleDeletion.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { toast } from '../../components/toastStore.js';
import type { StakeholderCommands } from '../stakeholders/commands.js';
import { useMapStore } from './mapStore.js';

interface Pending {
  ids: string[];
  name: string;
  links: number;
  reports: number;
}

/** Deletes people: straight away when they stand alone, after asking when links or reports go with them. */
export function useDeletePeople(commands: StakeholderCommands) {
  const { t } = useTranslation();
  const store = useMapStore();
  const [pending, setPending] = useState<Pending | null>(null);

  async function run(ids: string[], name: string) {
    setPending(null);
    const done = await commands.deletePeople(ids);
    if (!done) return;
    store.getState().setPanel(null);
    toast(t('map.delete.done', { count: ids.length, name }), { label: t('common.undo'), run: () => void commands.undo() });
  }

  function ask(ids: string[]) {
    const map = store.getState().map;
    if (!map || ids.length === 0) return;
    const name = map.people.find((p) => p.id === ids[0])?.name ?? '';
    // The same rule the backend applies, to say beforehand what will go along.
    const { linkIds, detached } = deletionOf(map.people, map.links, ids);
    const links = linkIds.length;
    const reports = detached.length;
    if (links === 0 && reports === 0) void run(ids, name);
    else setPending({ ids, name, links, reports });
  }

  const dialog = pending && (
    <ConfirmDialog
      title={t('map.delete.title', { count: pending.ids.length, name: pending.name })}
      body={t('map.delete.body', { links: pending.links, reports: pending.reports })}
      confirmLabel={t('map.delete.confirm')}
      danger
      onConfirm={() => void run(pending.ids, pending.name)}
      onCancel={() => setPending(null)}
    />
  );
  return { ask, dialog };
}
