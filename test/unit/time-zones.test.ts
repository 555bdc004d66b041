import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment, formatMomentDay, today } from '../../web/src/dates.ts';
import { offers, placeOf, resolvedZone, timeZoneChoices, utcOffset } from '../../web/src/time-zones.ts';

const WINTER = new Date('2026-12-03T12:00:00Z');
const SUMMER = new Date('2026-07-01T12:00:00Z');
const ZONES = ['Europe/Berlin', 'America/New_York', 'America/Argentina/Buenos_Aires', 'Asia/Kathmandu', 'Etc/GMT+5'];

const labelsOf = (saved: string, now = WINTER, zones = ZONES) =>
  timeZoneChoices(saved, { zones, now }).groups.map((group) => [
    group.label,
    group.options.map((option) => option.label),
  ]);

describe('the time-zone list', () => {
  it('when zones are listed, then they are grouped by region, each a place in words with its offset, Other last', () => {
    expect(labelsOf('UTC')).toEqual([
      ['Americas', ['Buenos Aires, Argentina (UTC−03:00)', 'New York (UTC−05:00)']],
      ['Asia', ['Kathmandu (UTC+05:45)']],
      ['Europe', ['Berlin (UTC+01:00)']],
      ['Other', ['GMT+5 (UTC−05:00)']],
    ]);
  });

  it('when it is summer, then the offsets are the summer ones', () => {
    expect(labelsOf('UTC', SUMMER, ['Europe/Berlin', 'America/New_York'])).toEqual([
      ['Americas', ['New York (UTC−04:00)']],
      ['Europe', ['Berlin (UTC+02:00)']],
    ]);
  });

  it('when the saved zone is listed, then it is the chosen option and nothing is added', () => {
    const choices = timeZoneChoices('Europe/Berlin', { zones: ZONES, now: WINTER });
    expect(choices.value).toBe('Europe/Berlin');
    expect(choices.first).toEqual([{ value: 'UTC', label: 'UTC (Coordinated Universal Time)' }]);
  });

  it('when the saved zone is an old name of a listed zone, then the listed one is chosen', () => {
    expect(timeZoneChoices('US/Eastern', { zones: ZONES, now: WINTER }).value).toBe('America/New_York');
  });

  it.each(['UTC', 'Etc/UTC'])('when the saved zone is %s, then UTC is chosen, offered once', (saved) => {
    const choices = timeZoneChoices(saved, { zones: [...ZONES, 'UTC'], now: WINTER });
    expect(choices.value).toBe('UTC');
    const utcOptions = [...choices.first, ...choices.groups.flatMap((group) => group.options)].filter(
      (option) => option.value === 'UTC',
    );
    expect(utcOptions).toHaveLength(1);
  });

  it('when the saved zone is known but not in the list, then it is still offered, first, with its offset', () => {
    const choices = timeZoneChoices('Asia/Tokyo', { zones: ZONES, now: WINTER });
    expect(choices.value).toBe('Asia/Tokyo');
    expect(choices.first[1]).toEqual({ value: 'Asia/Tokyo', label: 'Asia/Tokyo (UTC+09:00)' });
    expect(offers(choices, 'Asia/Tokyo')).toBe(true);
  });

  it('when the browser does not know the saved zone at all, then it is kept as it was saved', () => {
    const choices = timeZoneChoices('Mars/Olympus_Mons', { zones: ZONES, now: WINTER });
    expect(choices.value).toBe('Mars/Olympus_Mons');
    expect(choices.first[1]).toEqual({ value: 'Mars/Olympus_Mons', label: 'Mars/Olympus_Mons (your saved time zone)' });
  });

  it("when the list is this runtime's own, then every zone is offered once and Berlin is in Europe", () => {
    const choices = timeZoneChoices('Europe/Berlin');
    const values = choices.groups.flatMap((group) => group.options.map((option) => option.value));
    expect(new Set(values).size).toBe(values.length);
    expect(values.length).toBe(Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC').length);
    expect(choices.groups.find((group) => group.label === 'Europe')?.options.map((option) => option.value)).toContain(
      'Europe/Berlin',
    );
    expect(offers(choices, 'Nowhere/Else')).toBe(false);
  });

  it('when a name has no region or several parts, then its place reads in words', () => {
    expect(placeOf('America/Argentina/Buenos_Aires')).toBe('Buenos Aires, Argentina');
    expect(placeOf('America/North_Dakota/New_Salem')).toBe('New Salem, North Dakota');
    expect(placeOf('UTC')).toBe('UTC');
  });

  it('when a zone is half an hour off or at UTC, then its offset says so', () => {
    expect(utcOffset('America/St_Johns', WINTER)).toBe('UTC−03:30');
    expect(utcOffset('Asia/Kathmandu', WINTER)).toBe('UTC+05:45');
    expect(utcOffset('UTC', WINTER)).toBe('UTC+00:00');
    expect(utcOffset('Europe/London', WINTER)).toBe('UTC+00:00');
  });

  it('when a name is not a zone, then it does not resolve', () => {
    expect(resolvedZone('Europe/Nowhere')).toBeUndefined();
    expect(resolvedZone('Etc/UTC')).toBe('UTC');
  });
});

describe('dates and times in a zone', () => {
  it('when it is noon in London, then it is already tomorrow in Auckland and still today in Los Angeles', () => {
    expect(today('Europe/London', WINTER)).toBe('2026-12-03');
    expect(today('Pacific/Auckland', WINTER)).toBe('2026-12-04');
    expect(today('America/Los_Angeles', new Date('2026-12-03T05:00:00Z'))).toBe('2026-12-02');
  });

  it("when a moment is written in the learner's zone, then the clock and the day are theirs", () => {
    expect(formatMoment('2026-12-03T01:30:00Z', 'Asia/Tokyo')).toContain('10:30');
    expect(formatMoment('2026-12-03T01:30:00Z', 'UTC')).not.toContain('10:30');
    expect(formatMomentDay('2026-12-03T20:00:00Z', 'Asia/Tokyo')).toBe(formatMomentDay('2026-12-04T12:00:00Z', 'UTC'));
  });

  it('when a calendar day is written, then it stays that day', () => {
    expect(formatDay('2026-12-02', { month: 'long', locale: 'en-GB' })).toBe('2 December 2026');
    expect(formatDay('2026-01-01', { locale: 'en-US' })).toBe('Jan 1, 2026');
  });
});
