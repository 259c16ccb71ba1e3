import { useMemo } from 'react';
import { emptyTaskFields } from '../../../../shared/contract/index.js';
import type { RelationshipPhase } from '../../../../shared/domain/accounts.js';
import { call } from '../../api/client.js';
import { useUndoable } from '../../undo/useUndoable.js';

const L = 'relationship.history';

/** Edits of an account's relationship plan, undoable in the account's scope. */
export function useRelationshipCommands(accountId: string, onError?: (error: unknown) => void) {
  const perform = useUndoable(accountId, onError);
  return useMemo(() => {
    const setPhase = (phase: RelationshipPhase) => call('relationship.setPhase', { accountId, phase });
    return {
      /** Moves the account to `to` (forward or back); undo puts `from` back. */
      setPhase: (from: RelationshipPhase, to: RelationshipPhase) =>
        perform(
          () => setPhase(to),
          () => ({ label: `${L}.phase`, undo: async () => void (await setPhase(from)), redo: async () => void (await setPhase(to)) }),
        ),
      /** One of the phase's default tasks, made a task of the account (undo deletes it, redo restores it). */
      addDefaultTask: (phase: RelationshipPhase, templateTaskKey: string, title: string) =>
        perform(
          () => call('tasks.create', { accountId, fields: { ...emptyTaskFields, title, phase }, templateTaskKey }),
          (created) => ({
            label: `${L}.addTask`,
            undo: async () => void (await call('tasks.delete', { id: created.id })),
            redo: async () => void (await call('tasks.restore', { id: created.id })),
          }),
        ),
    };
  }, [accountId, perform]);
}
