import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../open.js';
import { stagePlans } from '../schema.js';
import { fieldFailure } from './failure.js';
import { recordStageChange } from './history.js';

/** opportunities.update's hook: while a plan exists, the stage is the plan's; without one, a change of stage is history. */
export function opportunityStageEdited(db: Db, current: { id: string; accountId: string; stage: string }, stage: string | undefined, now: string): void {
  if (stage === undefined || stage === current.stage) return;
  const plan = db
    .select({ id: stagePlans.id })
    .from(stagePlans)
    .where(and(eq(stagePlans.opportunityId, current.id), isNull(stagePlans.deletedAt)))
    .get();
  if (plan) throw fieldFailure('conflict', 'plan.errors.stageFollowsPlan', 'patch.stage');
  recordStageChange(db, current, current.stage, stage, now);
}
