import { describe, expect, it } from 'vitest';
import { wayInNeed } from '../../shared/domain/people.js';

describe('wayInNeed', () => {
  it('asks for an introduction to someone below 信赖 with no target, or below their target', () => {
    expect(wayInNeed({ relationship: 'acquainted', targetRelationship: null })).toEqual({ kind: 'introduction', target: 'trusted' });
    expect(wayInNeed({ relationship: 'meeting', targetRelationship: 'ally' })).toEqual({ kind: 'introduction', target: 'ally' });
  });

  it('needs no introduction to someone already trusted, only a deeper relationship up to the target', () => {
    expect(wayInNeed({ relationship: 'trusted', targetRelationship: 'ally' })).toEqual({ kind: 'direct', target: 'ally' });
  });

  it('needs nothing at or above the target, or at 信赖 without one', () => {
    expect(wayInNeed({ relationship: 'trusted', targetRelationship: null })).toEqual({ kind: 'none' });
    expect(wayInNeed({ relationship: 'meeting', targetRelationship: 'meeting' })).toEqual({ kind: 'none' });
    expect(wayInNeed({ relationship: 'ally', targetRelationship: 'trusted' })).toEqual({ kind: 'none' });
  });
});
