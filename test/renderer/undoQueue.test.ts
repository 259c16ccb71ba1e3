import { beforeEach, describe, expect, it } from 'vitest';
import { useHistory } from '../../renderer/src/undo/history.js';
import { perform } from '../../renderer/src/undo/perform.js';

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

  it('takes back an edit whose answer has not come yet when undo is asked right after it', async () => {
    const log: string[] = [];
    let answer!: () => void;
    const edit = perform(
      SCOPE,
      () => new Promise<void>((resolve) => (answer = resolve)),
      () => ({ label: 'map.history.move', undo: () => Promise.resolve(void log.push('undone')), redo: async () => {} }),
      () => log.push('failed'),
    );
    const undo = useHistory.getState().undo(SCOPE);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log).toEqual([]);
    answer();
    await edit;
    expect(await undo).toBe(true);
    expect(log).toEqual(['undone']);
    expect(useHistory.getState().future[SCOPE]).toHaveLength(1);
  });

  it('an undo asked while an edit fails takes back the edit before it', async () => {
    const log: string[] = [];
    useHistory.getState().push(SCOPE, { label: 'x', undo: () => Promise.resolve(void log.push('older undone')), redo: async () => {} });
    const failing = perform(SCOPE, () => new Promise<void>((_, reject) => setTimeout(() => reject(new Error('refused')), 10)), () => ({ label: 'y', undo: () => Promise.resolve(void log.push('wrong')), redo: async () => {} }), () => log.push('refused'));
    expect(await useHistory.getState().undo(SCOPE)).toBe(true);
    expect(await failing).toBeNull();
    expect(log).toEqual(['refused', 'older undone']);
  });
});
