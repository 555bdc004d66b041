import { describe, expect, it } from 'vitest';
import { isoWeek } from '../../src/modules/progress/digest.ts';

describe('ISO weeks', () => {
  it.each([
    ['2026-11-25', '2026-W48'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
  ])('when the date is %s, then the week is %s', (date, week) => {
    expect(isoWeek(new Date(`${date}T12:00:00Z`))).toBe(week);
  });
});
