import { useEffect } from 'react';
import { useHistory } from './history.js';

/** Inputs that keep their own undo of what was typed; a checkbox, radio, button or select has none. */
const TYPED_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'datetime-local', 'month', 'week', 'time']);

const isTextEntry = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && TYPED_INPUTS.has(target.type)));

/**
 * Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes the scope's last edit — except while typing
 * in a field, where the field's own undo applies.
 */
export function useUndoShortcuts(scope: string, onError: (error: unknown) => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || key === 'y';
      if (key !== 'z' && key !== 'y') return;
      event.preventDefault();
      const run = redo ? useHistory.getState().redo : useHistory.getState().undo;
      run(scope).catch(onError);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [scope, onError]);
}
