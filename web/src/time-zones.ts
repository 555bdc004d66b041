// The time zones a learner picks from: this browser's list of IANA zones (Intl.supportedValuesOf), grouped by region,
// each named by its city in words with its offset from UTC today: "Berlin (UTC+01:00)". The server checks and stores
// the choice (src/modules/accounts/time-zone.ts); a saved zone this browser does not list stays a choice, so opening
// the form and saving it never changes the zone by itself.

export type ZoneOption = { value: string; label: string };
export type ZoneGroup = { label: string; options: ZoneOption[] };
export type ZoneChoices = {
  /** The option that stands for the saved zone (the browser may spell it differently: Asia/Kolkata, Asia/Calcutta). */
  value: string;
  /** UTC, and the saved zone when the browser's list lacks it. */
  first: ZoneOption[];
  groups: ZoneGroup[];
};

// The first part of a zone's name is a continent or an ocean; these read better in a list.
const REGION_WORDS: Record<string, string> = {
  America: 'Americas',
  Atlantic: 'Atlantic Ocean',
  Indian: 'Indian Ocean',
  Pacific: 'Pacific Ocean',
};
const OTHER = 'Other';
const UTC: ZoneOption = { value: 'UTC', label: 'UTC (Coordinated Universal Time)' };

const resolved = new Map<string, string | undefined>();
/**
 * The zone as this browser names it, or undefined when the browser does not know it. Kept once worked out: each
 * answer makes an Intl.DateTimeFormat, and a page asks for every date it shows.
 */
export const resolvedZone = (zone: string) => {
  if (resolved.has(zone)) return resolved.get(zone);
  let name: string | undefined;
  try {
    name = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    name = undefined;
  }
  resolved.set(zone, name);
  return name;
};

/** The zone this device is set to. */
export const deviceZone = () => new Intl.DateTimeFormat().resolvedOptions().timeZone;

/** "UTC+01:00", "UTC−05:00" (a minus sign, read as "minus"), "UTC+05:30" at the given moment (summer time counts). */
export const utcOffset = (zone: string, at: Date) => {
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = (name ?? 'GMT').replace(/^GMT/, '');
  return `UTC${offset === '' ? '+00:00' : offset.replace('-', '−')}`;
};

/** "Buenos Aires, Argentina" from "America/Argentina/Buenos_Aires"; a name without a region stays as it is. */
export const placeOf = (zone: string) => {
  const [, ...places] = zone.split('/');
  if (places.length === 0) return zone;
  return places
    .reverse()
    .map((place) => place.replaceAll('_', ' '))
    .join(', ');
};

const regionOf = (zone: string) => {
  const [region, ...places] = zone.split('/');
  if (places.length === 0 || region === undefined || region === 'Etc') return OTHER;
  return REGION_WORDS[region] ?? region;
};

const byLabel = <T extends { label: string }>(a: T, b: T) => a.label.localeCompare(b.label, 'en');

/**
 * What the time-zone list offers for a learner whose zone is `saved`. `zones` and `now` are the browser's list and
 * the current time unless a test gives its own.
 */
export const timeZoneChoices = (
  saved: string,
  { zones = Intl.supportedValuesOf('timeZone'), now = new Date() }: { zones?: string[]; now?: Date } = {},
): ZoneChoices => {
  const listed = new Set(zones.filter((zone) => zone !== UTC.value));
  const resolved = resolvedZone(saved);
  const value = resolved !== undefined && (resolved === UTC.value || listed.has(resolved)) ? resolved : saved;
  const first = [UTC];
  if (value !== UTC.value && !listed.has(value))
    first.push({
      value,
      label: resolved === undefined ? `${value} (your saved time zone)` : `${value} (${utcOffset(resolved, now)})`,
    });
  const regions = new Map<string, ZoneOption[]>();
  for (const zone of listed) {
    const region = regionOf(zone);
    const options = regions.get(region) ?? [];
    options.push({ value: zone, label: `${placeOf(zone)} (${utcOffset(zone, now)})` });
    regions.set(region, options);
  }
  const groups = [...regions]
    .map(([label, options]) => ({ label, options: options.sort(byLabel) }))
    .sort((a, b) => (a.label === OTHER ? 1 : b.label === OTHER ? -1 : byLabel(a, b)));
  return { value, first, groups };
};

/** Whether the list offers `zone` (the device's zone, say) as one of its options. */
export const offers = (choices: ZoneChoices, zone: string) =>
  choices.first.some((option) => option.value === zone) ||
  choices.groups.some((group) => group.options.some((option) => option.value === zone));
