import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_LEVELS, TARGET_RELATIONSHIP_CHOICES } from '../../shared/domain/people.js';

describe('target relationship choices', () => {
  it('are the levels above none, in order (no target is null, not none)', () => {
    expect(TARGET_RELATIONSHIP_CHOICES).toEqual(['acquainted', 'meeting', 'trusted', 'ally']);
    expect(TARGET_RELATIONSHIP_CHOICES).toEqual(RELATIONSHIP_LEVELS.slice(1));
  });
});
