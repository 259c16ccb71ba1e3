import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, moveColumn, parsePrefs, toggleColumn } from '../../renderer/src/features/people/columnPrefs.js';
import { DEFAULT_ORDER } from '../../renderer/src/features/people/columns.js';

describe('key-person table columns', () => {
  it('reads what was stored, dropping unknown ids and adding new columns where the default has them', () => {
    expect(parsePrefs(null)).toEqual(DEFAULT_PREFS);
    expect(parsePrefs('not json')).toEqual(DEFAULT_PREFS);
    const stored = parsePrefs(JSON.stringify({ order: ['pains', 'bogus', 'title', 'pains'], hidden: ['style', 'nope'] }));
    expect(stored.order.slice(0, 2)).toEqual(['pains', 'title']);
    expect([...stored.order].sort()).toEqual([...DEFAULT_ORDER].sort());
    // 'roles' follows 'title' in the default, so it comes right after it.
    expect(stored.order.indexOf('roles')).toBe(stored.order.indexOf('title') + 1);
    expect(stored.hidden).toEqual(['style']);
  });

  it('moves a column one place and shows or hides it', () => {
    const moved = moveColumn(DEFAULT_PREFS, 'owner', -1);
    expect(moved.order.indexOf('owner')).toBe(DEFAULT_PREFS.order.indexOf('owner') - 1);
    expect(moveColumn(DEFAULT_PREFS, DEFAULT_ORDER[0]!, -1)).toBe(DEFAULT_PREFS);
    const hidden = toggleColumn(DEFAULT_PREFS, 'style');
    expect(hidden.hidden).toEqual(['style']);
    expect(toggleColumn(hidden, 'style').hidden).toEqual([]);
  });
});
