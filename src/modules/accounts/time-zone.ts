// A learner's time zone is checked by JavaScript (Intl) and used by PostgreSQL (`at time zone`, for the days of a
// streak). Both must understand it the same way, so Waymark stores the name ICU resolves it to.

/**
 * The IANA name to store for the time zone a learner gave, or undefined when it is not one. A link that newer
 * tzdata dropped (US/Pacific-New) resolves to its zone (America/Los_Angeles), which PostgreSQL still knows; an offset
 * such as +05:30 is refused: Intl takes it as east of UTC, PostgreSQL as a POSIX zone west of it.
 */
export const canonicalTimeZone = (name: string): string | undefined => {
  if (!/^[A-Za-z]/.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
};
