// The draft editor's sections: what each part of the roadmap document is called and which fields and lists it has.
// One table, so the section menu, the forms and the error summary (which section a pointer is in) agree.
import { LEVELS } from '../../../src/lib/enums.ts';
import type { FieldSpec } from './fields';
import type { ListSpec } from './ListEditor';
import type { Json } from './pointer';

export interface SectionSpec {
  id: string;
  title: string;
  /** The document's top-level keys this section edits: a problem under any of them opens this section. */
  keys: string[];
  fields?: (FieldSpec & { at: string })[];
  lists?: ListSpec[];
}

const text = (at: string, label: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  at,
  label,
  kind: 'text',
  ...extra,
});
const long = (at: string, label: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  at,
  label,
  kind: 'longtext',
  ...extra,
});
const markdown = (at: string, label: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  at,
  label,
  kind: 'markdown',
  ...extra,
});
const range = (at: string, label: string): FieldSpec[] => [
  { at: `${at}/min`, label: `${label}, at least`, kind: 'number' },
  { at: `${at}/max`, label: `${label}, at most`, kind: 'number' },
];
const ID_HINT = 'Lower case words joined by hyphens; links and learners’ progress use it, so change it with care.';
const id = text('/id', 'Id', { hint: ID_HINT });

/** An id no item of the list has yet: new-step, new-step-2, … */
const freshId = (items: Record<string, Json>[], noun: string) => {
  const taken = new Set(items.map((item) => item.id));
  const base = `new-${noun.replace(/\s+/g, '-')}`;
  let candidate = base;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
  return candidate;
};

/** A list of items with an id, a title and a detail, which many sections have. */
const titled = (at: string, noun: string, fields: FieldSpec[], extra: Partial<ListSpec> = {}): ListSpec => ({
  at,
  noun,
  fields,
  titleOf: (item, index) => (typeof item.title === 'string' && item.title.trim() ? item.title : `${noun} ${index + 1}`),
  create: (items) => ({ id: freshId(items, noun) }),
  ...extra,
});
const detailed = (at: string, noun: string) =>
  titled(at, noun, [text('/title', 'Title'), long('/detail', 'Detail'), id]);

export const SECTIONS: SectionSpec[] = [
  {
    id: 'overview',
    title: 'Overview',
    keys: ['title', 'summary', 'role', 'level', 'license', 'edition', 'outcomes', 'audience', 'intro', 'changes'],
    fields: [
      text('/title', 'Title'),
      long('/summary', 'Summary', { hint: 'One or two sentences, shown under the title and in the catalogue.' }),
      text('/role', 'Role', { hint: 'The job it leads to, lower case: “what a backend developer does”.' }),
      {
        at: '/level',
        label: 'Level',
        kind: 'text',
        options: LEVELS.map((level) => ({ value: level, label: level.charAt(0).toUpperCase() + level.slice(1) })),
      },
      { at: '/edition/year', label: 'Edition year', kind: 'integer' },
      { at: '/edition/updated', label: 'Updated on', kind: 'date' },
      { at: '/outcomes', label: 'What a learner can do at the end', kind: 'lines' },
      { at: '/audience', label: 'Who it is for', kind: 'lines' },
      markdown('/intro', 'Introduction'),
      long('/changes', 'What changed in this version', { optional: true, hint: 'For the changelog.' }),
    ],
  },
  { id: 'duties', title: 'What the role does', keys: ['duties'], lists: [detailed('/duties', 'duty')] },
  { id: 'keep-in-mind', title: 'Keep in mind', keys: ['keepInMind'], lists: [detailed('/keepInMind', 'principle')] },
  {
    id: 'before-you-start',
    title: 'Before you start',
    keys: ['beforeYouStart'],
    lists: [detailed('/beforeYouStart', 'item')],
  },
  {
    id: 'durations',
    title: 'How long it takes',
    keys: ['durations'],
    lists: [
      titled(
        '/durations',
        'pace',
        [
          text('/label', 'Label'),
          ...range('/hoursPerWeek', 'Hours a week'),
          ...range('/months', 'Months'),
          long('/note', 'Note', { optional: true }),
          id,
        ],
        {
          titleOf: (item, index) =>
            typeof item.label === 'string' && item.label.trim() ? item.label : `Pace ${index + 1}`,
          create: (items) => ({
            id: freshId(items, 'pace'),
            hoursPerWeek: { min: 5, max: 10 },
            months: { min: 6, max: 12 },
          }),
        },
      ),
    ],
  },
  {
    id: 'tiers',
    title: 'Stages',
    keys: ['tiers'],
    lists: [
      titled('/tiers', 'stage', [
        text('/title', 'Title'),
        long('/summary', 'Summary'),
        { at: '/steps', label: 'Steps, in order (their ids)', kind: 'list' },
        id,
      ]),
    ],
  },
  {
    id: 'steps',
    title: 'Steps',
    keys: ['steps'],
    lists: [
      titled(
        '/steps',
        'step',
        [
          text('/title', 'Title'),
          long('/summary', 'Summary'),
          markdown('/body', 'What to learn'),
          { at: '/estimatedHours', label: 'Estimated hours', kind: 'integer' },
          { at: '/topics', label: 'Topics', kind: 'list' },
          { at: '/resources', label: 'Resources (their ids in the resource library)', kind: 'list' },
          id,
        ],
        { create: (items) => ({ id: freshId(items, 'step'), topics: [], resources: [], estimatedHours: 1 }) },
      ),
    ],
  },
  {
    id: 'plan',
    title: 'Month plan',
    keys: ['plan'],
    fields: [long('/plan/summary', 'Summary', { optional: true })],
    lists: [
      {
        at: '/plan/months',
        noun: 'month',
        fields: [
          text('/title', 'Title'),
          { at: '/month', label: 'Month number', kind: 'integer' },
          { at: '/goals', label: 'Goals', kind: 'lines' },
          ...range('/hoursPerWeek', 'Hours a week'),
          { at: '/steps', label: 'Steps (their ids)', kind: 'list' },
        ],
        titleOf: (item, index) =>
          `Month ${typeof item.month === 'number' ? item.month : index + 1}${typeof item.title === 'string' && item.title ? `: ${item.title}` : ''}`,
        create: (items) => ({ month: items.length + 1, goals: [], steps: [], hoursPerWeek: { min: 5, max: 10 } }),
      },
    ],
  },
  {
    id: 'priorities',
    title: 'Priorities',
    keys: ['priorities'],
    lists: [
      titled(
        '/priorities',
        'priority',
        [
          text('/title', 'Title'),
          long('/reason', 'Why'),
          { at: '/rank', label: 'Rank', kind: 'integer' },
          { at: '/steps', label: 'Steps (their ids)', kind: 'list', optional: true },
          id,
        ],
        {
          create: (items) => ({ id: freshId(items, 'priority'), rank: items.length + 1 }),
        },
      ),
    ],
  },
  {
    id: 'challenges',
    title: 'Challenges',
    keys: ['challenges'],
    lists: [
      titled('/challenges', 'challenge', [
        text('/title', 'Title'),
        long('/symptoms', 'What it looks like'),
        long('/remedy', 'How to get through it'),
        id,
      ]),
    ],
  },
  {
    id: 'history',
    title: 'History and market',
    keys: ['history', 'market'],
    lists: [
      titled('/history', 'era', [text('/period', 'Period'), text('/title', 'Title'), long('/summary', 'Summary'), id]),
      titled('/market', 'market note', [text('/title', 'Title'), markdown('/body', 'Text'), id]),
    ],
  },
  {
    id: 'checklist',
    title: 'Checklist',
    keys: ['checklist'],
    lists: [detailed('/checklist', 'checklist item')],
  },
  {
    id: 'faq',
    title: 'Questions',
    keys: ['faq'],
    lists: [
      titled('/faq', 'question', [text('/question', 'Question'), markdown('/answer', 'Answer'), id], {
        titleOf: (item, index) =>
          typeof item.question === 'string' && item.question.trim() ? item.question : `Question ${index + 1}`,
      }),
    ],
  },
  {
    id: 'closing',
    title: 'Other paths and closing',
    keys: ['alternatives', 'closings', 'conclusion'],
    fields: [
      markdown('/conclusion', 'Conclusion'),
      markdown('/closings/history', 'After the history', { optional: true }),
      markdown('/closings/market', 'After the market notes', { optional: true }),
      markdown('/closings/checklist', 'After the checklist', { optional: true }),
    ],
    lists: [
      titled('/alternatives', 'other path', [
        text('/title', 'Title'),
        long('/detail', 'Detail'),
        text('/roadmap', 'Its Waymark roadmap (slug)', { optional: true }),
        id,
      ]),
    ],
  },
];

/** The section a problem's pointer is in (the overview for anything else). */
export const sectionOfPointer = (pointer: string) => {
  const key = pointer.split('/')[1] ?? '';
  return SECTIONS.find((section) => section.keys.includes(key)) ?? SECTIONS[0]!;
};
