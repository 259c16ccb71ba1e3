import { describe, expect, it } from 'vitest';
import { englishText, fillParams, paramText } from '../../shared/i18n/index.js';
import { reportText } from '../../shared/report/translate.js';

describe('numbers in sentences', () => {
  it('writes whole numbers from 1,000 on with digit grouping, in both languages', () => {
    expect(paramText(10_000, 'en')).toBe('10,000');
    expect(paramText(50_000, 'zh-CN')).toBe('50,000');
    expect(paramText(1_516, 'en')).toBe('1,516');
    expect(paramText(-12_000, 'en')).toBe('-12,000');
  });

  it('leaves small numbers, fractions and text as they are', () => {
    expect(paramText(999, 'en')).toBe('999');
    expect(paramText(0, 'zh-CN')).toBe('0');
    expect(paramText(1234.5, 'en')).toBe('1234.5');
    expect(paramText('10000', 'en')).toBe('10000');
    expect(paramText(undefined, 'en')).toBe('');
    expect(paramText(null, 'en')).toBe('');
  });

  it('is the rule of every surface: UI templates, the PDF and error texts', () => {
    expect(fillParams('{{count}} people, {{name}}', { count: 10_000, name: 'Ann' }, 'en')).toBe('10,000 people, Ann');
    expect(reportText('zh-CN')('accounts.people', { count: 10_000 })).toBe('10,000 位关键人物');
    expect(reportText('en')('accounts.people', { count: 10_000 })).toBe('10,000 people');
    expect(englishText('import.done_other', { count: 50_000 })).toBe('50,000 people imported.');
  });
});
