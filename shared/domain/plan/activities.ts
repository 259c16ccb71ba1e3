import type { CalendarDate } from './calendarDate.js';

/** Calls, visits, meetings: the contact log that anomalies read to see who has not been seen. */
export const ACTIVITY_KINDS = ['call', 'visit', 'meeting', 'message', 'other'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface Activity {
  id: string;
  kind: ActivityKind;
  /** The local day it took place. */
  date: CalendarDate;
  /** The client's people who were there. */
  personIds: string[];
  opportunityId: string | null;
  /** What was said. */
  summary: string;
  /** The agreed next step, if any. */
  nextStep: string;
}
