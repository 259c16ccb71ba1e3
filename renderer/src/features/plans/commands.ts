import { useMemo } from 'react';
import type { PlanDeleted } from '../../../../shared/contract/index.js';
import { call } from '../../api/client.js';
import { useUndoable } from '../../undo/useUndoable.js';

const L = 'stagePlan.history';

/**
 * Every edit of one opportunity's stage plan, undoable in the account's scope. A move is undone by
 * `plans.undoMove` naming the move's time, and done again by the same advance or move back.
 */
export function usePlanCommands(accountId: string, opportunityId: string, onError?: (error: unknown) => void) {
  const perform = useUndoable(accountId, onError);
  return useMemo(() => {
    const advance = (reason?: string) => call('plans.advance', { opportunityId, ...(reason === undefined ? {} : { override: { reason } }) });
    const back = (reason?: string) => call('plans.moveBack', { opportunityId, ...(reason ? { reason } : {}) });
    /** A move and its undo; redo makes the same move again (and remembers its new time for the next undo). */
    const moveCommand = (label: string, again: () => Promise<{ move: { at: string } }>) => (first: { move: { at: string } }) => {
      let at = first.move.at;
      return {
        label,
        undo: async () => void (await call('plans.undoMove', { opportunityId, at })),
        redo: async () => {
          at = (await again()).move.at;
        },
      };
    };
    return {
      create: (templateKey: string) => {
        let deleted: PlanDeleted | null = null;
        return perform(
          () => call('plans.create', { opportunityId, templateKey }),
          () => ({
            label: `${L}.create`,
            undo: async () => {
              deleted = await call('plans.delete', { opportunityId });
            },
            redo: async () => {
              if (deleted) await call('plans.restore', { planId: deleted.planId, taskIds: deleted.taskIds });
            },
          }),
        );
      },
      remove: () =>
        perform(
          () => call('plans.delete', { opportunityId }),
          (deleted) => ({
            label: `${L}.delete`,
            undo: async () => void (await call('plans.restore', { planId: deleted.planId, taskIds: deleted.taskIds })),
            redo: async () => void (await call('plans.delete', { opportunityId })),
          }),
        ),
      setCriterion: (stageKey: string, criterionKey: string, done: boolean) => {
        const set = (value: boolean) => call('plans.setCriterion', { opportunityId, stageKey, criterionKey, done: value });
        return perform(
          () => set(done),
          () => ({ label: `${L}.criterion`, undo: async () => void (await set(!done)), redo: async () => void (await set(done)) }),
        );
      },
      advance: () => perform(() => advance(), moveCommand(`${L}.advance`, () => advance())),
      override: (reason: string) => perform(() => advance(reason), moveCommand(`${L}.override`, () => advance(reason))),
      moveBack: (reason: string) => perform(() => back(reason), moveCommand(`${L}.back`, () => back(reason))),
      setDates: (stageKey: string, before: { plannedStart: string | null; plannedEnd: string | null }, after: { plannedStart: string | null; plannedEnd: string | null }) => {
        const set = (dates: typeof after) => call('plans.setDates', { opportunityId, stageKey, ...dates });
        return perform(
          () => set(after),
          () => ({ label: `${L}.dates`, undo: async () => void (await set(before)), redo: async () => void (await set(after)) }),
        );
      },
      setObjectives: (stageKey: string, before: string[] | null, after: string[] | null) => {
        const set = (objectives: string[] | null) => call('plans.setObjectives', { opportunityId, stageKey, objectives });
        return perform(
          () => set(after),
          () => ({ label: `${L}.objectives`, undo: async () => void (await set(before)), redo: async () => void (await set(after)) }),
        );
      },
    };
  }, [opportunityId, perform]);
}

export type PlanCommands = ReturnType<typeof usePlanCommands>;
