import { useMemo } from 'react';
import type { WhitespaceCell, WhitespaceCellFields } from '../../../../shared/contract/index.js';
import { call } from '../../api/client.js';
import { useUndoable } from '../../undo/useUndoable.js';

const L = 'opportunities.history_labels';

export const cellFieldsOf = (cell: WhitespaceCell | undefined): WhitespaceCellFields | null =>
  cell ? { status: cell.status, opportunityId: cell.opportunityId, amount: cell.amount, competitor: cell.competitor, notes: cell.notes } : null;

/** Edits of one account's opportunity map (机会地图), undoable in the account's scope. */
export function useWhitespaceCommands(accountId: string) {
  const perform = useUndoable(accountId);
  return useMemo(() => {
    const set = (offeringId: string, unit: string, cell: WhitespaceCellFields | null) => call('whitespace.setCell', { accountId, offeringId, unit, cell });
    return {
      setCell: (offeringId: string, unit: string, before: WhitespaceCell | undefined, cell: WhitespaceCellFields | null) =>
        perform(
          () => set(offeringId, unit, cell),
          () => ({
            label: `${L}.setCell`,
            undo: async () => void (await set(offeringId, unit, cellFieldsOf(before))),
            redo: async () => void (await set(offeringId, unit, cell)),
          }),
        ),
      addUnit: (name: string) =>
        perform(
          () => call('whitespace.addUnit', { accountId, name }),
          (unit) => {
            let removed: { id: string; cellIds: string[] } | null = null;
            return {
              label: `${L}.addUnit`,
              undo: async () => {
                removed = await call('whitespace.removeUnit', { id: unit.id! });
              },
              redo: async () => void (removed && (await call('whitespace.restoreUnit', removed))),
            };
          },
        ),
      removeUnit: (id: string) =>
        perform(
          () => call('whitespace.removeUnit', { id }),
          (removed) => ({
            label: `${L}.removeUnit`,
            undo: async () => void (await call('whitespace.restoreUnit', removed)),
            redo: async () => void (await call('whitespace.removeUnit', { id })),
          }),
        ),
    };
  }, [accountId, perform]);
}
