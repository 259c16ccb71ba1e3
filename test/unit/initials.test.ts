import { describe, expect, it } from 'vitest';
import { initialsOf } from '../../shared/domain/nameOrder.js';
import { painChoices, painItems } from '../../shared/domain/pains.js';

describe('owner initials', () => {
  it('takes a Chinese name by its surname, compound surnames whole', () => {
    expect(initialsOf('刘经理')).toBe('刘');
    expect(initialsOf('何文')).toBe('何');
    expect(initialsOf(' 王 芳 ')).toBe('王');
    expect(initialsOf('欧阳娜娜')).toBe('欧阳');
  });
  it('takes other names by the first letters of their first two words', () => {
    expect(initialsOf('Dana Lee')).toBe('DL');
    expect(initialsOf('yuki tanaka smith')).toBe('YT');
    expect(initialsOf('Dana')).toBe('DA');
    expect(initialsOf('  ')).toBe('?');
  });
});

describe('pain items', () => {
  it('splits pains into items by line and sentence, without numbering, once each', () => {
    expect(painItems('1. 系统夜间宕机\n2) 审计压力；预算削减。预算削减')).toEqual(['系统夜间宕机', '审计压力', '预算削减']);
    expect(painItems('- Outages at night\n\n• Audit pressure; budget cut')).toEqual(['Outages at night', 'Audit pressure', 'budget cut']);
    expect(painItems('   ')).toEqual([]);
  });
  it('offers whose pain causes whose, then each one', () => {
    expect(painChoices({ pains: 'Budget cut' }, { pains: 'Cheaper system\nLate delivery' })).toEqual({
      from: ['Budget cut'],
      to: ['Cheaper system', 'Late delivery'],
      both: 'Budget cut → Cheaper system',
    });
    expect(painChoices({ pains: '' }, { pains: 'Late delivery' }).both).toBeNull();
  });
});
