import fs from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import type { ImportOptions, ImportSummary } from './content-import.repository.ts';
import type { ContentRepository } from './content.repository.ts';
import { contentHash, loadContent } from './content.loader.ts';
import type { ContentBundle, RoadmapContent } from './content.schemas.ts';
import { HUB_FOLDERS, type HubEntryContent } from './hub-content.schemas.ts';

export interface ContentServiceDeps {
  contentRepository: ContentRepository;
  contentDir: string;
  /** Called after an import changed what the database holds, so caches (on every instance) drop what they keep. */
  onContentChanged: () => Promise<void>;
}

export type ImportOutcome = { imported: false; contentHash: string } | { imported: true; summary: ImportSummary };

const yamlText = (value: unknown) => YAML.stringify(value, { lineWidth: 0 });

const roadmapFileOf = ({ steps: _steps, ...roadmapFile }: RoadmapContent) => roadmapFile;

const stepFileText = (step: RoadmapContent['steps'][number]) => {
  const { body, ...frontMatter } = step;
  return `---\n${yamlText(frontMatter)}---\n${body}\n`;
};

const hubFileText = ({ kind: _kind, body, ...frontMatter }: HubEntryContent) =>
  `---\n${yamlText(frontMatter)}---\n${body}\n`;

export const createContentService = ({ contentRepository, contentDir, onContentChanged }: ContentServiceDeps) => {
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

    /** Writes what the database holds back as content files, in the format `loadContent` reads. */
    async exportTo(dir: string): Promise<{ roadmaps: number; steps: number; resources: number; hub: number }> {
      const bundle = await contentRepository.readBundle();
      await fs.mkdir(path.join(dir, 'resources'), { recursive: true });
      await fs.writeFile(path.join(dir, 'resources', 'resources.yaml'), yamlText({ resources: bundle.resources }));
      let steps = 0;
      for (const roadmap of bundle.roadmaps) {
        const roadmapDir = path.join(dir, 'roadmaps', roadmap.slug);
        await fs.mkdir(path.join(roadmapDir, 'steps'), { recursive: true });
        await fs.writeFile(path.join(roadmapDir, 'roadmap.yaml'), yamlText(roadmapFileOf(roadmap)));
        for (const step of roadmap.steps) {
          await fs.writeFile(path.join(roadmapDir, 'steps', `${step.id}.md`), stepFileText(step));
          steps += 1;
        }
      }
      for (const entry of bundle.hub) {
        const folder = path.join(dir, 'hub', HUB_FOLDERS[entry.kind]);
        await fs.mkdir(folder, { recursive: true });
        await fs.writeFile(path.join(folder, `${entry.id}.md`), hubFileText(entry));
      }
      return { roadmaps: bundle.roadmaps.length, steps, resources: bundle.resources.length, hub: bundle.hub.length };
    },
  };
};

export type ContentService = ReturnType<typeof createContentService>;
