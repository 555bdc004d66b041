// Dates and times for the person reading the page: in their saved time zone when they are signed in and this browser
// knows the zone, else in the device's.
import { useSession } from '../api/session';
import { formatMoment, formatMomentDay } from '../dates';
import { resolvedZone } from '../time-zones';

export const useLearnerTime = () => {
  const session = useSession();
  const saved = session.status === 'signed-in' ? session.user.timeZone : undefined;
  // Worked out only when a date is written: a part that may show one (a link's warning) costs nothing otherwise.
  const zone = () => (saved === undefined ? undefined : resolvedZone(saved));
  return {
    get timeZone() {
      return zone();
    },
    /** "Dec 3, 2026, 10:33 AM" */
    dateTime: (iso: string) => formatMoment(iso, zone()),
    /** "Dec 3, 2026" */
    date: (iso: string) => formatMomentDay(iso, zone()),
  };
};
