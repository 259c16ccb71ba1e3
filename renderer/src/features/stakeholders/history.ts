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

type Stack = 'past' | 'future';

export const useHistory = create<HistoryState>((set, get) => {
  /** Runs the newest command of one stack (undo from the past, redo from the future) and moves it onto the other. */
  async function replay(accountId: string, from: Stack, to: Stack, run: (command: Command) => Promise<void>): Promise<boolean> {
    const source = get()[from][accountId] ?? [];
    const command = source.at(-1);
    if (!command || get().busy) return false;
    set({ busy: true });
    try {
      await run(command);
      const stacks = { past: get().past, future: get().future };
      stacks[from] = { ...stacks[from], [accountId]: source.slice(0, -1) };
      stacks[to] = { ...stacks[to], [accountId]: [...(stacks[to][accountId] ?? []), command] };
      set(stacks);
      return true;
    } finally {
      set({ busy: false });
    }
  }

  return {
    past: {},
    future: {},
    busy: false,
    push(accountId, command) {
      const past = [...(get().past[accountId] ?? []), command].slice(-LIMIT);
      set({ past: { ...get().past, [accountId]: past }, future: { ...get().future, [accountId]: [] } });
    },
    undo: (accountId) => replay(accountId, 'past', 'future', (command) => command.undo()),
    redo: (accountId) => replay(accountId, 'future', 'past', (command) => command.redo()),
  };
});

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
