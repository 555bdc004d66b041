// Guest mode: a visitor can track progress without an account. It is kept in this browser's localStorage and, when
// they sign up or log in, merged into their account (POST /v1/me/progress/import), then cleared here. So is the
// version of each roadmap they last saw (the "what changed" notice, pages/RoadmapChanges.tsx): once signed in, the
// server keeps that, and nothing of the learner's stays in this browser.
import { api, call } from './api/client';
import { today } from './dates';
import type { ChecklistLevel, StepStatus } from './api/types';

interface GuestRoadmap {
  steps: Record<string, StepStatus>;
  notes: Record<string, { body: string; updatedAt: string }>;
  checklist: Record<string, ChecklistLevel>;
  hoursPerWeek?: number;
}

const KEY = 'waymark.guest.v1';
const SEEN_KEY = 'waymark:seen-versions';

const readAll = (): Record<string, GuestRoadmap> => {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, GuestRoadmap>;
  } catch {
    return {};
  }
};

const writeAll = (all: Record<string, GuestRoadmap>) => localStorage.setItem(KEY, JSON.stringify(all));

export const guestRoadmap = (slug: string): GuestRoadmap => ({
  steps: {},
  notes: {},
  checklist: {},
  ...readAll()[slug],
});

const update = (slug: string, change: (roadmap: GuestRoadmap) => void) => {
  const all = readAll();
  const roadmap = guestRoadmap(slug);
  change(roadmap);
  all[slug] = roadmap;
  writeAll(all);
};

export const setGuestStepStatus = (slug: string, stepId: string, status: StepStatus) =>
  update(slug, (roadmap) => {
    roadmap.steps[stepId] = status;
  });

export const setGuestNote = (slug: string, stepId: string, body: string) =>
  update(slug, (roadmap) => {
    roadmap.notes[stepId] = { body, updatedAt: new Date().toISOString() };
  });

export const setGuestPace = (slug: string, hoursPerWeek: number) =>
  update(slug, (roadmap) => {
    roadmap.hoursPerWeek = hoursPerWeek;
  });

const readSeen = (): Record<string, number> => {
  try {
    return JSON.parse(localStorage.getItem(SEEN_KEY) ?? '{}') as Record<string, number>;
  } catch {
    return {};
  }
};

/** The version of the roadmap this visitor last saw here, if they saw one. */
export const guestSeenVersion = (slug: string): number | undefined => readSeen()[slug];

export const setGuestSeenVersion = (slug: string, version: number) =>
  localStorage.setItem(SEEN_KEY, JSON.stringify({ ...readSeen(), [slug]: version }));

export const hasGuestProgress = () => Object.keys(readAll()).length > 0;

const DEFAULT_HOURS_PER_WEEK = 15;

/**
 * Moves the visitor's progress into their account and follows each roadmap they tracked (at the pace they chose in
 * the plan calculator), unless they follow it already. Returns how many entries the account took.
 */
export const mergeGuestProgress = async () => {
  // Following a roadmap (below, or before) notes its version on the server, which keeps what the learner saw.
  localStorage.removeItem(SEEN_KEY);
  const all = readAll();
  const slugs = Object.keys(all);
  if (slugs.length === 0) return 0;
  const result = await call(
    api.POST('/v1/me/progress/import', {
      body: {
        roadmaps: slugs.map((slug) => {
          const roadmap = all[slug]!;
          return {
            slug,
            steps: Object.entries(roadmap.steps).map(([stepId, status]) => ({ stepId, status })),
            notes: Object.entries(roadmap.notes).map(([stepId, note]) => ({ stepId, ...note })),
            checklist: Object.entries(roadmap.checklist).map(([itemId, level]) => ({ itemId, level })),
          };
        }),
      },
    }),
  );
  const { items } = await call(api.GET('/v1/me/roadmaps'));
  for (const slug of slugs) {
    if (items.some((follow) => follow.roadmap.slug === slug && follow.following)) continue;
    await call(
      api.PUT('/v1/me/roadmaps/{slug}', {
        params: { path: { slug } },
        body: { hoursPerWeek: all[slug]!.hoursPerWeek ?? DEFAULT_HOURS_PER_WEEK, startDate: today() },
      }),
    );
  }
  localStorage.removeItem(KEY);
  return result.applied.steps + result.applied.notes + result.applied.checklist;
};
