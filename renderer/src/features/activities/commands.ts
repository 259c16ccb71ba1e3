import { useMemo } from 'react';
import type { ActivityFields, ActivityRecord } from '../../../../shared/contract/index.js';
import { call } from '../../api/client.js';
import { previousValues, useUndoable } from '../../undo/useUndoable.js';

const L = 'activities.history';

/** Every edit of an account's contact log, undoable in the account's scope. */
export function useActivityCommands(accountId: string) {
  const perform = useUndoable(accountId);
  return useMemo(() => {
    const update = (id: string, patch: Partial<ActivityFields>) => call('activities.update', { id, patch });
    return {
      create: (fields: ActivityFields) =>
        perform(
          () => call('activities.create', { accountId, fields }),
          (made) => ({
            label: `${L}.create`,
            undo: async () => void (await call('activities.delete', { id: made.id })),
            redo: async () => void (await call('activities.restore', { id: made.id })),
          }),
        ),
      update: (before: ActivityRecord, patch: Partial<ActivityFields>) => {
        const previous = previousValues<ActivityFields>(before, patch);
        return perform(
          () => update(before.id, patch),
          () => ({ label: `${L}.edit`, undo: async () => void (await update(before.id, previous)), redo: async () => void (await update(before.id, patch)) }),
        );
      },
      remove: (activity: ActivityRecord) =>
        perform(
          () => call('activities.delete', { id: activity.id }),
          () => ({
            label: `${L}.delete`,
            undo: async () => void (await call('activities.restore', { id: activity.id })),
            redo: async () => void (await call('activities.delete', { id: activity.id })),
          }),
        ),
      /** The next step as a task (its people and opportunity); undone by deleting that task. */
      toTask: (activity: ActivityRecord) =>
        perform(
          () => call('activities.nextStepToTask', { activityId: activity.id }),
          (turned) => ({
            label: `${L}.toTask`,
            undo: async () => void (await call('tasks.delete', { id: turned.task.id })),
            redo: async () => void (await call('tasks.restore', { id: turned.task.id })),
          }),
        ),
    };
  }, [accountId, perform]);
}
