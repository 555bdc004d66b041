// The parts of a roadmap page and the words for feedback targets. The headings are the API's own list
// (src/modules/feedback/sections.ts), so the sections the page asks about are the ones the API accepts.
import { ROADMAP_SECTION_HEADINGS, sectionHeading } from '../../src/modules/feedback/sections.ts';

/** The parts of a roadmap page, by the id the API knows them under (`section:<id>`), with their headings. */
export const ROADMAP_SECTIONS = ROADMAP_SECTION_HEADINGS;
export type SectionId = (typeof ROADMAP_SECTIONS)[number][0];
export const sectionTitle = sectionHeading;

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
