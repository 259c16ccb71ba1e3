import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

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
    tier: text('tier', { enum: ['A', 'B', 'C'] }).notNull(),
    purchasingMode: text('purchasing_mode', { enum: ['centralized', 'decentralized'] }),
    purchasePattern: text('purchase_pattern', { enum: ['one_off', 'recurring'] }),
    annualPotential: real('annual_potential'),
    currency: text('currency').notNull().default('CNY'),
    relationshipPhase: text('relationship_phase', { enum: ['establish', 'stabilize', 'strengthen'] }).notNull(),
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
