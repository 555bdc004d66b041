import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/modules/content/content.loader.ts';
import { fitPaceModel, monthsAt, planToICalendar, scalePlan, trackPlan } from '../../src/modules/progress/plan.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';

const backend = async () =>
  (await loadContent('content')).roadmaps.find(
    (roadmap) => roadmap.slug === 'backend-developer',
  ) as unknown as RoadmapDocument;

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

    expect(trackPlan(plan, 50, halfway).status).toBe('on_track');
    expect(trackPlan(plan, 70, halfway).status).toBe('ahead');
    expect(trackPlan(plan, 20, halfway).status).toBe('behind');
    expect(trackPlan(plan, 0, new Date('2026-12-01')).status).toBe('not_started');
    expect(trackPlan(plan, 0, halfway).projectedFinishOn).toBeNull();
  });

  it('when half the plan is done in a quarter of its time, then the projected finish is about half the plan', async () => {
    const plan = scalePlan(await backend(), 17.5, '2027-01-01');
    const start = new Date('2027-01-01T00:00:00Z').getTime();
    const end = new Date(`${plan.finishOn}T00:00:00Z`).getTime() + 86_400_000;
    const quarter = new Date(start + (end - start) / 4);

    const projected = new Date(`${trackPlan(plan, 50, quarter).projectedFinishOn}T00:00:00Z`).getTime();

    expect(Math.abs(projected - (start + (end - start) / 2))).toBeLessThan(2 * 86_400_000);
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
