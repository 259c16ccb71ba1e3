/** English strings of the labels of the account profile’s choices (tier, purchasing, phase, currency). */
export const tier = { A: 'A', B: 'B', C: 'C' };

export const purchasingMode = { centralized: 'Centralised (统一采购)', decentralized: 'Decentralised (分散采购)' };

export const purchasePattern = { one_off: 'One-off', recurring: 'Recurring' };

export const relationshipPhase = { establish: 'Establish', stabilize: 'Stabilise', strengthen: 'Strengthen' };

export const currency = { CNY: 'CNY', USD: 'USD', EUR: 'EUR', HKD: 'HKD', JPY: 'JPY', GBP: 'GBP', SGD: 'SGD' };
