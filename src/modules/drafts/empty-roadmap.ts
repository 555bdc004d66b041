// What a draft "from empty" starts as. A draft is valid after every change (the importer's checks run on each), so an
// empty one cannot be empty: it is the smallest roadmap that passes, one of each required part, with words that say
// what to write there.
import type { RoadmapContent } from '../content/content.schemas.ts';

const FIRST_STEP = 'first-step';

export const emptyRoadmap = (slug: string, today: string): RoadmapContent => ({
  slug,
  title: 'New roadmap',
  summary: 'Say in one sentence who this roadmap is for and where it leads.',
  license: 'CC-BY-SA-4.0',
  role: 'new role',
  level: 'beginner',
  edition: { year: Number(today.slice(0, 4)), updated: today },
  outcomes: ['Name one thing a learner can do at the end.'],
  duties: [
    { id: 'first-duty', title: 'A duty of the role', detail: 'Say what people in this role spend their days on.' },
  ],
  keepInMind: [{ id: 'first-principle', title: 'Something to keep in mind', detail: 'Say why it matters.' }],
  intro: 'Say what this roadmap is and how to use it.',
  audience: ['Say who this roadmap is for.'],
  beforeYouStart: [],
  durations: [
    {
      id: 'steady',
      label: 'At a steady pace',
      hoursPerWeek: { min: 5, max: 10 },
      months: { min: 6, max: 12 },
    },
  ],
  history: [],
  market: [],
  tiers: [
    { id: 'foundations', title: 'Foundations', summary: 'Say what this part of the path covers.', steps: [FIRST_STEP] },
  ],
  plan: {
    months: [
      {
        month: 1,
        title: 'Getting started',
        goals: ['Say what the first month is for.'],
        hoursPerWeek: { min: 5, max: 10 },
        steps: [FIRST_STEP],
      },
    ],
  },
  priorities: [],
  challenges: [],
  checklist: [],
  faq: [],
  alternatives: [
    { id: 'other-path', title: 'Another path', detail: 'Say which other role a learner might choose instead.' },
  ],
  closings: {},
  conclusion: 'Say a last word to the learner.',
  steps: [
    {
      id: FIRST_STEP,
      title: 'The first step',
      summary: 'Say in one sentence what the learner does in this step.',
      topics: [],
      estimatedHours: 10,
      resources: [],
      body: 'Write what the learner reads in this step, in Markdown.',
    },
  ],
});
