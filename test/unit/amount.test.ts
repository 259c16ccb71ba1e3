import { describe, expect, it } from 'vitest';
import { CURRENCIES } from '../../shared/domain/accounts.js';
import { AMOUNT_MAX, formatAmount, formatAmountCompact, parseAmount } from '../../shared/domain/amount.js';
import { LANGUAGES } from '../../shared/i18n/languages.js';

const value = (text: string, language?: 'zh-CN' | 'en') => {
  const parsed = parseAmount(text, language);
  return parsed.ok ? parsed.value : parsed.reason;
};

describe('parseAmount', () => {
  it.each([
    ['1200万', 12_000_000],
    ['1.2亿', 120_000_000],
    ['1.1亿', 110_000_000],
    ['1000万元', 10_000_000],
    ['3千万', 30_000_000],
    ['2万亿', 2_000_000_000_000],
    ['10w', 100_000],
    ['12,000,000', 12_000_000],
    ['12 000 000', 12_000_000],
    ['12\u00a0000\u00a0000', 12_000_000],
    ["1'000'000", 1_000_000],
    ['12m', 12_000_000],
    ['12M', 12_000_000],
    ['1.5k', 1500],
    ['12 million', 12_000_000],
    ['3.5 billion', 3_500_000_000],
    ['3.5bn', 3_500_000_000],
    ['1.2B', 1_200_000_000],
    ['１２００万', 12_000_000],
    ['１，２００万', 12_000_000],
    ['  8500  ', 8500],
    ['0', 0],
    ['1,234.5', 1235],
    ['0.5', 1],
  ])('reads %s as %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each([
    ['¥1,200万', 'zh-CN', 12_000_000, 'CNY'],
    ['￥1,200万', 'zh-CN', 12_000_000, 'CNY'],
    ['¥12,000,000', 'en', 12_000_000, 'JPY'],
    ['1000万元', 'en', 10_000_000, 'CNY'],
    ['500万美元', 'zh-CN', 5_000_000, 'USD'],
    ['RMB 3m', 'en', 3_000_000, 'CNY'],
    ['CN¥12M', 'en', 12_000_000, 'CNY'],
    ['US$1.2亿', 'zh-CN', 120_000_000, 'USD'],
    ['HK$1.2M', 'en', 1_200_000, 'HKD'],
    ['SGD 12,000,000', 'en', 12_000_000, 'SGD'],
    ['12,000 EUR', 'en', 12_000, 'EUR'],
    ['€2.5m', 'en', 2_500_000, 'EUR'],
    ['£800k', 'en', 800_000, 'GBP'],
    ['$12M', 'en', 12_000_000, 'USD'],
  ] as const)('strips and returns the currency of %s (%s)', (text, language, expected, currency) => {
    expect(parseAmount(text, language)).toEqual({ ok: true, value: expected, currency });
  });

  it('names no currency for a bare number, nor for ¥ without a language', () => {
    expect(parseAmount('1200万')).toEqual({ ok: true, value: 12_000_000, currency: null });
    expect(parseAmount('¥1200万')).toEqual({ ok: true, value: 12_000_000, currency: null });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not_a_number'],
    ['万', 'not_a_number'],
    ['¥', 'not_a_number'],
    ['1,2', 'not_a_number'],
    ['12,000 000', 'not_a_number'],
    ['1e5', 'not_a_number'],
    ['12 apples', 'not_a_number'],
    ['1.2.3', 'not_a_number'],
    ['-5', 'negative'],
    ['−1200万', 'negative'],
    ['-¥100', 'negative'],
    ['¥-100', 'negative'],
    ['－５', 'negative'],
    ['-abc', 'not_a_number'],
    ['1001万亿', 'too_large'],
    ['99999999999999999999', 'too_large'],
    ['9'.repeat(400), 'too_large'],
  ])('refuses %j as %s', (text, reason) => {
    expect(parseAmount(text)).toEqual({ ok: false, reason });
  });

  it('accepts exactly the maximum', () => {
    expect(value('1,000,000,000,000,000')).toBe(AMOUNT_MAX);
    expect(value('1,000,000,000,000,001')).toBe('too_large');
  });
});

describe('formatAmount', () => {
  it.each([
    [8500, '8,500'],
    [9999, '9,999'],
    [12_000_000, '1,200万'],
    [120_000_000, '1.2亿'],
    [12_345_678, '1,234.5678万'],
    [2_000_000_000_000, '2万亿'],
    [0, '0'],
  ])('writes %d in zh-CN as %s', (amount, expected) => {
    expect(formatAmount(amount, null, 'zh-CN')).toBe(expected);
  });

  it('writes every digit in en', () => {
    expect(formatAmount(12_000_000, null, 'en')).toBe('12,000,000');
    expect(formatAmount(8500, null, 'en')).toBe('8,500');
  });

  it('leads with the currency symbol', () => {
    expect(formatAmount(12_000_000, 'CNY', 'zh-CN')).toBe('¥1,200万');
    expect(formatAmount(12_000_000, 'USD', 'en')).toBe('$12,000,000');
  });

  it('has a compact form for lists and charts', () => {
    expect(formatAmountCompact(12_000_000, null, 'en')).toBe('12M');
    expect(formatAmountCompact(1_200_000_000, null, 'en')).toBe('1.2B');
    expect(formatAmountCompact(12_345_678, null, 'zh-CN')).toBe('1,235万');
    expect(formatAmountCompact(123_456_789, null, 'zh-CN')).toBe('1.23亿');
    expect(formatAmountCompact(8500, null, 'zh-CN')).toBe('8,500');
  });

  const samples = [0, 1, 999, 8500, 10_000, 12_000_000, 12_345_678, 120_000_000, 123_456_789_012, 987_654_321_098_765, AMOUNT_MAX];
  it.each(LANGUAGES)('reads back exactly what it writes in %s, with or without a currency', (language) => {
    for (const amount of samples) {
      for (const currency of [null, ...CURRENCIES]) {
        const written = formatAmount(amount, currency, language);
        const read = parseAmount(written, language);
        expect(read.ok && read.value, written).toBe(amount);
        // A symbol such as "$" or "¥" may stand for another currency; when one is named it is the right one or none.
        if (read.ok && read.currency !== null && currency !== null) expect([currency, 'USD', 'CNY', 'JPY']).toContain(read.currency);
      }
    }
  });

  it('reads its compact form back to within its rounding', () => {
    for (const language of LANGUAGES) {
      for (const amount of samples.filter((n) => n >= 10_000)) {
        const read = parseAmount(formatAmountCompact(amount, 'CNY', language), language);
        expect(read.ok && Math.abs(read.value - amount) / amount).toBeLessThan(0.05);
      }
    }
  });
});
