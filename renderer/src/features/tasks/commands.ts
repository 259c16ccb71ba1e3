import { useMemo } from 'react';
import type { Task, TaskFields } from '../../../../shared/contract/index.js';
import { call } from '../../api/client.js';
import { previousValues, useUndoable } from '../../undo/useUndoable.js';

const L = 'tasks.history';

/** Every edit of an account's tasks, undoable in the account's scope. */
export function useTaskCommands(accountId: string, onError?: (error: unknown) => void) {
  const perform = useUndoable(accountId, onError);
  return useMemo(() => {
    const update = (id: string, patch: Partial<TaskFields>) => call('tasks.update', { id, patch });
    return {
      create: (fields: TaskFields) =>
        perform(
          () => call('tasks.create', { accountId, fields }),
          (created) => ({
            label: `${L}.create`,
            undo: async () => void (await call('tasks.delete', { id: created.id })),
            redo: async () => void (await call('tasks.restore', { id: created.id })),
          }),
        ),
      update: (before: Task, patch: Partial<TaskFields>, label = `${L}.edit`) => {
        const previous = previousValues<TaskFields>(before, patch);
        return perform(
          () => update(before.id, patch),
          () => ({ label, undo: async () => void (await update(before.id, previous)), redo: async () => void (await update(before.id, patch)) }),
        );
      },
      remove: (task: Task) =>
        perform(
          () => call('tasks.delete', { id: task.id }),
          () => ({
            label: `${L}.delete`,
            undo: async () => void (await call('tasks.restore', { id: task.id })),
            redo: async () => void (await call('tasks.delete', { id: task.id })),
          }),
        ),
    };
  }, [accountId, perform]);
}

export type TaskCommands = ReturnType<typeof useTaskCommands>;
