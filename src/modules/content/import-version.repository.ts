// The version a content import makes of one roadmap, made the way publishing makes one (docs/decisions/0033): the
// files' `replaces:`/`retired:` resolved against the version it replaces, refused when learners have progress on a
// removed step nothing accounts for, progress carried along the mapping and the mapping stored with the version, all
// in the import's transaction. It also says which open drafts the new version makes stale, for the import's guard.
import type { Transaction } from 'kysely';
import type { Database } from '../../infra/database.types.ts';
import { ConflictError } from '../../lib/errors.ts';
import { openDraftsBasedOn, type OpenDraft } from '../drafts/drafts.repository.ts';
import { carryProgress, stepsWithProgress, type CarriedProgress } from '../progress/progress-carry.repository.ts';
import { resolveStepMapping, unaccountedSteps } from '../versions/step-mapping.ts';
import {
  DEFAULT_IMPORT_NOTES,
  insertVersionIfChanged,
  latestVersionWithSteps,
} from '../versions/versions.repository.ts';
import type { ContentIssue } from './content-files.ts';
import type { RoadmapContent } from './content.schemas.ts';
import { applicableMapping, namesOfNoStep, type FileStepMapping } from './step-succession.ts';

export interface CarriedAlong {
  slug: string;
  mapped: Record<string, string[]>;
  retired: string[];
  carried: CarriedProgress;
}

export interface ImportedVersion {
  /** The new version's number; undefined when the roadmap did not change. */
  number: number | undefined;
  /** What the mapping did, when the new version has one. */
  carriedAlong: CarriedAlong | undefined;
  /** Removed steps learners have progress on that the files neither map nor retire: the import must not land. */
  issues: ContentIssue[];
  /** Open drafts started from the version this one replaces. */
  staleDrafts: OpenDraft[];
}

const NO_MAPPING: FileStepMapping = { entries: [], namedAt: new Map() };

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

/** After `writeRoadmap` in the same transaction: the successors' rows exist then, and the removed steps are archived. */
export const importVersion = async (
  trx: Transaction<Database>,
  roadmap: RoadmapContent,
  fileMapping: FileStepMapping = NO_MAPPING,
): Promise<ImportedVersion> => {
  const before = await latestVersionWithSteps(trx, roadmap.slug);
  const previousStepIds = before?.stepIds ?? [];
  const stepMapping = applicableMapping(fileMapping, previousStepIds, roadmap);
  // The loader's checks leave nothing the resolver refuses; it gives each old id its final successors.
  const resolved = resolveStepMapping(previousStepIds, roadmap, stepMapping);
  const inUse = await stepsWithProgress(trx, roadmap.slug, unaccountedSteps(previousStepIds, roadmap, resolved));
  const issues = inUse.length === 0 ? [] : unaccountedIssues(roadmap, inUse, fileMapping, previousStepIds);

  // A changed roadmap (or a new one) gets its next numbered version (decision 0028).
  const number = await insertVersionIfChanged(trx, roadmap.slug, {
    document: roadmap,
    notes: roadmap.changes ?? DEFAULT_IMPORT_NOTES,
    source: 'import',
    publishedBy: null,
    stepMapping,
  });
  if (number === undefined) return { number, carriedAlong: undefined, issues, staleDrafts: [] };
  const carriedAlong =
    stepMapping.length === 0
      ? undefined
      : {
          slug: roadmap.slug,
          mapped: Object.fromEntries(resolved.successors),
          retired: [...resolved.retired],
          carried: await carryProgress(trx, roadmap.slug, resolved),
        };
  return { number, carriedAlong, issues, staleDrafts: await openDraftsBasedOn(trx, roadmap.slug, before) };
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
