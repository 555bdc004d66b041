// How the web app writes dates and times, in one place. A moment (a session last used, an audit entry) is written in
// the signed-in learner's saved time zone (ui/learner-time.ts gives it), the zone their streak days are counted in;
// a calendar day from the API ("2026-12-02": a plan's start, an edition) is the same day wherever the reader is.

/**
 * One formatter per set of options, made once: making an Intl.DateTimeFormat (which toLocaleDateString does on every
 * call) loads locale data and is one of the costliest things a page render does on a slow phone.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatter = (locale: string | undefined, options: Intl.DateTimeFormatOptions) => {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (made === undefined) {
    made = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, made);
  }
  return made;
};

/** "Dec 2, 2026" (the reader's way of writing it), or with `month: 'long'` "December 2, 2026". */
export const formatDay = (
  day: string,
  { month = 'short', locale }: { month?: 'short' | 'long'; locale?: string } = {},
) =>
  formatter(locale, { year: 'numeric', month, day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** "Dec 3, 2026, 10:33 AM" in the zone (the device's when undefined). */
export const formatMoment = (iso: string, timeZone: string | undefined) =>
  formatter(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));

/** "Dec 3, 2026": the day the moment falls on in the zone (the device's when undefined). */
export const formatMomentDay = (iso: string, timeZone: string | undefined) =>
  formatter(undefined, { dateStyle: 'medium', timeZone }).format(new Date(iso));

/** The day it is at `now` in the zone (the device's when undefined), as "2026-12-03". */
export const today = (timeZone?: string, now = new Date()) => {
  const parts = formatter('en', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone })
    .formatToParts(now)
    .reduce<Record<string, string>>((found, part) => ({ ...found, [part.type]: part.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
};
