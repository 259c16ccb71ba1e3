import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toColumns, type AccountMap, type ImportedPerson, type ImportMerge, type LinkFields, type PeopleDeleted, type Person, type PersonFields, type PersonMove } from '../../../../shared/contract/index.js';
import { call } from '../../api/client.js';
import { toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import type { Command } from '../../undo/history.js';
import { perform as performIn, redoIn, tracked, undoIn } from '../../undo/perform.js';
import { latest, linkWrites, personWrites, sending } from './pendingWrites.js';
import { fullPerson, mapKey, patchDeletion, patchMap, patchMoves, patchPeople, peopleListKey, peopleQueries, removeLinks, upsertLinks } from './queries.js';

/** A card's new place; null (both) sends it back to the automatic layout. */
export type Move = PersonMove;

/**
 * Every edit of an account's people and links, for the map and the key-person table alike. Each one
 * is a backend call (one transaction), patches the cached map, and goes on the undo stack.
 * Failures are told to the user and return null; nothing is half-applied. `onError` (optional, keep
 * it stable) also gets the error, e.g. for a form to mark the field the backend refused; when it
 * answers true it has shown the error itself (in the form), and no toast repeats it.
 */
export function useStakeholderCommands(accountId: string, onError?: (error: unknown) => boolean | void) {
  const client = useQueryClient();
  const { t } = useTranslation();

  return useMemo(() => {
    const patch = (fn: (map: AccountMap) => AccountMap) => patchMap(client, accountId, fn);
    const current = () => client.getQueryData<AccountMap>(mapKey(accountId));
    const failed = (error: unknown) => {
      if (onError?.(error) !== true) toastError(errorText(t, error));
    };
    const perform = <T>(first: () => Promise<T>, command: (result: T) => Command) => performIn(accountId, first, command, failed);
    // The cached people (map, table, open panels) are patched by hand below (targeted, identity-keeping
    // edits): not refetched after each write. Links are only on the map.
    const people = (list: Person[]) => patchPeople(client, accountId, list);
    const freshPeople = () => ({ fresh: peopleQueries(client, accountId) });
    const fresh = { fresh: [mapKey(accountId)] };
    const refetchPeople = () =>
      Promise.all([client.invalidateQueries({ queryKey: mapKey(accountId) }), client.invalidateQueries({ queryKey: peopleListKey(accountId) })]);

    const updatePeopleRaw = async (id: string, fields: Partial<PersonFields>) => {
      const sent = sending(personWrites(id), fields);
      try {
        people([await call('people.update', { id, patch: fields }, freshPeople())]);
      } finally {
        sent();
      }
    };
    const moveRaw = async (moves: Move[]) => {
      const sent = moves.map((m) => sending(personWrites(m.id), { x: m.x, y: m.y }));
      try {
        await call('people.move', { moves }, freshPeople());
        patchMoves(client, accountId, moves);
      } finally {
        for (const done of sent) done();
      }
    };
    const deletePeopleRaw = async (ids: string[]) => {
      const deleted = await call('people.delete', { ids }, freshPeople());
      patchDeletion(client, accountId, deleted);
      return deleted;
    };
    const updateLinkRaw = async (id: string, fields: Partial<LinkFields>) => {
      const sent = sending(linkWrites(id), fields);
      try {
        const link = await call('links.update', { id, patch: fields }, fresh);
        patch(upsertLinks([link]));
      } finally {
        sent();
      }
    };
    const deleteLinksRaw = async (ids: string[]) => {
      await call('links.delete', { ids }, fresh);
      patch(removeLinks(ids));
    };
    const restoreLinksRaw = async (ids: string[]) => {
      const links = await call('links.restore', { ids }, fresh);
      patch(upsertLinks(links));
    };

    return {
      addPerson: (fields: PersonFields, position: { x: number; y: number } | null = null) =>
        perform(
          async () => {
            const person = await call('people.create', { accountId, fields, position }, freshPeople());
            people([person]);
            return person;
          },
          (person) => ({
            label: 'map.history.add',
            undo: async () => void (await deletePeopleRaw([person.id])),
            redo: async () => {
              const restored = await call('people.restore', { ids: [person.id], linkIds: [], detached: [] }, freshPeople());
              people(restored.people);
            },
          }),
        ),

      updatePerson: (id: string, fields: Partial<PersonFields>) =>
        // Reading the person is part of the edit: an undo pressed meanwhile waits for all of it.
        tracked(
          accountId,
          (async () => {
            // The previous values of every field edited (the map has only some): undo sends them back.
            const before = await fullPerson(client, accountId, id, () => call('people.get', { id }));
            if (!before) return null;
            const previous = latest(personWrites(id), before, Object.keys(fields) as (keyof PersonFields)[]);
            return perform(
              () => updatePeopleRaw(id, fields),
              () => ({ label: 'map.history.edit', undo: () => updatePeopleRaw(id, previous), redo: () => updatePeopleRaw(id, fields) }),
            );
          })(),
        ),

      /**
       * Undo puts back what was stored before, not where the cards were drawn: a card the automatic
       * layout had placed gets no stored position again, and so goes back to the tidy layout.
       */
      movePeople: (moves: Move[], label = 'map.history.move') => {
        const stored = new Map(current()?.people.map((p) => [p.id, p]));
        const before = moves.flatMap((m): Move[] => {
          const p = stored.get(m.id);
          if (!p) return [];
          const { x = null, y = null } = latest(personWrites(p.id), p, ['x', 'y']);
          return x !== null && y !== null ? [{ id: p.id, x, y }] : [{ id: p.id, x: null, y: null }];
        });
        return perform(
          () => moveRaw(moves),
          () => ({ label, undo: () => moveRaw(before), redo: () => moveRaw(moves) }),
        );
      },

      deletePeople: (ids: string[]) =>
        perform(
          () => deletePeopleRaw(ids),
          (deleted) => {
            let last = deleted;
            return {
              label: 'map.history.delete',
              undo: async () => {
                const restored = await call('people.restore', { ids: last.ids, linkIds: last.linkIds, detached: last.detached }, freshPeople());
                patch(upsertLinks(restored.links));
                people(restored.people);
                // Re-attached direct reports come back with their manager.
                await refetchPeople();
              },
              redo: async () => {
                last = await deletePeopleRaw(ids);
              },
            };
          },
        ),

      createLink: (sourceId: string, targetId: string, fields: LinkFields) =>
        perform(
          async () => {
            const link = await call('links.create', { accountId, sourceId, targetId, fields }, fresh);
            patch(upsertLinks([link]));
            return link;
          },
          (link) => ({ label: 'map.history.link', undo: () => deleteLinksRaw([link.id]), redo: () => restoreLinksRaw([link.id]) }),
        ),

      updateLink: (id: string, fields: Partial<LinkFields>) => {
        const before = current()?.links.find((l) => l.id === id);
        if (!before) return Promise.resolve(null);
        const previous = latest(linkWrites(id), before, Object.keys(fields) as (keyof LinkFields)[]);
        return perform(
          () => updateLinkRaw(id, fields),
          () => ({ label: 'map.history.editLink', undo: () => updateLinkRaw(id, previous), redo: () => updateLinkRaw(id, fields) }),
        );
      },

      deleteLinks: (ids: string[]) =>
        perform(
          () => deleteLinksRaw(ids),
          () => ({ label: 'map.history.deleteLink', undo: () => restoreLinksRaw(ids), redo: () => deleteLinksRaw(ids) }),
        ),

      /**
       * Many people in one call, and rows merged into people already there (the CSV/XLSX import).
       * Undo deletes the new people and puts the merged ones back as they were, in one call; redo
       * brings back exactly what undo took and merges again.
       */
      importPeople: (rows: ImportedPerson[], merges: ImportMerge[] = []) =>
        perform(
          async () => {
            const imported = await call('people.import', { accountId, people: toColumns(rows), merges }, freshPeople());
            people([...imported.people, ...imported.updated]);
            return imported;
          },
          (imported) => {
            let undone: PeopleDeleted | null = null;
            const patches = (side: 'before' | 'after') => imported.merged.map((m) => ({ id: m.id, patch: m[side] }));
            return {
              label: 'import.history',
              undo: async () => {
                const reverted = await call('people.revertImport', { ids: imported.people.map((p) => p.id), merged: patches('before') }, freshPeople());
                undone = reverted.deleted;
                people(reverted.updated);
                patchDeletion(client, accountId, reverted.deleted);
              },
              redo: async () => {
                const restore = undone ?? { ids: [], linkIds: [], detached: [] };
                const reapplied = await call('people.reapplyImport', { restore, merged: patches('after') }, freshPeople());
                patch(upsertLinks(reapplied.links));
                people([...reapplied.people, ...reapplied.updated]);
                // People added under the imported ones meanwhile come back attached to them.
                await refetchPeople();
              },
            };
          },
        ),

      undo: undoIn(accountId, (error: unknown) => toastError(errorText(t, error))),
      redo: redoIn(accountId, (error: unknown) => toastError(errorText(t, error))),
    };
  }, [accountId, client, t, onError]);
}

export type StakeholderCommands = ReturnType<typeof useStakeholderCommands>;
