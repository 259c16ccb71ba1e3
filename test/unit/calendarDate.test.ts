import { afterEach, describe, expect, it } from 'vitest';
import { addDays, daysBetween, isInWeek, isOverdue, isValidCalendarDate, localDateOf, today, weekOf } from '../../shared/domain/plan/calendarDate.js';

const zoneBefore = process.env.TZ;
const inZone = (zone: string) => {
  process.env.TZ = zone;
};

describe('calendar dates', () => {
  afterEach(() => {
    if (zoneBefore === undefined) delete process.env.TZ;
    else process.env.TZ = zoneBefore;
  });

  it('accept only real days written YYYY-MM-DD', () => {
    for (const good of ['2026-12-01', '2024-02-29', '2026-01-31']) expect(isValidCalendarDate(good), good).toBe(true);
    for (const bad of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-05', '20261201', '2026-12-01T00:00', '', ' 2026-12-01', null, 20261201]) {
      expect(isValidCalendarDate(bad), String(bad)).toBe(false);
    }
  });

  it('take today from the clock in the local time zone', () => {
    // 2026-11-30 23:30 UTC is already 1 December in Shanghai and still 30 November in New York.
    const clock = () => new Date('2026-11-30T23:30:00.000Z');
    inZone('Asia/Shanghai');
    expect(today(clock)).toBe('2026-12-01');
    expect(localDateOf('2026-11-30T23:30:00.000Z')).toBe('2026-12-01');
    inZone('America/New_York');
    expect(today(clock)).toBe('2026-11-30');
  });

  it('count calendar days, also across a daylight-saving change', () => {
    expect(daysBetween('2026-12-01', '2026-12-01')).toBe(0);
    expect(daysBetween('2026-11-30', '2026-12-01')).toBe(1);
    expect(daysBetween('2026-12-01', '2026-11-01')).toBe(-30);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    inZone('Europe/Berlin');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('call a task overdue only once its day has passed', () => {
    expect(isOverdue('2026-12-01', '2026-12-01')).toBe(false);
    expect(isOverdue('2026-11-30', '2026-12-01')).toBe(true);
    expect(isOverdue('2026-12-02', '2026-12-01')).toBe(false);
  });

  it('put a day in its Monday-to-Sunday week', () => {
    // 2026-12-01 is a Tuesday; 2026-12-06 a Sunday; 2027-01-01 a Friday.
    expect(weekOf('2026-12-01')).toEqual({ start: '2026-11-30', end: '2026-12-06' });
    expect(weekOf('2026-12-06')).toEqual({ start: '2026-11-30', end: '2026-12-06' });
    expect(weekOf('2026-11-30')).toEqual({ start: '2026-11-30', end: '2026-12-06' });
    expect(weekOf('2027-01-01')).toEqual({ start: '2026-12-28', end: '2027-01-03' });
    const week = weekOf('2026-12-01');
    expect(isInWeek('2026-12-06', week)).toBe(true);
    expect(isInWeek('2026-12-07', week)).toBe(false);
    expect(isInWeek('2026-11-29', week)).toBe(false);
  });
});
