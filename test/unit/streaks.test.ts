import { describe, expect, it } from 'vitest';
import { streaks } from '../../src/modules/progress/progress.service.ts';

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
