import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { NegotiationFields } from '../shared/contract/opportunities.js';
import { RULE_IDS } from '../shared/domain/anomalies/anomaly.js';
import { ACTIVITY_KINDS } from '../shared/domain/plan/activities.js';
import type { StageChecklist, StageMove } from '../shared/domain/plan/stagePlan.js';
import { TASK_STATUSES } from '../shared/domain/plan/tasks.js';
import type { Verdict } from '../shared/domain/scoring/score.js';
import type { CriterionScore } from '../shared/domain/scoring/types.js';
import { CURRENCIES, PURCHASE_PATTERNS, PURCHASING_MODES, RELATIONSHIP_PHASES, TIERS } from '../shared/domain/accounts.js';
import { COMPETITOR_POSITIONS, OPPORTUNITY_STATUSES, SALES_STAGES, WHITESPACE_STATUSES } from '../shared/domain/opportunities.js';
import { ATTITUDES, BUYING_ROLES, INFLUENCES, LINK_KINDS, RELATIONSHIP_LEVELS, STYLES, type BuyingRole } from '../shared/domain/people.js';

/** ISO-8601 timestamps are stored as text: they sort, and they cross IPC as plain JSON. */
const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

export const accounts = sqliteTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    industry: text('industry').notNull().default(''),
    region: text('region').notNull().default(''),
    tier: text('tier', { enum: TIERS }).notNull(),
    purchasingMode: text('purchasing_mode', { enum: PURCHASING_MODES }),
    purchasePattern: text('purchase_pattern', { enum: PURCHASE_PATTERNS }),
    annualPotential: real('annual_potential'),
    currency: text('currency').notNull().default('CNY'),
    relationshipPhase: text('relationship_phase', { enum: RELATIONSHIP_PHASES }).notNull(),
    strategicFit: text('strategic_fit').notNull().default(''),
    clientPlan: text('client_plan').notNull().default(''),
    procurementProcess: text('procurement_process').notNull().default(''),
    notes: text('notes').notNull().default(''),
    /** Marks the built-in sample so it is loaded once. */
    isSample: integer('is_sample', { mode: 'boolean' }).notNull().default(false),
    archivedAt: text('archived_at'),
    /** Deleted accounts stay in the trash (undo) until purged. */
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('accounts_live_name_unique').on(sql`lower(${t.name})`).where(sql`${t.deletedAt} is null`),
    index('accounts_deleted_idx').on(t.deletedAt),
  ],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const teamMembers = sqliteTable('team_members', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role').notNull().default(''),
  createdAt: text('created_at').notNull(),
});

/** The client's people (关键人物). The solid reporting line is `reportsToId`; other kinds are `links`. */
export const people = sqliteTable(
  'people',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    title: text('title').notNull().default(''),
    department: text('department').notNull().default(''),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    reportsToId: text('reports_to_id').references((): AnySQLiteColumn => people.id, { onDelete: 'set null' }),
    /** JSON array of buying-role codes. */
    roles: text('roles', { mode: 'json' }).notNull().$type<BuyingRole[]>().default(sql`'[]'`),
    attitude: text('attitude', { enum: ATTITUDES }).notNull(),
    relationship: text('relationship', { enum: RELATIONSHIP_LEVELS }).notNull(),
    targetRelationship: text('target_relationship', { enum: RELATIONSHIP_LEVELS }),
    style: text('style', { enum: STYLES }),
    influence: text('influence', { enum: INFLUENCES }).notNull(),
    motivations: text('motivations').notNull().default(''),
    pains: text('pains').notNull().default(''),
    notes: text('notes').notNull().default(''),
    ownerId: text('owner_id').references(() => teamMembers.id, { onDelete: 'set null' }),
    x: real('x'),
    y: real('y'),
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [
    // Covers "live people of one account" (map.get) and the per-account counts of the accounts list.
    index('people_account_idx').on(t.accountId, t.deletedAt),
    index('people_reports_to_idx').on(t.reportsToId),
    index('people_owner_idx').on(t.ownerId),
  ],
);

/** Links between two people of one account, other than the solid reporting line. */
export const links = sqliteTable(
  'links',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    sourceId: text('source_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    targetId: text('target_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: LINK_KINDS }).notNull(),
    label: text('label').notNull().default(''),
    step: integer('step'),
    notes: text('notes').notNull().default(''),
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [
    index('links_account_idx').on(t.accountId, t.deletedAt),
    index('links_source_idx').on(t.sourceId),
    index('links_target_idx').on(t.targetId),
  ],
);

/** Opportunities (销售机会) of an account. Deleted ones stay in the trash (undo) with everything under them. */
export const opportunities = sqliteTable(
  'opportunities',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    amount: real('amount'),
    currency: text('currency', { enum: CURRENCIES }).notNull().default('CNY'),
    /** 'YYYY-MM-DD' */
    closeDate: text('close_date'),
    status: text('status', { enum: OPPORTUNITY_STATUSES }).notNull(),
    statusReason: text('status_reason').notNull().default(''),
    stage: text('stage', { enum: SALES_STAGES }).notNull(),
    valueProposition: text('value_proposition').notNull().default(''),
    referenceCases: text('reference_cases').notNull().default(''),
    notes: text('notes').notNull().default(''),
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [index('opportunities_account_idx').on(t.accountId, t.deletedAt), index('opportunities_status_idx').on(t.status, t.deletedAt)],
);

/** A person's part in one deal (the blue sheet). Hidden while the person is deleted. */
export const buyingInfluences = sqliteTable(
  'buying_influences',
  {
    id: text('id').primaryKey(),
    opportunityId: text('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** The role in this deal; null: the person's own roles. */
    role: text('role', { enum: BUYING_ROLES }),
    /** The stance on this deal; null: the person's attitude. */
    stance: text('stance', { enum: ATTITUDES }),
    winResult: text('win_result').notNull().default(''),
    notes: text('notes').notNull().default(''),
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [
    index('buying_influences_opportunity_idx').on(t.opportunityId, t.deletedAt),
    index('buying_influences_person_idx').on(t.personId),
    uniqueIndex('buying_influences_live_person_unique').on(t.opportunityId, t.personId).where(sql`${t.deletedAt} is null`),
  ],
);

export const competitors = sqliteTable(
  'competitors',
  {
    id: text('id').primaryKey(),
    opportunityId: text('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: text('position', { enum: COMPETITOR_POSITIONS }).notNull(),
    strengths: text('strengths').notNull().default(''),
    weaknesses: text('weaknesses').notNull().default(''),
    /** JSON array of people ids of the same account (deleted people are skipped when read). */
    favouredBy: text('favoured_by', { mode: 'json' }).notNull().$type<string[]>().default(sql`'[]'`),
    strategy: text('strategy').notNull().default(''),
    notes: text('notes').notNull().default(''),
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [index('competitors_opportunity_idx').on(t.opportunityId, t.deletedAt)],
);

/** 谈判计划表: one per opportunity, saved whole. */
export const negotiationPlans = sqliteTable('negotiation_plans', {
  opportunityId: text('opportunity_id')
    .primaryKey()
    .references(() => opportunities.id, { onDelete: 'cascade' }),
  /** The plan's fields as JSON (NegotiationFields). */
  plan: text('plan', { mode: 'json' }).notNull().$type<NegotiationFields>(),
  updatedAt: text('updated_at').notNull(),
});

/** A user scorecard template (built-ins are in code). Its content is in its versions. */
export const scorecardTemplates = sqliteTable('scorecard_templates', {
  key: text('key').primaryKey(),
  /** The template and version it was copied from. */
  basedOnKey: text('based_on_key').notNull(),
  basedOnVersion: integer('based_on_version').notNull(),
  createdAt: text('created_at').notNull(),
  deletedAt: text('deleted_at'),
});

/** Every saved edit of a user template is a new, never-changed version. */
export const scorecardTemplateVersions = sqliteTable(
  'scorecard_template_versions',
  {
    templateKey: text('template_key')
      .notNull()
      .references(() => scorecardTemplates.key, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** The template as canonical JSON (templateSnapshot). */
    template: text('template').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.templateKey, t.version] })],
);

/** Template snapshots, stored once each (by a hash of their canonical JSON) however many assessments use them. */
export const scorecardSnapshots = sqliteTable('scorecard_snapshots', {
  /** sha256 of `template`. */
  id: text('id').primaryKey(),
  /** The template version as it was, canonical JSON (templateSnapshot). */
  template: text('template').notNull(),
});

/** An assessment of an opportunity: immutable, with the template snapshot it was made with. */
export const assessments = sqliteTable(
  'assessments',
  {
    id: text('id').primaryKey(),
    opportunityId: text('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    /** A built-in's key or a user template's; not a reference, built-ins have no row. */
    templateKey: text('template_key').notNull(),
    templateVersion: integer('template_version').notNull(),
    snapshotId: text('snapshot_id')
      .notNull()
      .references(() => scorecardSnapshots.id),
    /** JSON object: criterion key → CriterionScore. */
    scores: text('scores', { mode: 'json' }).notNull().$type<Record<string, CriterionScore>>(),
    author: text('author').notNull().default(''),
    authorId: text('author_id').references(() => teamMembers.id, { onDelete: 'set null' }),
    assessedAt: text('assessed_at').notNull(),
    /** Computed when made, kept for sorting lists. */
    total: real('total'),
    verdict: text('verdict').notNull().$type<Verdict>(),
    createdAt: text('created_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('assessments_opportunity_idx').on(t.opportunityId, t.deletedAt, t.assessedAt),
    index('assessments_author_idx').on(t.authorId),
    index('assessments_snapshot_idx').on(t.snapshotId),
  ],
);

/** Our products and services (kept in Settings), the rows of every whitespace grid. */
export const offerings = sqliteTable('offerings', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  deletedAt: text('deleted_at'),
  ...timestamps,
});

/** A client unit the user added to an account's whitespace grid beside its people's departments. */
export const whitespaceUnits = sqliteTable(
  'whitespace_units',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    deletedAt: text('deleted_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('whitespace_units_account_idx').on(t.accountId, t.deletedAt),
    uniqueIndex('whitespace_units_live_name_unique').on(t.accountId, t.name).where(sql`${t.deletedAt} is null`),
  ],
);

/** One cell of an account's whitespace grid: offering × unit (a unit is named, a department or a free unit). */
export const whitespaceCells = sqliteTable(
  'whitespace_cells',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    offeringId: text('offering_id')
      .notNull()
      .references(() => offerings.id, { onDelete: 'cascade' }),
    unit: text('unit').notNull(),
    status: text('status', { enum: WHITESPACE_STATUSES }).notNull(),
    opportunityId: text('opportunity_id').references(() => opportunities.id, { onDelete: 'set null' }),
    amount: real('amount'),
    competitor: text('competitor').notNull().default(''),
    notes: text('notes').notNull().default(''),
    deletedAt: text('deleted_at'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('whitespace_cells_account_idx').on(t.accountId, t.deletedAt),
    index('whitespace_cells_offering_idx').on(t.offeringId),
    index('whitespace_cells_opportunity_idx').on(t.opportunityId),
    uniqueIndex('whitespace_cells_live_unique').on(t.accountId, t.offeringId, t.unit).where(sql`${t.deletedAt} is null`),
  ],
);

// ---------------------------------------------------------------- stage plans, tasks, activities, anomalies

/** A user stage template (built-ins are in code). Its content is in its versions. */
export const stageTemplates = sqliteTable('stage_templates', {
  key: text('key').primaryKey(),
  /** The template and version it was copied from. */
  basedOnKey: text('based_on_key').notNull(),
  basedOnVersion: integer('based_on_version').notNull(),
  createdAt: text('created_at').notNull(),
  deletedAt: text('deleted_at'),
});

/** Every saved edit of a user stage template is a new, never-changed version. */
export const stageTemplateVersions = sqliteTable(
  'stage_template_versions',
  {
    templateKey: text('template_key')
      .notNull()
      .references(() => stageTemplates.key, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** The StageTemplate as JSON. */
    template: text('template').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.templateKey, t.version] })],
);

/** Per stage key: planned dates and the plan's own objectives (null: the template's). */
export type PlanStageSettings = Record<string, { plannedStart: string | null; plannedEnd: string | null; objectives: string[] | null }>;

/** The stage plan of an opportunity, on the template snapshot it started from. */
export const stagePlans = sqliteTable(
  'stage_plans',
  {
    id: text('id').primaryKey(),
    opportunityId: text('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    templateKey: text('template_key').notNull(),
    templateVersion: integer('template_version').notNull(),
    /** The built-in process it runs on (the anomaly thresholds are per process). */
    processKey: text('process_key').notNull(),
    /** The template snapshot (StageTemplate as JSON); the same key and version always hold the same text. */
    template: text('template').notNull(),
    stageIndex: integer('stage_index').notNull(),
    stageKey: text('stage_key').notNull(),
    stageEnteredAt: text('stage_entered_at').notNull(),
    checklist: text('checklist', { mode: 'json' }).notNull().$type<StageChecklist>(),
    moves: text('moves', { mode: 'json' }).notNull().$type<StageMove[]>(),
    stages: text('stages', { mode: 'json' }).notNull().$type<PlanStageSettings>(),
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('stage_plans_live_opportunity_unique').on(t.opportunityId).where(sql`${t.deletedAt} is null`),
    index('stage_plans_template_idx').on(t.templateKey, t.templateVersion),
  ],
);

/** Tasks of an account: of an opportunity's plan stage, of a relationship phase, or neither. */
export const tasks = sqliteTable(
  'tasks',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    opportunityId: text('opportunity_id').references(() => opportunities.id, { onDelete: 'cascade' }),
    stageKey: text('stage_key'),
    phase: text('phase', { enum: RELATIONSHIP_PHASES }),
    templateTaskKey: text('template_task_key'),
    title: text('title').notNull(),
    status: text('status', { enum: TASK_STATUSES }).notNull(),
    ownerId: text('owner_id').references(() => teamMembers.id, { onDelete: 'set null' }),
    /** 'YYYY-MM-DD' local calendar dates. */
    startDate: text('start_date'),
    dueDate: text('due_date'),
    /** JSON array of people ids of the same account (deleted people are skipped when read). */
    personIds: text('person_ids', { mode: 'json' }).notNull().$type<string[]>().default(sql`'[]'`),
    notes: text('notes').notNull().default(''),
    completedAt: text('completed_at'),
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [
    index('tasks_account_idx').on(t.accountId, t.deletedAt, t.status, t.dueDate),
    index('tasks_due_idx').on(t.status, t.dueDate),
    index('tasks_completed_idx').on(t.completedAt),
    index('tasks_opportunity_idx').on(t.opportunityId),
    index('tasks_owner_idx').on(t.ownerId),
  ],
);

/** The contact log: a call, visit, meeting… with the client's people. */
export const activities = sqliteTable(
  'activities',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    opportunityId: text('opportunity_id').references(() => opportunities.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ACTIVITY_KINDS }).notNull(),
    /** 'YYYY-MM-DD', the local day it took place. */
    date: text('date').notNull(),
    /** JSON array of people ids of the same account (deleted people are skipped when read). */
    personIds: text('person_ids', { mode: 'json' }).notNull().$type<string[]>().default(sql`'[]'`),
    summary: text('summary').notNull().default(''),
    nextStep: text('next_step').notNull().default(''),
    /** The task the next step was turned into. */
    nextStepTaskId: text('next_step_task_id').references(() => tasks.id, { onDelete: 'set null' }),
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [index('activities_account_idx').on(t.accountId, t.deletedAt, t.date), index('activities_opportunity_idx').on(t.opportunityId)],
);

/** Change history (HISTORY_FIELDS): one row per changed field, values as JSON. */
export const changeHistory = sqliteTable(
  'change_history',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    field: text('field').notNull(),
    before: text('before', { mode: 'json' }).$type<string | number | null>(),
    after: text('after', { mode: 'json' }).$type<string | number | null>(),
    /** UTC ISO timestamp. */
    at: text('at').notNull(),
  },
  (t) => [index('change_history_account_idx').on(t.accountId, t.at), index('change_history_entity_idx').on(t.entityId, t.at), index('change_history_at_idx').on(t.at)],
);

/** An anomaly (rule + subject) the manager said is not a problem, and why. */
export const anomalyDismissals = sqliteTable(
  'anomaly_dismissals',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    ruleId: text('rule_id', { enum: RULE_IDS }).notNull(),
    subjectKey: text('subject_key').notNull(),
    reason: text('reason').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.ruleId, t.subjectKey] })],
);

/** The account's anomalies as they stood on a day (written by the first dashboard read of that day), for "since last week". */
export const anomalyDays = sqliteTable(
  'anomaly_days',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** 'YYYY-MM-DD' */
    day: text('day').notNull(),
    /** JSON array of AnomalyDigest. */
    anomalies: text('anomalies').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.day] })],
);

/**
 * The dashboard's figures of an account's anomalies, valid for `key` (the day, the thresholds, the
 * rules). Derived data: triggers (migration 0003) delete an account's row whenever anything the
 * rules read about it changes, so a row that is there is current.
 */
export const anomalyCache = sqliteTable('anomaly_cache', {
  accountId: text('account_id')
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  key: text('key').notNull(),
  /** JSON: counts by severity, dismissed count, and the new and resolved anomalies against the day compared with. */
  summary: text('summary').notNull(),
  computedAt: text('computed_at').notNull(),
});
