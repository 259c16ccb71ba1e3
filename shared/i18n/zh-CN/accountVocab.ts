/**
 * Chinese (zh-CN) strings of the labels of the account profile’s choices (tier, purchasing, phase, currency).
 * Typed against en/accountVocab.ts: a missing or extra key does not compile.
 */
import type { Messages } from '../en/index.js';

export const tier: Messages['tier'] = { A: 'A', B: 'B', C: 'C' };

export const purchasingMode: Messages['purchasingMode'] = { centralized: '统一采购', decentralized: '分散采购' };

export const purchasePattern: Messages['purchasePattern'] = { one_off: '一次性', recurring: '持续采购' };

export const relationshipPhase: Messages['relationshipPhase'] = { establish: '建立关系', stabilize: '稳定关系', strengthen: '加强关系' };

export const currency: Messages['currency'] = { CNY: '人民币 CNY', USD: '美元 USD', EUR: '欧元 EUR', HKD: '港币 HKD', JPY: '日元 JPY', GBP: '英镑 GBP', SGD: '新加坡元 SGD' };
