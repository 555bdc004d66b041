import { NotFoundError } from '../../lib/errors.ts';
import type { ImportOptions, ImportSummary } from './content-import.repository.ts';
import type { ContentRepository } from './content.repository.ts';
import { bundleFiles, oneRoadmapFiles, writeContentFiles, type ContentFile } from './content-export.ts';
import { contentHash, loadContent } from './content.loader.ts';
import type { ContentBundle, RoadmapContent } from './content.schemas.ts';
import { DEFAULT_IMPORT_NOTES } from '../versions/versions.repository.ts';
import { resourceIdsIn } from './roadmap-checks.ts';

export interface ContentServiceDeps {
  contentRepository: ContentRepository;
  contentDir: string;
  /** Called after an import changed what the database holds, so caches (on every instance) drop what they keep. */
  onContentChanged: () => Promise<void>;
}

export type ImportOutcome = { imported: false; contentHash: string } | { imported: true; summary: ImportSummary };

export const createContentService = ({ contentRepository, contentDir, onContentChanged }: ContentServiceDeps) => {
  /**
   * The roadmaps with their latest version's notes as `changes:`, so files exported from the app and imported into
   * another database number their version with the notes it was published with. The notes an import gives when the
   * files have none are left out: written back, they would read as an author's.
   */
  const withChanges = async (roadmaps: RoadmapContent[]) => {
    const notes = await contentRepository.latestNotes(roadmaps.map((roadmap) => roadmap.slug));
    return roadmaps.map((roadmap) => {
      const changes = notes.get(roadmap.slug);
      return changes === undefined || changes === DEFAULT_IMPORT_NOTES ? roadmap : { ...roadmap, changes };
    });
  };

  const importBundle = async (bundle: ContentBundle, options?: ImportOptions) => {
    const summary = await contentRepository.importBundle(bundle, options);
    await onContentChanged();
    return summary;
  };

  return {
    /**
     * Validates, then imports in one transaction. Importing the same content twice changes nothing. `force` imports
     * even when the new versions make open drafts stale (decision 0033).
     */
    async importFrom(dir = contentDir, options?: ImportOptions): Promise<ImportSummary> {
      return importBundle(await loadContent(dir), options);
    },

    /**
     * At start: import only when the files differ from the last import, so a restart stays fast. Unchanged files
     * are not even parsed: they were valid when they were imported.
     */
    async importIfChanged(dir = contentDir): Promise<ImportOutcome> {
      const hash = await contentHash(dir);
      if ((await contentRepository.latestImportHash()) === hash) return { imported: false, contentHash: hash };
      return { imported: true, summary: await importBundle(await loadContent(dir)) };
    },

    /**
     * Writes what the database holds back as content files, in the format `loadContent` reads, into a new or empty
     * folder.
     */
    async exportTo(dir: string): Promise<{ roadmaps: number; steps: number; resources: number; hub: number }> {
      const stored = await contentRepository.readBundle();
      const bundle = { ...stored, roadmaps: await withChanges(stored.roadmaps) };
      await writeContentFiles(dir, bundleFiles(bundle));
      return {
        roadmaps: bundle.roadmaps.length,
        steps: bundle.roadmaps.reduce((sum, roadmap) => sum + roadmap.steps.length, 0),
        resources: bundle.resources.length,
        hub: bundle.hub.length,
      };
    },

    /** The published roadmap as a content folder of its own (content-export.ts), sorted by path; 404 without one. */
    async roadmapFiles(slug: string): Promise<ContentFile[]> {
      const published = await contentRepository.readRoadmap(slug);
      if (published === undefined) throw new NotFoundError(`There is no published roadmap "${slug}".`);
      const resources = await contentRepository.readResources(resourceIdsIn(published.content));
      const [roadmap] = await withChanges([published.content]);
      return oneRoadmapFiles(roadmap!, resources);
    },
  };
};

export type ContentService = ReturnType<typeof createContentService>;
