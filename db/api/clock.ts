import { systemClock, today, type CalendarDate } from '../../shared/domain/plan/calendarDate.js';
import type { ApiOptions } from './context.js';

/** "Now" and "today" of a call: the machine's clock, or the one a test gives (ApiOptions.clock). */
export interface Time {
  now(): string;
  today(): CalendarDate;
}

export function timeOf(options: ApiOptions): Time {
  const clock = options.clock ?? systemClock;
  return { now: () => clock().toISOString(), today: () => today(clock) };
}
