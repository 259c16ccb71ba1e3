/**
 * Chinese (zh-CN) strings of the amount field (components/AmountInput).
 * Typed against en/amount.ts: a missing or extra key does not compile.
 */
import type { Messages } from '../en/index.js';

export const amount: Messages['amount'] = {
  understood: '识别为 {{value}}',
  placeholder: '例如 1000万、1.2亿 或 12,000,000',
  errors: {
    not_a_number: '无法识别的金额。可写作 1000万、1.2亿、12,000,000 或 12m。',
    negative: '金额不能为负数。',
    too_large: '超过了上限 {{max}}。',
  },
};
