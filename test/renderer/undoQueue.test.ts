import { beforeEach, describe, expect, it } from 'vitest';
import { useHistory } from '../../renderer/src/undo/history.js';

const SCOPE = 'account:1';

describe('the shared undo history', () => {
  beforeEach(() => useHistory.getState().clear());

  it('takes two steps back when undo is asked twice while the first is still running', async () => {
    const undone: string[] = [];
    const slow = (name: string, ms: number) => ({
      label: 'map.history.move',
      undo: () => new Promise<void>((resolve) => setTimeout(() => (undone.push(name), resolve()), ms)),
      redo: async () => {},
    });
    useHistory.getState().push(SCOPE, slow('first edit', 5));
    useHistory.getState().push(SCOPE, slow('second edit', 30));
    const first = useHistory.getState().undo(SCOPE);
    const second = useHistory.getState().undo(SCOPE);
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(undone).toEqual(['second edit', 'first edit']);
    expect(useHistory.getState().past[SCOPE]).toEqual([]);
    expect(useHistory.getState().future[SCOPE]).toHaveLength(2);
    expect(useHistory.getState().busy).toBe(false);
  });

  it('keeps a step whose undo failed, and the next request still runs', async () => {
    useHistory.getState().push(SCOPE, { label: 'x', undo: () => Promise.reject(new Error('disk full')), redo: async () => {} });
    await expect(useHistory.getState().undo(SCOPE)).rejects.toThrow('disk full');
    expect(useHistory.getState().past[SCOPE]).toHaveLength(1);
    expect(await useHistory.getState().undo(SCOPE).catch(() => 'failed again')).toBe('failed again');
    expect(useHistory.getState().busy).toBe(false);
  });
});
