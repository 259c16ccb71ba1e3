import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { PURCHASE_PATTERNS, PURCHASING_MODES, RELATIONSHIP_PHASES, TIERS } from '../shared/domain/accounts.js';
import { ATTITUDES, INFLUENCES, LINK_KINDS, RELATIONSHIP_LEVELS, STYLES, type BuyingRole } from '../shared/domain/people.js';

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
