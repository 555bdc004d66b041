// The version a content import makes of one roadmap, made the way publishing makes one (docs/decisions/0033 and
// 0044): the files' `replaces:`/`retired:` for steps and for checklist items resolved against the version it
// replaces, refused when learners have progress on a removed step, or answers to a removed checklist item, that
// nothing accounts for, progress and answers carried along the mappings and the mappings stored with the version, all
// in the import's transaction. It also says which open drafts the new version makes stale, for the import's guard.
import type { Transaction } from 'kysely';
import type { Database } from '../../infra/database.types.ts';
import { ConflictError } from '../../lib/errors.ts';
import { openDraftsBasedOn, type OpenDraft } from '../drafts/drafts.repository.ts';
import {
  carryChecklistAnswers,
  carryProgress,
  checklistItemsAnswered,
  stepsWithProgress,
  type CarriedProgress,
} from '../progress/progress-carry.repository.ts';
import { resolveChecklistMapping } from '../versions/checklist-mapping.ts';
import { resolveStepMapping, unaccountedSteps } from '../versions/step-mapping.ts';
import { unmappedRemovals } from '../versions/version-mapping.ts';
import {
  DEFAULT_IMPORT_NOTES,
  insertVersionIfChanged,
  latestVersionWithSteps,
} from '../versions/versions.repository.ts';
import type { ContentIssue } from './content-files.ts';
import type { RoadmapContent } from './content.schemas.ts';
import {
  applicableEntries,
  applicableMapping,
  namesOfNoStep,
  type FileMapping,
  type FileStepMapping,
} from './step-succession.ts';

export interface CarriedAlong {
  slug: string;
  mapped: Record<string, string[]>;
  retired: string[];
  carried: CarriedProgress;
}

/** What the checklist mapping did: as a publish's audit entry says it (decision 0036). */
export interface ChecklistCarriedAlong {
  slug: string;
  mapped: Record<string, string[]>;
  retired: string[];
  carried: { checklistAnswers: number };
}

export interface ImportedVersion {
  /** The new version's number; undefined when the roadmap did not change. */
  number: number | undefined;
  /** What the mapping did, when the new version has one. */
  carriedAlong: CarriedAlong | undefined;
  /** What the checklist mapping did, when the new version has one. */
  checklistCarriedAlong: ChecklistCarriedAlong | undefined;
  /**
   * Removed steps learners have progress on, and removed checklist items they answered, that the files neither map
   * nor retire: the import must not land.
   */
  issues: ContentIssue[];
  /** Open drafts started from the version this one replaces. */
  staleDrafts: OpenDraft[];
}

const NO_MAPPING: FileMapping = { entries: [], namedAt: new Map() };

/** Why the import refuses, file by file: each step learners follow, and any id in the files that names no step. */
const unaccountedIssues = (
  roadmap: RoadmapContent,
  inUse: string[],
  mapping: FileStepMapping,
  previousStepIds: string[],
): ContentIssue[] => [
  ...inUse.map((stepId) => ({
    file: `roadmaps/${roadmap.slug}/roadmap.yaml`,
    pointer: '/retired',
    message:
      `learners have progress on step "${stepId}" of roadmap "${roadmap.slug}", which this import removes: name it ` +
      'in `replaces:` of the step(s) that take its place, or in `retired:` here, so their progress is kept',
  })),
  // A misspelt old id is left out as history; when a removal is refused, it is the likely cause.
  ...namesOfNoStep(mapping, previousStepIds).flatMap(([old, places]) =>
    places.map((place) => ({
      ...place,
      message: `"${old}" is not a step of roadmap "${roadmap.slug}" as published, so it accounts for nothing here`,
    })),
  ),
];

/** Why the import refuses for checklist items: each one learners answered, and any id that names no item. */
const unansweredIssues = (
  roadmap: RoadmapContent,
  answered: string[],
  mapping: FileMapping,
  previousItemIds: string[],
): ContentIssue[] => [
  ...answered.map((itemId) => ({
    file: `roadmaps/${roadmap.slug}/roadmap.yaml`,
    pointer: '/retiredChecklistItems',
    message:
      `learners have answered checklist item "${itemId}" of roadmap "${roadmap.slug}", which this import removes: ` +
      'name it in `replaces:` of the checklist item(s) that take its place, or in `retiredChecklistItems:` here, ' +
      'so their answers are kept',
  })),
  ...namesOfNoStep(mapping, previousItemIds).flatMap(([old, places]) =>
    places.map((place) => ({
      ...place,
      message: `"${old}" is not a checklist item of roadmap "${roadmap.slug}" as published, so it accounts for nothing here`,
    })),
  ),
];

/**
 * The checklist side of a new version: the part of the files' checklist mapping that applies, resolved by the rules
 * of every mapping, and the issues when answered items go unaccounted for.
 */
const checklistChange = async (
  trx: Transaction<Database>,
  roadmap: RoadmapContent,
  fileMapping: FileMapping,
  previousItemIds: string[],
) => {
  const nextIds = roadmap.checklist.map((item) => item.id);
  const entries = applicableEntries(fileMapping, previousItemIds, nextIds);
  const resolved = resolveChecklistMapping(previousItemIds, roadmap, entries);
  const answered = await checklistItemsAnswered(
    trx,
    roadmap.slug,
    unmappedRemovals(previousItemIds, nextIds, resolved),
  );
  const issues = answered.length === 0 ? [] : unansweredIssues(roadmap, answered, fileMapping, previousItemIds);
  return { entries, resolved, issues };
};

/** After `writeRoadmap` in the same transaction: the successors' rows exist then, and the removed steps are archived. */
export const importVersion = async (
  trx: Transaction<Database>,
  roadmap: RoadmapContent,
  fileMapping: FileStepMapping = NO_MAPPING,
  fileChecklistMapping: FileMapping = NO_MAPPING,
): Promise<ImportedVersion> => {
  const before = await latestVersionWithSteps(trx, roadmap.slug);
  const previousStepIds = before?.stepIds ?? [];
  const stepMapping = applicableMapping(fileMapping, previousStepIds, roadmap);
  // The loader's checks leave nothing the resolver refuses; it gives each old id its final successors.
  const resolved = resolveStepMapping(previousStepIds, roadmap, stepMapping);
  const inUse = await stepsWithProgress(trx, roadmap.slug, unaccountedSteps(previousStepIds, roadmap, resolved));
  const checklist = await checklistChange(trx, roadmap, fileChecklistMapping, before?.checklistItemIds ?? []);
  const issues = [
    ...(inUse.length === 0 ? [] : unaccountedIssues(roadmap, inUse, fileMapping, previousStepIds)),
    ...checklist.issues,
  ];

  // A changed roadmap (or a new one) gets its next numbered version (decision 0028).
  const number = await insertVersionIfChanged(trx, roadmap.slug, {
    document: roadmap,
    notes: roadmap.changes ?? DEFAULT_IMPORT_NOTES,
    source: 'import',
    publishedBy: null,
    stepMapping,
    checklistMapping: checklist.entries,
  });
  if (number === undefined) {
    return { number, carriedAlong: undefined, checklistCarriedAlong: undefined, issues, staleDrafts: [] };
  }
  const carriedAlong =
    stepMapping.length === 0
      ? undefined
      : {
          slug: roadmap.slug,
          mapped: Object.fromEntries(resolved.successors),
          retired: [...resolved.retired],
          carried: await carryProgress(trx, roadmap.slug, resolved),
        };
  const checklistCarriedAlong =
    checklist.entries.length === 0
      ? undefined
      : {
          slug: roadmap.slug,
          mapped: Object.fromEntries(checklist.resolved.successors),
          retired: [...checklist.resolved.retired],
          carried: { checklistAnswers: await carryChecklistAnswers(trx, roadmap.slug, checklist.resolved) },
        };
  return {
    number,
    carriedAlong,
    checklistCarriedAlong,
    issues,
    staleDrafts: await openDraftsBasedOn(trx, roadmap.slug, before),
  };
};

/** An import that would make open drafts stale, refused unless forced; nothing was written. */
export class StaleDraftsError extends ConflictError {
  readonly drafts: (OpenDraft & { roadmap: string })[];
  constructor(drafts: (OpenDraft & { roadmap: string })[]) {
    const lines = drafts.map(
      (draft) =>
        `  - roadmap "${draft.roadmap}": draft "${draft.title}" by ${draft.authorName ?? 'a deleted account'} ` +
        `(${draft.id}, ${draft.status.replace('_', ' ')})`,
    );
    super(
      'The import would publish a new version of roadmaps that have open drafts based on the version published ' +
        'now; those drafts could not be published after it. Nothing was imported.\n' +
        `${lines.join('\n')}\n` +
        'Publish or discard the drafts first, or import with --force: the drafts stay, and publishing one is then ' +
          'refused as stale (its editor starts a new draft from the new version).',
      drafts.map((draft) => ({
        in: `roadmaps/${draft.roadmap}/roadmap.yaml`,
        pointer: '',
        detail: `has an open draft "${draft.title}" (${draft.id})`,
      })),
    );
    this.drafts = drafts;
  }
}
