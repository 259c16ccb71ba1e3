/** The account profile vocabulary (docs/domain.md, "Accounts"). Values are stable codes; labels live in i18n. */

export const TIERS = ['A', 'B', 'C'] as const;
export type Tier = (typeof TIERS)[number];

export const PURCHASING_MODES = ['centralized', 'decentralized'] as const;
export type PurchasingMode = (typeof PURCHASING_MODES)[number];

export const PURCHASE_PATTERNS = ['one_off', 'recurring'] as const;
export type PurchasePattern = (typeof PURCHASE_PATTERNS)[number];

/** 建立关系 → 稳定关系 → 加强关系; cyclical (a reorganisation sends an account back to establish). */
export const RELATIONSHIP_PHASES = ['establish', 'stabilize', 'strengthen'] as const;
export type RelationshipPhase = (typeof RELATIONSHIP_PHASES)[number];

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP', 'SGD'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const ACCOUNT_SORTS = ['name', 'updated', 'potential', 'tier'] as const;
export type AccountSort = (typeof ACCOUNT_SORTS)[number];

export const ACCOUNT_STATUSES = ['active', 'archived', 'all'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const NAME_MAX = 200;
export const TEXT_MAX = 20_000;
export const POTENTIAL_MAX = 1e15;
