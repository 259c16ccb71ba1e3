import { addDays as addDaysToDate, endOfWeek, format, parseISO, startOfWeek } from 'date-fns';

/**
 * A local calendar date, 'YYYY-MM-DD': a task due 2026-12-01 is due that day wherever the laptop is,
 * so due dates, activity dates and "today" are never instants. Instants (when something happened)
 * are UTC ISO timestamps, and become a calendar date only through `localDateOf`.
 */
export type CalendarDate = string;

/** What tells the time: `() => new Date()` in the app, a fixed instant in tests. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

const PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const FORMAT = 'yyyy-MM-dd';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Exactly 'YYYY-MM-DD' and a day that exists (no 2026-02-30, no 2026-1-5). Plain arithmetic: the rules call it per row. */
export function isValidCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string' || !PATTERN.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!);
}

// Day numbers of the dates seen (they repeat: a few hundred days cover thousands of rows); bounded.
const dayNumbers = new Map<string, number>();

/** The date's day number on a continuous count (days since 1970-01-01); NaN for a date that does not exist. */
function dayNumber(date: CalendarDate): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  let value = Number.NaN;
  if (isValidCalendarDate(date)) {
    const utc = new Date(0);
    // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
    utc.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
    value = Math.round(utc.getTime() / 86_400_000);
  }
  if (dayNumbers.size >= 20_000) dayNumbers.clear();
  if (typeof date === 'string' && date.length === 10) dayNumbers.set(date, value);
  return value;
}

// Local midnight of the date: date-fns then counts calendar days correctly across DST changes.
const toDate = (date: CalendarDate): Date => parseISO(date);

/** The calendar date of an instant on this machine's clock and time zone. */
export const localDateOf = (instant: Date | string): CalendarDate => format(typeof instant === 'string' ? new Date(instant) : instant, FORMAT);

/** Today on this machine, in its time zone. */
export const today = (clock: Clock = systemClock): CalendarDate => localDateOf(clock());

/** Days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number => dayNumber(to) - dayNumber(from);

export const addDays = (date: CalendarDate, days: number): CalendarDate => format(addDaysToDate(toDate(date), days), FORMAT);

/** Overdue once its day has passed: a task due today is not overdue yet. */
export const isOverdue = (due: CalendarDate, todayDate: CalendarDate): boolean => daysBetween(due, todayDate) > 0;

/** A Monday-to-Sunday week, both ends included. */
export interface CalendarWeek {
  start: CalendarDate;
  end: CalendarDate;
}

/** The Monday–Sunday week holding `date` ("my week" starts on Monday, as in China and ISO 8601). */
export function weekOf(date: CalendarDate): CalendarWeek {
  const day = toDate(date);
  return { start: format(startOfWeek(day, { weekStartsOn: 1 }), FORMAT), end: format(endOfWeek(day, { weekStartsOn: 1 }), FORMAT) };
}

// 'YYYY-MM-DD' strings sort as dates, so a range check needs no parsing.
export const isInWeek = (date: CalendarDate, week: CalendarWeek): boolean => date >= week.start && date <= week.end;
