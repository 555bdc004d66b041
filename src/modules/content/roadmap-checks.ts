// The checks a roadmap must pass beyond its schema — ids unique in every list, steps placed in exactly one tier,
// links to steps and resources that exist, months and ranks in order — written once for both places a roadmap comes
// from: a content folder (content.loader.ts, where each step is a file) and a draft written in the app
// (roadmap-document.ts, where the steps are a list inside one document).
import { isDate } from '../../lib/value-rules.ts';
import { conforms, createIssueList, findDuplicates, type ContentIssue, type IssueList } from './content-files.ts';
import { RoadmapContentSchema, type RoadmapContent } from './content.schemas.ts';

/** Where each step of a roadmap is written, and how to say that one is missing or unplaced. */
export interface StepPlaces {
  /** Step id → its file and the JSON pointer of the step within it ('' when the file is the step). */
  places: Map<string, { file: string; pointer: string }>;
  missing: (stepId: string) => string;
  unplaced: (stepId: string) => string;
}

const checkUniqueIds = (items: { id: string }[], file: string, pointer: string, issues: IssueList) => {
  for (const id of new Set(findDuplicates(items.map((item) => item.id)))) {
    const index = items.map((item) => item.id).lastIndexOf(id);
    issues.add(file, `${pointer}/${index}/id`, `duplicate id "${id}"`);
  }
};

const LISTS_WITH_IDS = [
  'duties',
  'keepInMind',
  'beforeYouStart',
  'durations',
  'history',
  'market',
  'tiers',
  'priorities',
  'challenges',
  'checklist',
  'faq',
  'alternatives',
] as const;

export const checkRoadmapLinks = (
  roadmap: RoadmapContent,
  steps: StepPlaces,
  resourceIds: ReadonlySet<string>,
  file: string,
  issues: IssueList,
) => {
  for (const list of LISTS_WITH_IDS) checkUniqueIds(roadmap[list], file, `/${list}`, issues);
  if (!isDate(roadmap.edition.updated)) {
    issues.add(file, '/edition/updated', `"${roadmap.edition.updated}" is not a date of the calendar`);
  }

  const placed = new Map<string, string>();
  roadmap.tiers.forEach((tier, t) =>
    tier.steps.forEach((stepId, s) => {
      const pointer = `/tiers/${t}/steps/${s}`;
      if (placed.has(stepId)) issues.add(file, pointer, `step "${stepId}" is already placed at ${placed.get(stepId)}`);
      else placed.set(stepId, pointer);
      if (!steps.places.has(stepId)) issues.add(file, pointer, steps.missing(stepId));
    }),
  );
  for (const [stepId, place] of steps.places) {
    if (!placed.has(stepId)) issues.add(place.file, place.pointer, steps.unplaced(stepId));
  }

  const checkStepLink = (stepId: string, pointer: string) => {
    if (!placed.has(stepId) || !steps.places.has(stepId)) issues.add(file, pointer, `links to unknown step "${stepId}"`);
  };
  roadmap.plan.months.forEach((month, m) => {
    if (month.month !== m + 1) issues.add(file, `/plan/months/${m}/month`, `expected month ${m + 1}, found ${month.month}`);
    if (month.hoursPerWeek.min > month.hoursPerWeek.max) {
      issues.add(file, `/plan/months/${m}/hoursPerWeek`, 'min is greater than max');
    }
    month.steps.forEach((stepId, s) => checkStepLink(stepId, `/plan/months/${m}/steps/${s}`));
  });
  roadmap.priorities.forEach((priority, p) => {
    if (priority.rank !== p + 1) issues.add(file, `/priorities/${p}/rank`, `expected rank ${p + 1}, found ${priority.rank}`);
    priority.steps?.forEach((stepId, s) => checkStepLink(stepId, `/priorities/${p}/steps/${s}`));
  });
  roadmap.durations.forEach((duration, d) => {
    for (const range of ['hoursPerWeek', 'months'] as const) {
      if (duration[range].min > duration[range].max) {
        issues.add(file, `/durations/${d}/${range}`, 'min is greater than max');
      }
    }
  });
  for (const step of roadmap.steps) {
    const place = steps.places.get(step.id) ?? { file, pointer: '' };
    step.resources.forEach((resourceId, r) => {
      if (!resourceIds.has(resourceId)) {
        issues.add(place.file, `${place.pointer}/resources/${r}`, `links to unknown resource "${resourceId}"`);
      }
    });
    for (const duplicate of new Set(findDuplicates(step.resources))) {
      issues.add(place.file, `${place.pointer}/resources`, `lists resource "${duplicate}" twice`);
    }
  }
};

/** The name issues about a draft's document carry instead of a file. */
export const DOCUMENT = 'document';

/**
 * Checks a whole roadmap held as one document (a draft): its schema, then the same links a content folder's roadmap
 * is checked for, with every issue's pointer inside the document (`/steps/3/estimatedHours`). `resourceIds`: the
 * resources that exist, among those the document names. An empty list means the document is valid.
 */
export const checkRoadmapDocument = (
  document: unknown,
  resourceIds: ReadonlySet<string>,
): ContentIssue[] => {
  const issues = createIssueList();
  if (!conforms(RoadmapContentSchema, document, DOCUMENT, issues)) return issues.issues;
  const roadmap = document as RoadmapContent;
  const places = new Map<string, { file: string; pointer: string }>();
  roadmap.steps.forEach((step, index) => {
    if (places.has(step.id)) issues.add(DOCUMENT, `/steps/${index}/id`, `duplicate id "${step.id}"`);
    else places.set(step.id, { file: DOCUMENT, pointer: `/steps/${index}` });
  });
  checkRoadmapLinks(
    roadmap,
    {
      places,
      missing: (stepId) => `step "${stepId}" is not among the roadmap's steps`,
      unplaced: (stepId) => `step "${stepId}" is not placed in any tier`,
    },
    resourceIds,
    DOCUMENT,
    issues,
  );
  return issues.issues;
};

/** Every resource id a roadmap document names, for looking up which exist before checking it. */
export const resourceIdsIn = (document: unknown): string[] => {
  const steps = (document as { steps?: unknown } | null)?.steps;
  if (!Array.isArray(steps)) return [];
  return [
    ...new Set(
      steps.flatMap((step: unknown) => {
        const resources = (step as { resources?: unknown } | null)?.resources;
        return Array.isArray(resources) ? resources.filter((id): id is string => typeof id === 'string') : [];
      }),
    ),
  ];
};
