import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/modules/content/content.loader.ts';
import {
  fitPaceModel,
  monthsAt,
  PACE_MIN_HOURS,
  PACE_SPAN_DAYS,
  planToICalendar,
  scalePlan,
  trackPlan,
} from '../../src/modules/progress/plan.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';

const backend = async () =>
  (await loadContent('content')).roadmaps.find(
    (roadmap) => roadmap.slug === 'backend-developer',
  ) as unknown as RoadmapDocument;

const DAY = 86_400_000;
/** A share done of the Backend roadmap's 590 estimated hours. */
const done = (percent: number) => ({ percent, hoursDone: (590 * percent) / 100 });
const dayOf = (date: string | null) => new Date(`${date}T00:00:00Z`).getTime();

describe('the pace model', () => {
  it("when fitted to the Backend roadmap's anchors, then it gives 8 months at 17.5 h and 15 at 7.5 h", async () => {
    const model = fitPaceModel((await backend()).durations);

    expect(monthsAt(model, 17.5)).toBeCloseTo(8, 5);
    expect(monthsAt(model, 7.5)).toBeCloseTo(15, 5);
  });

  it('when hours go up, then months go down, but doubling the hours does not halve the time', async () => {
    const model = fitPaceModel((await backend()).durations);

    expect(monthsAt(model, 8)).toBeGreaterThan(monthsAt(model, 10));
    expect(monthsAt(model, 20) / monthsAt(model, 10)).toBeGreaterThan(0.5);
    expect(monthsAt(model, 40)).toBeGreaterThan(0);
  });

  it('when a roadmap has one anchor, then months are inversely proportional to hours', () => {
    const model = fitPaceModel([
      { id: 'only', label: 'Only', hoursPerWeek: { min: 10, max: 10 }, months: { min: 6, max: 6 } },
    ]);

    expect(monthsAt(model, 10)).toBeCloseTo(6, 9);
    expect(monthsAt(model, 20)).toBeCloseTo(3, 9);
  });
});

describe('scaling and tracking a plan', () => {
  it('when the plan is scaled, then stages follow each other day after day from the start date', async () => {
    const plan = scalePlan(await backend(), 8, '2027-01-04');

    expect(plan.stages).toHaveLength(8);
    expect(plan.stages[0]!.startsOn).toBe('2027-01-04');
    for (let i = 1; i < plan.stages.length; i += 1) {
      const previousEnd = new Date(`${plan.stages[i - 1]!.endsOn}T00:00:00Z`).getTime();
      expect(new Date(`${plan.stages[i]!.startsOn}T00:00:00Z`).getTime() - previousEnd).toBe(86_400_000);
    }
    expect(plan.finishOn).toBe(plan.stages.at(-1)!.endsOn);
    expect(plan.months).toBeGreaterThan(8);
  });

  it('when a learner is at, above or below where the plan expects, then the status says so', async () => {
    const plan = scalePlan(await backend(), 17.5, '2027-01-01');
    const halfway = new Date((new Date('2027-01-01').getTime() + new Date(`${plan.finishOn}T00:00:00Z`).getTime()) / 2);
    const first = new Date('2027-01-02T10:00:00Z');
    const at = (percent: number, today = halfway) => trackPlan(plan, done(percent), first, today);

    expect(at(50).status).toBe('on_track');
    expect(at(70).status).toBe('ahead');
    expect(at(20).status).toBe('behind');
    expect(trackPlan(plan, done(0), null, new Date('2026-12-01')).status).toBe('not_started');
    expect(trackPlan(plan, done(0), null, halfway).projectedFinishOn).toBeNull();
  });

  it('when half the plan is done in a quarter of its time, then the rest takes the plan its share, not less', async () => {
    const plan = scalePlan(await backend(), 17.5, '2027-01-01');
    const start = new Date('2027-01-01T00:00:00Z').getTime();
    const end = new Date(`${plan.finishOn}T00:00:00Z`).getTime() + DAY;
    const quarter = new Date(start + (end - start) / 4);

    const tracking = trackPlan(plan, done(50), new Date(start), quarter);

    // At the pace so far the rest would take another quarter; at the planned hours it takes half the plan.
    expect(tracking.projection.state).toBe('projected');
    expect(Math.abs(dayOf(tracking.projectedFinishOn) - (quarter.getTime() + (end - start) / 2))).toBeLessThan(2 * DAY);
    expect(tracking.projection.hoursPerWeekSoFar).toBeGreaterThan(17.5);
  });

  it('when a learner is slower than the plan, then the finish comes from their own pace', async () => {
    const plan = scalePlan(await backend(), 17.5, '2027-01-01');
    const start = new Date('2027-01-01T00:00:00Z').getTime();
    const end = new Date(`${plan.finishOn}T00:00:00Z`).getTime() + DAY;
    const half = new Date(start + (end - start) / 2);

    // A quarter done in half the plan: the whole takes twice the plan.
    const projected = dayOf(trackPlan(plan, done(25), new Date(start), half).projectedFinishOn);

    expect(Math.abs(projected - (start + 2 * (end - start)))).toBeLessThan(2 * DAY);
  });

  it("when a learner exactly keeps to the plan, then they are projected to finish on the plan's day", async () => {
    const plan = scalePlan(await backend(), 10, '2027-01-01');
    const start = new Date('2027-01-01T00:00:00Z').getTime();
    const end = new Date(`${plan.finishOn}T00:00:00Z`).getTime() + DAY;
    const third = new Date(start + (end - start) / 3);

    const projected = dayOf(trackPlan(plan, done(100 / 3), new Date(start), third).projectedFinishOn);

    expect(Math.abs(projected - end)).toBeLessThan(2 * DAY);
  });

  it('when two steps are marked on the first day, then it is too early to tell, not a finish today', async () => {
    const plan = scalePlan(await backend(), 10, '2027-03-01');
    const today = new Date('2027-03-01T20:00:00Z');

    const tracking = trackPlan(plan, { percent: 19.5, hoursDone: 115 }, new Date('2027-03-01T19:00:00Z'), today);

    expect(tracking.projection).toEqual({
      state: 'too_early',
      finishOn: null,
      measurableOn: '2027-03-15',
      hoursPerWeekSoFar: null,
    });
    expect(tracking.projectedFinishOn).toBeNull();
  });

  it(`when ${PACE_SPAN_DAYS} days have passed but less than ${PACE_MIN_HOURS} hours are done, then it is still too early`, async () => {
    const plan = scalePlan(await backend(), 10, '2027-03-01');
    const first = new Date('2027-03-01T10:00:00Z');
    const later = new Date(first.getTime() + PACE_SPAN_DAYS * DAY);

    expect(trackPlan(plan, { percent: 1, hoursDone: PACE_MIN_HOURS - 1 }, first, later).projection).toMatchObject({
      state: 'too_early',
      measurableOn: null,
    });
    expect(trackPlan(plan, { percent: 2, hoursDone: PACE_MIN_HOURS }, first, later).projection.state).toBe('projected');
    expect(trackPlan(plan, done(100), first, later).projection.state).toBe('finished');
  });

  it('when steps were marked very fast, then the finish is never earlier than the work left takes at the planned hours', async () => {
    const plan = scalePlan(await backend(), 10, '2027-03-01');
    const planDays = (dayOf(plan.finishOn) - dayOf(plan.startDate)) / DAY + 1;
    const first = new Date('2027-03-01T00:00:00Z');
    const today = new Date(first.getTime() + 15 * DAY);

    // 90 % in 15 days would finish in under two days at that pace.
    const projected = dayOf(trackPlan(plan, done(90), first, today).projectedFinishOn);

    expect(projected - today.getTime()).toBeGreaterThanOrEqual(0.1 * planDays * DAY - DAY);
  });
});

describe('the calendar export', () => {
  it('when the plan is exported, then an iCalendar parser reads one all-day event per stage', async () => {
    const roadmap = await backend();
    const plan = scalePlan(roadmap, 10, '2027-03-01');

    const text = planToICalendar(
      plan,
      { slug: roadmap.slug, title: roadmap.title },
      { uidHost: 'waymark.test', organisation: 'Waymark' },
      new Date(),
    );

    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(events).toHaveLength(8);
    expect(events[0]!.startDate.toString()).toBe('2027-03-01');
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(events[0]!.summary).toBe(`${roadmap.title}: ${plan.stages[0]!.title}`);
    expect(new Set(events.map((event) => event.uid)).size).toBe(8);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });
});
