// The CSV form of a learner's progress export. Quoting and the guard against cells a spreadsheet would run as a
// formula are the shared writer's (lib/csv.ts). Pure: no database.
import { toCsv, type CsvCell } from '../../lib/csv.ts';

/** What the CSV takes from the export (`ProgressService['exportProgress']`). */
export interface ProgressExportForCsv {
  roadmaps: {
    slug: string;
    steps: { stepId: string; title: string | null; status: string; updatedAt: string }[];
    notes: { stepId: string; body: string }[];
  }[];
}

/** One row per step the learner marked or noted, with the note beside the status. */
export const progressToCsv = (data: ProgressExportForCsv) => {
  const rows: CsvCell[][] = [['roadmap', 'step_id', 'step_title', 'status', 'status_updated_at', 'note']];
  for (const roadmap of data.roadmaps) {
    const notes = new Map(roadmap.notes.map((note) => [note.stepId, note.body]));
    const stepIds = new Set([...roadmap.steps.map((step) => step.stepId), ...notes.keys()]);
    for (const stepId of stepIds) {
      const step = roadmap.steps.find((candidate) => candidate.stepId === stepId);
      rows.push([
        roadmap.slug,
        stepId,
        step?.title ?? '',
        step?.status ?? '',
        step?.updatedAt ?? '',
        notes.get(stepId) ?? '',
      ]);
    }
  }
  return toCsv(rows);
};
