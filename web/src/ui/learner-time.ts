// Dates and times for the person reading the page: in their saved time zone when they are signed in and this browser
// knows the zone, else in the device's.
import { useSession } from '../api/session';
import { formatMoment, formatMomentDay } from '../dates';
import { resolvedZone } from '../time-zones';

export const useLearnerTime = () => {
  const session = useSession();
  const timeZone = session.status === 'signed-in' ? resolvedZone(session.user.timeZone) : undefined;
  return {
    timeZone,
    /** "Dec 3, 2026, 10:33 AM" */
    dateTime: (iso: string) => formatMoment(iso, timeZone),
    /** "Dec 3, 2026" */
    date: (iso: string) => formatMomentDay(iso, timeZone),
  };
};
