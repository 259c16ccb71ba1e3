import { describe, expect, it } from 'vitest';
import { latest, sending } from '../../renderer/src/features/stakeholders/pendingWrites.js';

describe('writes on their way to the backend', () => {
  const stored = { attitude: 'neutral', relationship: 'met', x: 0 };

  it('are what the next edit takes back to, until their answer comes', () => {
    const first = sending('person:a', { attitude: 'supporter' });
    expect(latest('person:a', stored, ['attitude', 'relationship'])).toEqual({ attitude: 'supporter', relationship: 'met' });
    const second = sending('person:a', { attitude: 'champion' });
    first();
    expect(latest('person:a', stored, ['attitude'])).toEqual({ attitude: 'champion' });
    second();
    expect(latest('person:a', stored, ['attitude'])).toEqual({ attitude: 'neutral' });
  });

  it('are kept apart per person or link', () => {
    const done = sending('person:b', { x: 40 });
    expect(latest('person:c', stored, ['x'])).toEqual({ x: 0 });
    expect(latest('link:b', stored, ['x'])).toEqual({ x: 0 });
    expect(latest('person:b', stored, ['x'])).toEqual({ x: 40 });
    done();
  });
});
