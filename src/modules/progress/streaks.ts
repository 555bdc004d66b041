// Streaks: days in a row with progress. The days arrive already counted in the learner's time zone (the repository
// does that in SQL), as calendar dates; from there on it is date arithmetic on YYYY-MM-DD, in UTC, so a day is
// always one day long, whatever daylight saving does to the learner's clock. Pure: no database, no clock.

const DAY_MS = 86_400_000;

const shiftDay = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * Streaks from the days with activity (YYYY-MM-DD, any order, repeats allowed). The current streak runs back from
 * today, or from yesterday while today has nothing yet: a streak is only broken once a whole day has passed without
 * progress.
 */
export const streaks = (activeDays: string[], today: string) => {
  const days = new Set(activeDays);
  let current = 0;
  let cursor = days.has(today) ? today : shiftDay(today, -1);
  while (days.has(cursor)) {
    current += 1;
    cursor = shiftDay(cursor, -1);
  }
  let longest = 0;
  for (const day of days) {
    if (days.has(shiftDay(day, -1))) continue; // not the first day of a run
    let length = 0;
    let next = day;
    while (days.has(next)) {
      length += 1;
      next = shiftDay(next, 1);
    }
    longest = Math.max(longest, length);
  }
  return { current, longest };
};
