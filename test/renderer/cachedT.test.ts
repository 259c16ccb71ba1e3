import { describe, expect, it } from 'vitest';
import { cachedT } from '../../renderer/src/i18n/cachedT.js';

/** A `t` that counts its calls and shows what it was asked. */
function countingT(prefix: string) {
  const calls: string[] = [];
  const t = (key: string, options?: Record<string, unknown>) => {
    calls.push(key);
    return `${prefix}:${key}${options ? ` ${JSON.stringify(options)}` : ''}`;
  };
  return { t, calls };
}

describe('cachedT (the map cards’ labels)', () => {
  it('asks i18next once per key and options, and answers the same text after', () => {
    const { t, calls } = countingT('en');
    const ct = cachedT(t, 'test-en-1');
    expect(ct('map.card.onTarget')).toBe('en:map.card.onTarget');
    expect(ct('map.card.onTarget')).toBe('en:map.card.onTarget');
    expect(ct('map.card.owner', { name: '刘经理' })).toBe('en:map.card.owner {"name":"刘经理"}');
    expect(ct('map.card.owner', { name: '刘经理' })).toBe('en:map.card.owner {"name":"刘经理"}');
    expect(ct('map.card.owner', { name: 'Ann' })).toBe('en:map.card.owner {"name":"Ann"}');
    expect(calls).toEqual(['map.card.onTarget', 'map.card.owner', 'map.card.owner']);
  });

  it('keeps each language apart: a switch of language never shows the other one’s text', () => {
    const en = cachedT(countingT('en').t, 'test-en-2');
    const zh = cachedT(countingT('zh').t, 'test-zh-2');
    expect(en('map.card.noOwner')).toBe('en:map.card.noOwner');
    expect(zh('map.card.noOwner')).toBe('zh:map.card.noOwner');
    expect(en('map.card.noOwner')).toBe('en:map.card.noOwner');
  });
});
