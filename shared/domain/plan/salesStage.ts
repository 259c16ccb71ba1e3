import { SALES_STAGES, type SalesStage } from '../opportunities.js';
import type { StageTemplate } from './stageTemplate.js';

/**
 * An opportunity's `stage` (one of the six sales stages) and its plan's current stage are the same
 * fact: once a plan exists, the opportunity's stage follows it. Each built-in process says which
 * sales stage each of its stages is; a stage the table does not know (a user's own stage in a copy)
 * takes the sales stage at the same share of the way through the process.
 */

const BY_PROCESS: Readonly<Record<string, Readonly<Record<string, SalesStage>>>> = {
  six_stages: {
    customer_development: 'development',
    initiation: 'initiation',
    proposal: 'proposal',
    tender: 'tender',
    negotiation: 'negotiation',
    implementation: 'implementation',
  },
  six_steps: {
    account_analysis: 'development',
    build_trust: 'development',
    uncover_needs: 'initiation',
    present_value: 'proposal',
    win_commitment: 'negotiation',
    follow_up: 'implementation',
  },
};

/** The built-in process a template runs on: its own key, or for a copy the key it was copied from. */
export const processKeyOf = (template: Pick<StageTemplate, 'key' | 'basedOn'>): string => template.basedOn?.key ?? template.key;

/** The sales stage of stage `index` of the template. */
export function salesStageOf(template: StageTemplate, index: number): SalesStage {
  const stage = template.stages[index];
  const known = stage ? BY_PROCESS[processKeyOf(template)]?.[stage.key] : undefined;
  if (known) return known;
  const count = Math.max(1, template.stages.length);
  const share = Math.min(Math.max(index, 0), count - 1) / count;
  return SALES_STAGES[Math.min(SALES_STAGES.length - 1, Math.floor(share * SALES_STAGES.length))]!;
}

/**
 * Where a new plan starts for an opportunity already at `stage`: the first stage of that sales stage;
 * when the process has none, the last stage before it; else the first stage.
 */
export function startIndexFor(template: StageTemplate, stage: SalesStage): number {
  const rank = SALES_STAGES.indexOf(stage);
  const ranks = template.stages.map((_, i) => SALES_STAGES.indexOf(salesStageOf(template, i)));
  const same = ranks.indexOf(rank);
  if (same >= 0) return same;
  const before = ranks.reduce((found, r, i) => (r < rank ? i : found), -1);
  return Math.max(0, before);
}
