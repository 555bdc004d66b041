// The step mapping (decision 0032): what became of the steps a new version no longer has. The rules are the ones
// every mapping follows (version-mapping.ts); this names them for steps, as `mapping` in a publish request.
import type { RoadmapContent } from '../content/content.schemas.ts';
import {
  mappingEntrySchema,
  resolveMapping,
  unmappedRemovals,
  type MappingEntry,
  type ResolvedMapping,
} from './version-mapping.ts';

export const STEP_MAPPING = { noun: 'step', pointer: '/mapping' } as const;

export const StepMappingEntrySchema = mappingEntrySchema('step', 'steps');
/** `{ from: string; to: string[] } | { from: string; retire: true }` */
export type StepMappingEntry = MappingEntry;
export type ResolvedStepMapping = ResolvedMapping;

/** Checks the mapping against the steps of the old version and the new document; 400 naming `/mapping/…`. */
export const resolveStepMapping = (
  previousStepIds: string[],
  next: RoadmapContent,
  mapping: StepMappingEntry[],
): ResolvedStepMapping =>
  resolveMapping(
    STEP_MAPPING,
    previousStepIds,
    next.steps.map((step) => step.id),
    mapping,
  );

/**
 * The steps of the version being replaced that the new document drops with no word on them: neither mapped on nor
 * retired. Publishing and the import refuse when learners have progress on any of these (decision 0032).
 */
export const unaccountedSteps = (previousStepIds: string[], next: RoadmapContent, resolved: ResolvedStepMapping) =>
  unmappedRemovals(
    previousStepIds,
    next.steps.map((step) => step.id),
    resolved,
  );
