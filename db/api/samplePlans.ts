import { and, eq } from 'drizzle-orm';
import { emptyTaskFields } from '../../shared/contract/index.js';
import { addDays, type CalendarDate } from '../../shared/domain/plan/calendarDate.js';
import { textIn } from '../../shared/domain/plan/stageTemplate.js';
import type { Language } from '../../shared/i18n/languages.js';
import { samplePlans } from '../../shared/sample/samplePlans.js';
import { RELATIONSHIP_PLAN_TEMPLATES, stageTemplateByKey } from '../../shared/templates/stages.js';
import type { Db } from '../open.js';
import { anomalyDays, tasks } from '../schema.js';
import { createActivity, nextStepToTask } from './activities.js';
import { digestOf } from './anomalyCache.js';
import { computeFor } from './anomalies.js';
import type { Time } from './clock.js';
import { recordChanges } from './history.js';
import { createLink } from './links.js';
import { advancePlan, createPlan, setPlanCriterion, setPlanDates } from './plans.js';
import { createTask, updateTask } from './tasks.js';

/**
 * The sample account's plans, tasks, contact log and history (shared/sample/samplePlans.ts), through
 * the same functions as the user's edits, at the moments the story says. Last, the account's
 * anomalies as they stood a week ago, so the dashboard's "since last week" has something to compare.
 */

interface Keys {
  accountId: string;
  idOf: (person: string) => string;
  teamId: (member: string) => string | null;
  opportunityOf: (key: string) => string;
}

const DAY_MS = 86_400_000;

export function loadSamplePlans(db: Db, language: Language, keys: Keys, time: Time): void {
  const sample = samplePlans[language];
  const today = time.today();
  const nowMs = Date.parse(time.now());
  const ago = (days: number) => new Date(nowMs - days * DAY_MS).toISOString();
  const day = (offset: number): CalendarDate => addDays(today, offset);
  const { accountId, idOf, teamId, opportunityOf } = keys;

  createLink(db, { accountId, sourceId: idOf(sample.link.source), targetId: idOf(sample.link.target), fields: { kind: 'influences', label: sample.link.label, step: null, notes: '' } });

  for (const plan of sample.plans) {
    const opportunityId = opportunityOf(plan.opportunity);
    const template = stageTemplateByKey(plan.template)!;
    createPlan(db, { opportunityId, templateKey: template.key, stageKey: template.stages[0]!.key }, ago(plan.startedDaysAgo), language);
    const tick = (stageKey: string, criteria: string[], at: string) => {
      for (const criterionKey of criteria) setPlanCriterion(db, { opportunityId, stageKey, criterionKey, done: true }, at);
    };
    plan.moves.forEach((move, index) => {
      tick(template.stages[index]!.key, move.ticked, ago(move.daysAgo + 1));
      advancePlan(db, { opportunityId, ...(move.override ? { override: { reason: move.override } } : {}) }, ago(move.daysAgo));
    });
    tick(template.stages[plan.moves.length]!.key, plan.ticked, ago(1));
    for (const [stageKey, [start, end]] of Object.entries(plan.dates)) {
      setPlanDates(db, { opportunityId, stageKey, plannedStart: day(start), plannedEnd: day(end) }, ago(1));
    }
    for (const [key, spec] of Object.entries(plan.tasks)) {
      const task = db
        .select({ id: tasks.id })
        .from(tasks)
        .where(and(eq(tasks.opportunityId, opportunityId), eq(tasks.templateTaskKey, key)))
        .get()!;
      const patch = { ownerId: teamId(spec.owner), dueDate: day(spec.due), personIds: (spec.people ?? []).map(idOf), status: spec.done ? ('done' as const) : ('open' as const) };
      updateTask(db, task.id, patch, spec.done ? ago(-spec.due) : ago(1));
    }
  }

  for (const task of sample.tasks) {
    createTask(
      db,
      {
        accountId,
        fields: {
          ...emptyTaskFields,
          title: task.title,
          ownerId: teamId(task.owner),
          startDate: task.start === undefined ? null : day(task.start),
          dueDate: day(task.due),
          personIds: task.people.map(idOf),
          opportunityId: task.opportunity === null ? null : opportunityOf(task.opportunity),
          notes: task.notes,
        },
      },
      ago(10),
    );
  }

  for (const spec of sample.phaseTasks) {
    const item = RELATIONSHIP_PLAN_TEMPLATES[spec.phase].tasks.find((t) => t.key === spec.key)!;
    const fields = { ...emptyTaskFields, title: textIn(item.label, language), phase: spec.phase, ownerId: teamId(spec.owner), dueDate: day(spec.due), status: spec.done ? ('done' as const) : ('open' as const) };
    createTask(db, { accountId, fields, templateTaskKey: spec.key }, ago(Math.max(1, -spec.due)));
  }

  for (const spec of sample.activities) {
    const activity = createActivity(
      db,
      {
        accountId,
        fields: {
          kind: spec.kind,
          date: day(-spec.daysAgo),
          personIds: spec.people.map(idOf),
          opportunityId: spec.opportunity === null ? null : opportunityOf(spec.opportunity),
          summary: spec.summary,
          nextStep: spec.nextStep,
        },
      },
      ago(spec.daysAgo),
    );
    if (spec.turned) nextStepToTask(db, { activityId: activity.id, ownerId: teamId(spec.turned.owner), dueDate: day(spec.turned.due) }, ago(spec.daysAgo));
  }

  recordChanges(
    db,
    sample.history.map((h) => ({ accountId, entity: 'person', entityId: idOf(h.person), field: h.field, before: h.before, after: h.after, at: ago(h.daysAgo) })),
  );

  const weekAgo = day(-7);
  const then = computeFor(db, accountId, weekAgo).map(digestOf);
  db.insert(anomalyDays).values({ accountId, day: weekAgo, anomalies: JSON.stringify(then) }).onConflictDoNothing().run();
}
