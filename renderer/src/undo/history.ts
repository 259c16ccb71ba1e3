import { create } from 'zustand';

/** One user edit that can be taken back and done again. Both halves talk to the backend. */
export interface Command {
  /** i18n key naming the edit (shown as "Undo: …"). */
  label: string;
  redo: () => Promise<void>;
  undo: () => Promise<void>;
}

interface HistoryState {
  /** Per scope (an account, Settings' lists, …): edits done and edits undone, newest last. */
  past: Record<string, Command[]>;
  future: Record<string, Command[]>;
  /** An undo or redo is running; a second one waits for it to finish (it is refused). */
  busy: boolean;
  push(scope: string, command: Command): void;
  /** An edit of the scope on its way (see perform): an undo or redo pressed meanwhile waits for it. */
  track(scope: string, edit: Promise<unknown>): void;
  undo(scope: string): Promise<boolean>;
  redo(scope: string): Promise<boolean>;
  /** Forgets every step of every scope (e.g. after a restore replaced the data they refer to). */
  clear(): void;
}

const LIMIT = 200;

type Stack = 'past' | 'future';

/** The shared undo history of every feature. Features add commands through `perform` (undo/perform.ts). */
export const useHistory = create<HistoryState>((set, get) => {
  // Ctrl+Z pressed twice quickly means two steps back: a request made while one runs waits its turn.
  let queue: Promise<unknown> = Promise.resolve();
  // Ctrl+Z pressed right after an edit, before the backend answered it, takes back that edit.
  const editing = new Map<string, Set<Promise<unknown>>>();
  const editsDone = (scope: string) => Promise.allSettled([...(editing.get(scope) ?? [])]);
  function replay(scope: string, from: Stack, to: Stack, run: (command: Command) => Promise<void>): Promise<boolean> {
    const turn = queue.then(() => editsDone(scope)).then(() => replayNow(scope, from, to, run));
    queue = turn.catch(() => undefined);
    return turn;
  }

  /** Runs the newest command of one stack (undo from the past, redo from the future) and moves it onto the other. */
  async function replayNow(scope: string, from: Stack, to: Stack, run: (command: Command) => Promise<void>): Promise<boolean> {
    const source = get()[from][scope] ?? [];
    const command = source.at(-1);
    if (!command) return false;
    set({ busy: true });
    try {
      await run(command);
      const stacks = { past: get().past, future: get().future };
      stacks[from] = { ...stacks[from], [scope]: (stacks[from][scope] ?? []).filter((c) => c !== command) };
      stacks[to] = { ...stacks[to], [scope]: [...(stacks[to][scope] ?? []), command] };
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
    push(scope, command) {
      const past = [...(get().past[scope] ?? []), command].slice(-LIMIT);
      set({ past: { ...get().past, [scope]: past }, future: { ...get().future, [scope]: [] } });
    },
    track(scope, edit) {
      const edits = editing.get(scope) ?? new Set();
      editing.set(scope, edits);
      edits.add(edit);
      const forget = () => {
        edits.delete(edit);
        if (edits.size === 0) editing.delete(scope);
      };
      edit.then(forget, forget);
    },
    undo: (scope) => replay(scope, 'past', 'future', (command) => command.undo()),
    redo: (scope) => replay(scope, 'future', 'past', (command) => command.redo()),
    clear: () => set({ past: {}, future: {} }),
  };
});

/** The label of the step Undo (or Redo) would take in a scope, for buttons and tooltips. */
export const useNextSteps = (scope: string) => ({
  undoLabel: useHistory((s) => s.past[scope]?.at(-1)?.label),
  redoLabel: useHistory((s) => s.future[scope]?.at(-1)?.label),
  busy: useHistory((s) => s.busy),
});
