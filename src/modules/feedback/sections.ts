// The parts of a roadmap page with their headings, and what each kind of feedback target is called. One list for the
// API (which accepts `section:<id>` for exactly these ids and names targets in the audit log and moderation) and for
// the web app (which shows them as the page's headings); this file imports nothing, so the web bundle can take it.
export const ROADMAP_SECTION_HEADINGS = [
  ['duties', 'What the job involves'],
  ['about', 'About this roadmap'],
  ['keep-in-mind', 'Things to keep in mind'],
  ['before-you-start', 'What you need'],
  ['durations', 'How long it takes'],
  ['history', 'A short history'],
  ['market', 'The job market'],
  ['path', 'The learning path'],
  ['outline', 'Every step, in order'],
  ['month-plan', 'Month by month'],
  ['priorities', 'Priorities'],
  ['challenges', 'Common challenges'],
  ['checklist', 'Job-ready checklist'],
  ['faq', 'Questions and answers'],
  ['other-paths', 'What you can do instead, or as well'],
  ['conclusion', 'In closing'],
  ['resources', 'Resources'],
] as const;

export const sectionHeading = (id: string) => ROADMAP_SECTION_HEADINGS.find(([candidate]) => candidate === id)?.[1];

/** A target's kind as a noun in a sentence: "a removed step", "a comment on a hub entry". */
export const TARGET_KIND_NOUNS: Record<string, string> = {
  roadmap: 'roadmap',
  section: 'section',
  tier: 'tier',
  step: 'step',
  month: 'month',
  priority: 'priority',
  challenge: 'challenge',
  checklist: 'checklist item',
  faq: 'question',
  resource: 'resource',
  hub: 'hub entry',
  duty: 'duty',
  principle: 'thing to keep in mind',
  path: 'other path',
};
