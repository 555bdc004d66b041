// The checklist mapping (decision 0036): what became of the checklist items a new version no longer has, by the
// rules every mapping follows (version-mapping.ts), as `checklistMapping` in a publish request. Learners' answers
// follow it as statuses follow the step mapping.
import type { RoadmapContent } from '../content/content.schemas.ts';
import { mappingEntrySchema, resolveMapping, type MappingEntry, type ResolvedMapping } from './version-mapping.ts';

export const CHECKLIST_MAPPING = { noun: 'checklist item', pointer: '/checklistMapping' } as const;

export const ChecklistMappingEntrySchema = mappingEntrySchema('checklist item', 'checklist items');
export type ChecklistMappingEntry = MappingEntry;
export type ResolvedChecklistMapping = ResolvedMapping;

/** Checks the mapping against the items of the old version and the new document; 400 naming `/checklistMapping/…`. */
export const resolveChecklistMapping = (
  previousItemIds: string[],
  next: RoadmapContent,
  mapping: ChecklistMappingEntry[],
): ResolvedChecklistMapping =>
  resolveMapping(
    CHECKLIST_MAPPING,
    previousItemIds,
    next.checklist.map((item) => item.id),
    mapping,
  );
