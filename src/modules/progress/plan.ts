// A roadmap's month plan scaled to a learner's pace.
//
// How long a roadmap takes at a given number of hours a week comes from the roadmap's own duration anchors (the
// Backend roadmap: 15–20 h → 8 months, 5–10 h → 14–16 months). Each anchor counts at its midpoint (17.5 h → 8,
// 7.5 h → 15), and months = a · hours^(−b) is fitted through them (least squares on logarithms; exact for two).
// The curve bends the way the anchors do: doubling the hours does not halve the time. With a single anchor the
// time is simply inversely proportional to the hours. Between and beyond the anchors the same curve applies, within
// the 0–80 h a week that Waymark accepts.
//
// The plan's stages (its months) share the scaled time equally. Progress compares the share of estimated hours done
// with the share of planned time gone: within 5 points is on track.
import type { RoadmapDocument } from '../roadmaps/roadmaps.schemas.ts';

const DAYS_PER_MONTH = 365.25 / 12;
const DAY_MS = 86_400_000;
/** Within this many percentage points of the schedule is on track (a personal plan and a cohort alike). */
export const ON_TRACK_MARGIN = 5;

export interface PaceModel {
  coefficient: number;
  exponent: number;
}

export const fitPaceModel = (durations: RoadmapDocument['durations']): PaceModel => {
  const points = durations.map((duration) => ({
    x: Math.log((duration.hoursPerWeek.min + duration.hoursPerWeek.max) / 2),
    y: Math.log((duration.months.min + duration.months.max) / 2),
  }));
  if (points.length === 1) return { coefficient: Math.exp(points[0]!.y + points[0]!.x), exponent: 1 };
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  const slope =
    points.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0) /
    points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0);
  return { coefficient: Math.exp(meanY - slope * meanX), exponent: -slope };
};

export const monthsAt = (model: PaceModel, hoursPerWeek: number) => model.coefficient * hoursPerWeek ** -model.exponent;

/** YYYY-MM-DD, in UTC: plans are calendar dates, not instants. */
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + Math.round(days) * DAY_MS);

export interface Stage {
  month: number;
  title: string;
  goals: string[];
  steps: string[];
  startsOn: string;
  endsOn: string;
}

export interface ScaledPlan {
  hoursPerWeek: number;
  startDate: string;
  months: number;
  finishOn: string;
  stages: Stage[];
}

export const scalePlan = (roadmap: RoadmapDocument, hoursPerWeek: number, startDate: string): ScaledPlan => {
  const months = monthsAt(fitPaceModel(roadmap.durations), hoursPerWeek);
  const start = new Date(`${startDate}T00:00:00Z`);
  const stageDays = (months * DAYS_PER_MONTH) / roadmap.plan.months.length;
  const stages = roadmap.plan.months.map((month, index) => ({
    month: month.month,
    title: month.title,
    goals: month.goals,
    steps: month.steps,
    startsOn: isoDate(addDays(start, index * stageDays)),
    // The last day of the stage: the next one starts the day after.
    endsOn: isoDate(addDays(start, (index + 1) * stageDays - 1)),
  }));
  return {
    hoursPerWeek,
    startDate,
    months: Math.round(months * 10) / 10,
    finishOn: stages.at(-1)!.endsOn,
    stages,
  };
};

export type PaceStatus = 'not_started' | 'on_track' | 'ahead' | 'behind';

// A pace is only measured over a span that means something: two weeks since the learner's first step on the roadmap
// (a week can be a holiday or a sprint), and at least 10 estimated hours done (half the shortest step Waymark ships).
// Before that, the projection says "too early to tell": steps marked on the first evening, often ones the learner
// already knew, would otherwise project a finish within days. See docs/decisions/0024.
export const PACE_SPAN_DAYS = 14;
export const PACE_MIN_HOURS = 10;

export type ProjectionState = 'too_early' | 'projected' | 'finished';

export interface Projection {
  state: ProjectionState;
  /** When the rest is done at the pace kept so far; null unless projected. */
  finishOn: string | null;
  /** The first day a pace can be measured; null once it can (or when nothing is done yet). */
  measurableOn: string | null;
  /** Estimated hours done per week since the first step; null until measured. */
  hoursPerWeekSoFar: number | null;
}

interface Done {
  percent: number;
  hoursDone: number;
}

/**
 * When the learner finishes at the pace kept since their first step. Never earlier than the plan allows for the work
 * left: what is left takes at least its share of the whole plan at the planned hours a week (the plan's clock, so a
 * learner exactly on plan is projected to finish on the plan's day), however fast the first weeks went.
 */
export const projectFinish = (plan: ScaledPlan, done: Done, firstActivity: Date | null, today: Date): Projection => {
  const none = { finishOn: null, measurableOn: null, hoursPerWeekSoFar: null };
  if (done.percent >= 100) return { state: 'finished', ...none };
  if (firstActivity === null) return { state: 'too_early', ...none };
  const spanDays = (today.getTime() - firstActivity.getTime()) / DAY_MS;
  if (spanDays < PACE_SPAN_DAYS || done.hoursDone < PACE_MIN_HOURS || done.percent <= 0) {
    const measurableOn = spanDays < PACE_SPAN_DAYS ? isoDate(addDays(firstActivity, Math.ceil(PACE_SPAN_DAYS))) : null;
    return { state: 'too_early', ...none, measurableOn };
  }
  const planDays =
    (new Date(`${plan.finishOn}T00:00:00Z`).getTime() - new Date(`${plan.startDate}T00:00:00Z`).getTime()) / DAY_MS + 1;
  const share = done.percent / 100;
  const daysForAllAtPace = spanDays / share;
  const daysLeft = (1 - share) * Math.max(daysForAllAtPace, planDays);
  return {
    state: 'projected',
    finishOn: isoDate(new Date(today.getTime() + Math.ceil(daysLeft) * DAY_MS)),
    measurableOn: null,
    hoursPerWeekSoFar: Math.round((done.hoursDone / (spanDays / 7)) * 10) / 10,
  };
};

/** Where a learner stands against their plan today, and when they will finish at the pace kept so far. */
export const trackPlan = (plan: ScaledPlan, done: Done, firstActivity: Date | null, today: Date) => {
  const start = new Date(`${plan.startDate}T00:00:00Z`).getTime();
  const finish = new Date(`${plan.finishOn}T00:00:00Z`).getTime() + DAY_MS;
  const elapsed = today.getTime() - start;
  const projection = projectFinish(plan, done, firstActivity, today);
  const expectedPercent = elapsed <= 0 ? 0 : Math.min(100, (elapsed / (finish - start)) * 100);
  const status: PaceStatus =
    elapsed <= 0
      ? 'not_started'
      : done.percent > expectedPercent + ON_TRACK_MARGIN
        ? 'ahead'
        : done.percent < expectedPercent - ON_TRACK_MARGIN
          ? 'behind'
          : 'on_track';
  return {
    status,
    expectedPercent: Math.round(expectedPercent * 10) / 10,
    projectedFinishOn: projection.finishOn,
    projection,
  };
};

const escapeText = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets are folded (RFC 5545 §3.1), never inside a UTF-8 sequence. */
const fold = (line: string) => {
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (Buffer.byteLength(current + char) > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
};

/** A cohort's own due date for each stage of the plan (src/modules/cohorts). */
export interface CohortDueDates {
  id: string;
  name: string;
  stages: { month: number; dueOn: string }[];
}

/**
 * The plan's stages as all-day events of an RFC 5545 calendar, named for the organisation that hosts Waymark; and,
 * for each cohort of the learner's on the roadmap, an all-day event on each stage's due date.
 */
export const planToICalendar = (
  plan: ScaledPlan & { cohorts?: CohortDueDates[] },
  roadmap: { slug: string; title: string },
  { uidHost, organisation }: { uidHost: string; organisation: string },
  now: Date,
) => {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const day = (date: string) => date.replace(/-/g, '');
  const events = plan.stages.flatMap((stage) => [
    'BEGIN:VEVENT',
    `UID:${roadmap.slug}-${plan.startDate}-${plan.hoursPerWeek}-${stage.month}@${uidHost}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${day(stage.startsOn)}`,
    `DTEND;VALUE=DATE:${day(isoDate(addDays(new Date(`${stage.endsOn}T00:00:00Z`), 1)))}`,
    `SUMMARY:${escapeText(`${roadmap.title}: ${stage.title}`)}`,
    `DESCRIPTION:${escapeText(stage.goals.map((goal) => `- ${goal}`).join('\n'))}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ]);
  const titles = new Map(plan.stages.map((stage) => [stage.month, stage.title]));
  const dueDates = (plan.cohorts ?? []).flatMap((cohort) =>
    cohort.stages.flatMap((stage) => [
      'BEGIN:VEVENT',
      `UID:cohort-${cohort.id}-${stage.month}@${uidHost}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day(stage.dueOn)}`,
      `DTEND;VALUE=DATE:${day(isoDate(addDays(new Date(`${stage.dueOn}T00:00:00Z`), 1)))}`,
      `SUMMARY:${escapeText(`Due in ${cohort.name}: ${titles.get(stage.month) ?? `month ${stage.month}`}`)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
  );
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    // PRODID names who made the file; its parts are separated by //, which a name could not contain without confusion.
    `PRODID:-//${organisation.replace(/\/\//g, '/')}//Waymark learning plan//EN`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(`${roadmap.title} · ${organisation}`)}`,
    `X-WR-CALDESC:${escapeText(`Your plan for ${roadmap.title}, month by month, from ${organisation}.`)}`,
    ...events,
    ...dueDates,
    'END:VCALENDAR',
  ]
    .map(fold)
    .join('\r\n')
    .concat('\r\n');
};
