import { describe, expect, it } from 'vitest';
import { streaks } from '../../src/modules/progress/streaks.ts';

describe('streaks', () => {
  it('when there was progress today and the two days before, then the current streak is 3', () => {
    expect(streaks(['2026-11-25', '2026-11-24', '2026-11-23', '2026-11-20'], '2026-11-25')).toEqual({
      current: 3,
      longest: 3,
    });
  });

  it('when today has nothing yet but yesterday had, then the streak still stands', () => {
    expect(streaks(['2026-11-24', '2026-11-23'], '2026-11-25')).toEqual({ current: 2, longest: 2 });
  });

  it('when a whole day passed without progress, then the current streak is 0 and the longest is kept', () => {
    expect(streaks(['2026-11-23', '2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04'], '2026-11-25')).toEqual({
      current: 0,
      longest: 4,
    });
  });

  it('when runs cross a month end, then they still count as one', () => {
    expect(streaks(['2026-10-30', '2026-10-31', '2026-11-01'], '2026-11-01')).toEqual({ current: 3, longest: 3 });
  });

  it('when there is no progress at all, then both are 0', () => {
    expect(streaks([], '2026-11-25')).toEqual({ current: 0, longest: 0 });
  });
});

describe('streaks around day boundaries', () => {
  it('when a run crosses a daylight-saving change, then its days still count one each', () => {
    // Europe/Berlin moved its clocks on 2026-03-29 (a 23-hour day) and 2026-10-25 (a 25-hour day).
    expect(streaks(['2026-03-28', '2026-03-29', '2026-03-30'], '2026-03-30')).toEqual({ current: 3, longest: 3 });
    expect(streaks(['2026-10-24', '2026-10-25', '2026-10-26'], '2026-10-26')).toEqual({ current: 3, longest: 3 });
  });

  it("when the learner's today is already tomorrow in UTC, then the streak runs back from their today", () => {
    // 23:30 UTC on the 24th is the 25th in Auckland: the repository hands over the learner's own dates.
    expect(streaks(['2026-11-25', '2026-11-24'], '2026-11-25')).toEqual({ current: 2, longest: 2 });
    expect(streaks(['2026-11-23'], '2026-11-25')).toEqual({ current: 0, longest: 1 });
  });

  it('when a run crosses a year end and a leap day, then it is one run', () => {
    expect(streaks(['2027-12-31', '2028-01-01'], '2028-01-01')).toEqual({ current: 2, longest: 2 });
    expect(streaks(['2028-02-28', '2028-02-29', '2028-03-01'], '2028-03-01')).toEqual({ current: 3, longest: 3 });
  });

  it('when the same day is given twice, then it counts once', () => {
    expect(streaks(['2026-11-25', '2026-11-25'], '2026-11-25')).toEqual({ current: 1, longest: 1 });
  });
});
