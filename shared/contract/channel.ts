import type { z } from 'zod';

/**
 * What the data of Keyplan is made of, as far as freshness goes: a mutation names the entities it
 * writes, a query the entities it reads, and the renderer refreshes every query that reads something a
 * mutation wrote. A new feature adds its entities here.
 */
export const ENTITIES = [
  'accounts',
  'people',
  'links',
  'team',
  'settings',
  'backups',
  'files',
  // Opportunities with their buying influences, competitors and negotiation plans.
  'opportunities',
  // Scorecard templates (user templates and their versions).
  'scorecards',
  'assessments',
  'offerings',
  'whitespace',
  // Stage templates (the user's versioned copies), stage plans, tasks, the contact log.
  'stageTemplates',
  'plans',
  'tasks',
  'activities',
  // Anomaly dismissals; the change history (relationships, attitudes, stage moves, scores).
  'anomalies',
  'history',
] as const;
export type Entity = (typeof ENTITIES)[number];

/**
 * Where a channel is served. 'db': the backend in db/, synchronous, one transaction per call.
 * 'host': the main process only (dialogs, printing, the file manager), asynchronous, implemented in
 * electron/ behind an injected interface so tests can supply their own.
 */
export type ChannelSide = 'db' | 'host';

/** A channel: the zod schema its input must pass, and (as a type only) what it returns. */
export interface Channel<I extends z.ZodType = z.ZodType, O = unknown, S extends ChannelSide = ChannelSide> {
  input: I;
  output?: O;
  side: S;
  /** A query changes nothing (the backend runs it in a deferred, read-only transaction). */
  kind: 'query' | 'mutation';
  reads: readonly Entity[];
  writes: readonly Entity[];
  /**
   * The handler manages its own transaction (VACUUM INTO and ATTACH are refused inside one) and keeps
   * the all-or-nothing promise itself.
   */
  ownTransaction?: true;
}

export type ChannelMap = Record<string, Channel>;

/** A read: `query<Output>()(inputSchema, ['entities', 'it', 'reads'])`. */
export const query =
  <O>() =>
  <I extends z.ZodType>(input: I, reads: readonly Entity[]): Channel<I, O, 'db'> => ({ input, side: 'db', kind: 'query', reads, writes: [] });

/** A change: `mutation<Output>()(inputSchema, ['entities', 'it', 'writes'])`. */
export const mutation =
  <O>() =>
  <I extends z.ZodType>(input: I, writes: readonly Entity[], options: { ownTransaction?: true } = {}): Channel<I, O, 'db'> => ({
    input,
    side: 'db',
    kind: 'mutation',
    reads: [],
    writes,
    ...options,
  });

/** A main-process service (save dialog, print, show in folder): `host<Output>()(inputSchema, writes)`. */
export const host =
  <O>() =>
  <I extends z.ZodType>(input: I, writes: readonly Entity[] = []): Channel<I, O, 'host'> => ({
    input,
    side: 'host',
    kind: writes.length > 0 ? 'mutation' : 'query',
    reads: [],
    writes,
  });
