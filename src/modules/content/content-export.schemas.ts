import { Type, type Static } from 'typebox';
import { Slug } from '../roadmaps/roadmaps.schemas.ts';

export const ExportRoadmapParams = Type.Object({ slug: Slug }, { additionalProperties: false });

export const ContentFiles = Type.Object(
  {
    files: Type.Array(
      Type.Object({
        path: Type.String({
          description: 'Relative to the content folder, with forward slashes, as in roadmaps/<slug>/roadmap.yaml',
        }),
        content: Type.String({ description: 'The text of the file (UTF-8)' }),
      }),
      { description: 'Sorted by path' },
    ),
  },
  {
    description:
      'One roadmap as a content folder (docs/content-format.md): its roadmap.yaml, a file for each step, and ' +
      'resources/resources.yaml with the resources its steps link, so the folder loads and imports on its own',
  },
);
export type ContentFiles = Static<typeof ContentFiles>;
