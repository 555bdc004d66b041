// The parts of a roadmap page and the words for feedback targets. The API accepts `section:<id>` for exactly these ids
// (a unit test compares the two lists).
/** The parts of a roadmap page, by the id the API knows them under (`section:<id>`), with their headings. */
export const ROADMAP_SECTIONS = [
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
export type SectionId = (typeof ROADMAP_SECTIONS)[number][0];
export const sectionTitle = (id: string) => ROADMAP_SECTIONS.find(([candidate]) => candidate === id)?.[1];

const KIND_LABELS: Record<string, string> = {
  section: 'Section',
  tier: 'Tier',
  step: 'Step',
  month: 'Month',
  priority: 'Priority',
  challenge: 'Challenge',
  checklist: 'Checklist item',
  faq: 'Question',
  resource: 'Resource',
  hub: 'Hub entry',
  duty: 'Duty',
  principle: 'Thing to keep in mind',
  path: 'Other path',
};

/** A feedback target in words: "Section: A short history", "Step: http-and-apis", "The whole roadmap". */
export const targetLabel = (target: string, names: Record<string, string> = {}) => {
  if (target === 'roadmap') return 'The whole roadmap';
  const [kind = '', id = ''] = target.split(/:(.*)/);
  const name = kind === 'section' ? sectionTitle(id) : names[target];
  return `${KIND_LABELS[kind] ?? kind}: ${name ?? id}`;
};
