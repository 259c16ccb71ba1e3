import { and, eq, isNotNull } from 'drizzle-orm';
import type { Account, RelationshipPlan, relationshipChannels } from '../../shared/contract/index.js';
import type { RelationshipPhase } from '../../shared/domain/accounts.js';
import { RELATIONSHIP_PLAN_TEMPLATES } from '../../shared/templates/stages.js';
import type { Db } from '../open.js';
import { accounts, tasks } from '../schema.js';
import { getLiveRow, toAccount } from './accounts.js';
import { timeOf } from './clock.js';
import type { ApiContext, Handlers } from './context.js';
import { tasksWhere } from './tasks.js';

/**
 * The account relationship plan: the account's phase (建立 / 稳定 / 加强关系, which may go back) with
 * that phase's objectives and default tasks from RELATIONSHIP_PLAN_TEMPLATES. Its tasks are the
 * account's tasks tagged with a phase.
 */
export function getRelationshipPlan(db: Db, accountId: string): RelationshipPlan {
  const account = toAccount(getLiveRow(db, accountId));
  const phase = account.relationshipPhase;
  const template = RELATIONSHIP_PLAN_TEMPLATES[phase];
  const added = new Set(
    db
      .select({ key: tasks.templateTaskKey })
      .from(tasks)
      .where(and(eq(tasks.accountId, accountId), eq(tasks.phase, phase), isNotNull(tasks.templateTaskKey)))
      .all()
      .map((t) => t.key),
  );
  return {
    account,
    phase,
    template,
    tasks: tasksWhere(db, accountId, isNotNull(tasks.phase)),
    offered: template.tasks.filter((t) => !added.has(t.key)),
  };
}

export function setRelationshipPhase(db: Db, accountId: string, phase: RelationshipPhase, now: string): Account {
  getLiveRow(db, accountId);
  return toAccount(db.update(accounts).set({ relationshipPhase: phase, updatedAt: now }).where(eq(accounts.id, accountId)).returning().get());
}

export const relationshipHandlers = ({ db, options }: ApiContext): Handlers<typeof relationshipChannels> => ({
  'relationship.get': ({ accountId }) => getRelationshipPlan(db, accountId),
  'relationship.setPhase': ({ accountId, phase }) => setRelationshipPhase(db, accountId, phase, timeOf(options).now()),
});
