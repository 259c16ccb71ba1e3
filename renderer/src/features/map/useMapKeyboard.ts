import { useEffect, type RefObject } from 'react';
import type { StakeholderCommands } from '../stakeholders/commands.js';
import type { MapStore } from './mapStore.js';

const NUDGE: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
const STEP = 10;

const isTextEntry = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

interface Keys {
  store: MapStore;
  container: RefObject<HTMLElement | null>;
  commands: StakeholderCommands;
  onDelete: (ids: string[]) => void;
}

/**
 * The map's keyboard: Ctrl/Cmd+F finds a person, Delete removes the selected people or line, arrows
 * nudge the selected cards (Shift: five times as far), each nudge saved and undoable. Keys typed into
 * fields, dialogs or elsewhere on the page are left alone. (Undo and redo: useUndoShortcuts.)
 */
export function useMapKeyboard({ store, container, commands, onDelete }: Keys) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      if (isTextEntry(target)) return;
      const inMap = target === document.body || (target instanceof Node && !!container.current?.contains(target));
      if (!inMap) return;
      const state = store.getState();

      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        state.setSearchOpen(true);
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;

      if (event.key === 'Delete' || event.key === 'Backspace') {
        if (state.selection.length > 0) onDelete(state.selection);
        else if (state.selectedEdge?.startsWith('reports:')) void commands.updatePerson(state.selectedEdge.slice('reports:'.length), { reportsToId: null });
        else if (state.selectedEdge) void commands.deleteLinks([state.selectedEdge]);
        else return;
        event.preventDefault();
        return;
      }

      const direction = NUDGE[event.key];
      if (!direction || state.selection.length === 0 || state.layered) return;
      // Before React Flow's own arrow handling, which would move the cards without saving them.
      event.preventDefault();
      event.stopPropagation();
      const distance = event.shiftKey ? STEP * 5 : STEP;
      const chosen = new Set(state.selection);
      const cards = state.nodes.filter((n) => n.type === 'person' && chosen.has(n.id));
      const before = cards.map((n) => ({ id: n.id, x: n.position.x, y: n.position.y }));
      const moves = before.map((m) => ({ id: m.id, x: Math.round(m.x + direction[0] * distance), y: Math.round(m.y + direction[1] * distance) }));
      if (moves.length === 0) return;
      state.placeCards(moves);
      void commands.movePeople(moves).then((done) => {
        if (done === null) store.getState().refresh();
      });
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store, container, commands, onDelete]);
}
