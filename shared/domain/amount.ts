/**
 * Money amounts as people type and read them: "1200万", "1.2亿", "¥1,200万", "12M", "3.5bn", "12,000,000".
 * Values are whole currency units (numbers, finite, 0 … AMOUNT_MAX); the currency lives beside the amount.
 */
import type { Language } from '../i18n/languages.js';
import { CURRENCIES, POTENTIAL_MAX, type Currency } from './accounts.js';

export const AMOUNT_MAX = POTENTIAL_MAX;

export type AmountRefusal = 'empty' | 'not_a_number' | 'negative' | 'too_large';
export type AmountParse =
  | { ok: true; value: number; /** Named by a symbol, code or word in the text; null if none or ambiguous. */ currency: Currency | null }
  | { ok: false; reason: AmountRefusal };

/** Powers of ten named after a number. Chinese units, English words and abbreviations; "w" is the common shorthand for 万. */
const MULTIPLIERS: Record<string, number> = {
  千: 3, 万: 4, 十万: 5, 百万: 6, 千万: 7, 亿: 8, 十亿: 9, 百亿: 10, 千亿: 11, 万亿: 12,
  w: 4, k: 3, thousand: 3, m: 6, mm: 6, mn: 6, million: 6, b: 9, bn: 9, billion: 9, t: 12, tn: 12, trillion: 12,
};

/** Currency markers, lower-cased; specific ones first so "hk$" wins over "$". A bare "$" is taken as USD. */
const CURRENCY_MARKERS: readonly (readonly [string, Currency])[] = [
  ['新加坡元', 'SGD'], ['人民币', 'CNY'], ['港元', 'HKD'], ['港币', 'HKD'], ['美元', 'USD'], ['欧元', 'EUR'], ['日元', 'JPY'], ['英镑', 'GBP'],
  ['rmb', 'CNY'], ['cn¥', 'CNY'], ['jp¥', 'JPY'], ['us$', 'USD'], ['hk$', 'HKD'], ['s$', 'SGD'],
  ...CURRENCIES.map((code) => [code.toLowerCase(), code] as const),
  ['元', 'CNY'], ['€', 'EUR'], ['£', 'GBP'], ['$', 'USD'],
];
/** "¥" is the yuan to a Chinese reader and the yen in English formatting (as Intl writes it); without a language it names neither. */
const yenOrYuan = (language: Language | undefined): Currency | null => (language === 'zh-CN' ? 'CNY' : language === 'en' ? 'JPY' : null);

const NUMBER = /^(?:(\d{1,3})([, '])(\d{3}(?:\2\d{3})*)|(\d+))?(?:\.(\d+))?$/;

/**
 * A typed amount in whole units (fractions rounded half up: "1.23456万" → 12346). Group separators may be ",", spaces
 * or "'" used consistently; units 千/万/亿 (and compounds such as 千万, 万亿), w, k, m/mn/million, b/bn/billion, t/trillion;
 * a currency symbol, code or word before or after is stripped and returned.
 */
export function parseAmount(text: string, language?: Language): AmountParse {
  // NFKC turns full-width digits, letters, "，" and "￥" into ASCII, and no-break spaces into spaces.
  const normalised = text.normalize('NFKC').trim().toLowerCase();
  if (normalised === '') return { ok: false, reason: 'empty' };
  const markers = [...CURRENCY_MARKERS, ['¥', yenOrYuan(language)] as const];
  // A sign may stand before or after a leading currency: "-¥100", "¥-100".
  const outerSign = stripSign(normalised);
  const prefix = stripCurrency(outerSign.rest, markers, 'start');
  const innerSign = stripSign(prefix.rest);
  const suffix = stripCurrency(innerSign.rest, markers, 'end');

  const unit = /^(.*?)\s*([^\d\s.,']*)$/.exec(suffix.rest);
  const digits = unit?.[1] ?? '';
  const word = unit?.[2] ?? '';
  const exponent = word === '' ? 0 : MULTIPLIERS[word];
  const number = NUMBER.exec(digits);
  if (exponent === undefined || !number || !/\d/.test(digits)) return { ok: false, reason: 'not_a_number' };
  if (outerSign.negative || innerSign.negative) return { ok: false, reason: 'negative' };

  const integer = number[4] ?? `${number[1] ?? ''}${(number[3] ?? '').replace(/\D/g, '')}`;
  const value = shiftDecimal(integer, number[5] ?? '', exponent);
  if (value > AMOUNT_MAX) return { ok: false, reason: 'too_large' };
  return { ok: true, value, currency: prefix.currency ?? suffix.currency };
}

function stripSign(text: string): { rest: string; negative: boolean } {
  const sign = /^[-−]\s*/.exec(text);
  return sign ? { rest: text.slice(sign[0].length), negative: true } : { rest: text, negative: false };
}

function stripCurrency(
  text: string,
  markers: readonly (readonly [string, Currency | null])[],
  side: 'start' | 'end',
): { rest: string; currency: Currency | null } {
  for (const [marker, currency] of markers) {
    if (side === 'start' ? text.startsWith(marker) : text.endsWith(marker)) {
      return { rest: (side === 'start' ? text.slice(marker.length) : text.slice(0, -marker.length)).trim(), currency };
    }
  }
  return { rest: text, currency: null };
}

/** integer.fraction × 10^exponent, rounded to whole units, computed on the digits so that "1.1亿" is exactly 110000000. */
function shiftDecimal(integer: string, fraction: string, exponent: number): number {
  const padded = fraction.padEnd(exponent, '0');
  const whole = Number(`${integer}${padded.slice(0, exponent)}` || '0');
  const dropped = padded.slice(exponent);
  return dropped !== '' && Number(dropped[0]) >= 5 ? whole + 1 : whole;
}

type AmountForm = 'full' | 'compact';

/**
 * The amount written out. zh-CN counts in 万 and 亿 ("8,500", "1,200万", "1.2亿") keeping every digit;
 * en writes all digits ("12,000,000"). With a currency its symbol leads, as Intl writes it ("¥1,200万", "CN¥12,000,000").
 */
export function formatAmount(value: number, currency: Currency | null, language: Language): string {
  return language === 'zh-CN' ? formatChinese(value, currency, 'full') : formatNumber(language, value, currency, { minimumFractionDigits: 0, maximumFractionDigits: 0 });
}

/** Short form for lists and charts: zh-CN "1,235万", "1.23亿"; en "12M", "1.2B". Rounded, so it does not read back exactly. */
export function formatAmountCompact(value: number, currency: Currency | null, language: Language): string {
  return language === 'zh-CN' ? formatChinese(value, currency, 'compact') : formatNumber(language, value, currency, { notation: 'compact' });
}

const CHINESE_UNITS: readonly (readonly [number, string])[] = [
  [12, '万亿'],
  [8, '亿'],
  [4, '万'],
];

function formatChinese(value: number, currency: Currency | null, form: AmountForm): string {
  const exponent = CHINESE_UNITS.find(([power]) => Math.abs(value) >= 10 ** power)?.[0] ?? 0;
  const scaled = value / 10 ** exponent;
  const magnitude = Math.abs(scaled);
  const fractionDigits = form === 'full' ? exponent : magnitude < 10 ? 2 : magnitude < 100 ? 1 : 0;
  const unit = CHINESE_UNITS.find(([power]) => power === exponent)?.[1] ?? '';
  const digits = Math.min(fractionDigits, exponent);
  return formatNumber('zh-CN', scaled, currency, { minimumFractionDigits: 0, maximumFractionDigits: digits }) + unit;
}

// Formatters by language, currency and options: building one costs far more than using it, and lists format hundreds.
const formatters = new Map<string, Intl.NumberFormat>();

function formatNumber(language: Language, value: number, currency: Currency | null, options: Intl.NumberFormatOptions): string {
  if (!Number.isFinite(value)) return '';
  const key = `${language}|${currency ?? ''}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const money: Intl.NumberFormatOptions = currency ? { style: 'currency', currency } : {};
    formatter = new Intl.NumberFormat(language, { ...money, ...options });
    if (formatters.size > 200) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}
