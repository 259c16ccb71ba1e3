import { useEffect } from 'react';
import { create } from 'zustand';

/** One user edit that can be taken back and done again. Both halves talk to the backend. */
export interface Command {
  /** i18n key naming the edit (shown as "Undo: …"). */
  label: string;
  redo: () => Promise<void>;
  undo: () => Promise<void>;
}

interface HistoryState {
  /** Per account: edits done (newest last) and edits undone (newest last). */
  past: Record<string, Command[]>;
  future: Record<string, Command[]>;
  busy: boolean;
  push(accountId: string, command: Command): void;
  undo(accountId: string): Promise<boolean>;
  redo(accountId: string): Promise<boolean>;
}

const LIMIT = 200;

export const useHistory = create<HistoryState>((set, get) => ({
  past: {},
  future: {},
  busy: false,
  push(accountId, command) {
    const past = [...(get().past[accountId] ?? []), command].slice(-LIMIT);
    set({ past: { ...get().past, [accountId]: past }, future: { ...get().future, [accountId]: [] } });
  },
  async undo(accountId) {
    const past = get().past[accountId] ?? [];
    const command = past.at(-1);
    if (!command || get().busy) return false;
    set({ busy: true });
    try {
      await command.undo();
      set({
        past: { ...get().past, [accountId]: past.slice(0, -1) },
        future: { ...get().future, [accountId]: [...(get().future[accountId] ?? []), command] },
      });
      return true;
    } finally {
      set({ busy: false });
    }
  },
  async redo(accountId) {
    const future = get().future[accountId] ?? [];
    const command = future.at(-1);
    if (!command || get().busy) return false;
    set({ busy: true });
    try {
      await command.redo();
      set({
        future: { ...get().future, [accountId]: future.slice(0, -1) },
        past: { ...get().past, [accountId]: [...(get().past[accountId] ?? []), command] },
      });
      return true;
    } finally {
      set({ busy: false });
    }
  },
}));

const isTextEntry = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes the account's last edit — except while typing
 * in a field, where the field's own undo applies.
 */
export function useUndoShortcuts(accountId: string, onError: (error: unknown) => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || key === 'y';
      if (key !== 'z' && key !== 'y') return;
      event.preventDefault();
      const run = redo ? useHistory.getState().redo : useHistory.getState().undo;
      run(accountId).catch(onError);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [accountId, onError]);
}
