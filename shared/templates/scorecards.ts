/** The built-in scorecards. Read-only: managers copy one (copyTemplate) to adapt it. */
import type { ScorecardTemplate } from '../domain/scoring/types.js';
import { bantScorecard } from './scorecards/bant.js';
import { keyplanScorecard } from './scorecards/keyplan.js';
import { meddpiccScorecard } from './scorecards/meddpicc.js';
import { rwwScorecard } from './scorecards/rww.js';

export { bantScorecard, keyplanScorecard, meddpiccScorecard, rwwScorecard };

export const BUILT_IN_TEMPLATE_KEYS = ['keyplan', 'bant', 'meddpicc', 'rww'] as const;
export type BuiltInTemplateKey = (typeof BUILT_IN_TEMPLATE_KEYS)[number];
export const DEFAULT_TEMPLATE_KEY: BuiltInTemplateKey = 'keyplan';

export const BUILT_IN_TEMPLATES: Record<BuiltInTemplateKey, ScorecardTemplate> = {
  keyplan: keyplanScorecard,
  bant: bantScorecard,
  meddpicc: meddpiccScorecard,
  rww: rwwScorecard,
};

export const isBuiltInTemplateKey = (key: string): key is BuiltInTemplateKey => (BUILT_IN_TEMPLATE_KEYS as readonly string[]).includes(key);
