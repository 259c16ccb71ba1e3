import { useHistory, type Command } from './history.js';

/**
 * The one way an undoable edit is made: run it now (a backend call: one transaction) and, when it
 * succeeded, record how to take it back and do it again. A failure is handed to `onError` and
 * answers null: nothing is recorded, nothing is half-applied.
 */
export function perform<T>(
  scope: string,
  first: () => Promise<T>,
  command: (result: T) => Command,
  onError: (error: unknown) => void,
): Promise<T | null> {
  const edit = (async () => {
    let result: T;
    try {
      result = await first();
    } catch (error) {
      onError(error);
      return null;
    }
    useHistory.getState().push(scope, command(result));
    return result;
  })();
  return tracked(scope, edit);
}

/** An edit of a scope that is on its way: an undo or redo of that scope waits for it to finish. */
export function tracked<T>(scope: string, edit: Promise<T>): Promise<T> {
  useHistory.getState().track(scope, edit);
  return edit;
}

/** Undo and redo of a scope, with failures handed to `onError`. */
export const undoIn = (scope: string, onError: (error: unknown) => void) => () => useHistory.getState().undo(scope).catch(onError);
export const redoIn = (scope: string, onError: (error: unknown) => void) => () => useHistory.getState().redo(scope).catch(onError);
