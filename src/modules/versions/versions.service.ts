import { NotFoundError } from '../../lib/errors.ts';
import { diffVersions, summaryOf } from './version-diff.ts';
import type { VersionsRepository } from './versions.repository.ts';
import type { Version, VersionDiff, VersionSummary } from './versions.schemas.ts';

export interface VersionsServiceDeps {
  versionsRepository: Pick<VersionsRepository, 'listVersions' | 'findVersion' | 'roadmapExists'>;
}

const noRoadmap = (slug: string) => new NotFoundError(`There is no roadmap "${slug}".`);

export const createVersionsService = ({ versionsRepository }: VersionsServiceDeps) => {
  const findVersion = async (slug: string, number: number) => {
    const row = await versionsRepository.findVersion(slug, number);
    if (row !== undefined) return row;
    if (!(await versionsRepository.roadmapExists(slug))) throw noRoadmap(slug);
    throw new NotFoundError(`Roadmap "${slug}" has no version ${number}.`);
  };

  return {
    /** Newest first, each with counts of what changed since the one before. */
    async listVersions(slug: string): Promise<{ items: VersionSummary[] }> {
      const rows = await versionsRepository.listVersions(slug);
      if (rows.length === 0 && !(await versionsRepository.roadmapExists(slug))) throw noRoadmap(slug);
      const items = rows.map(({ document, publishedAt, ...facts }, index) => {
        const previous = rows[index + 1];
        const changes =
          previous === undefined
            ? { stepsAdded: 0, stepsRemoved: 0, stepsChanged: 0, textsChanged: 0 }
            : summaryOf(diffVersions(previous, { number: facts.number, document }));
        return { ...facts, publishedAt: publishedAt.toISOString(), changes };
      });
      return { items };
    },

    async getVersion(slug: string, number: number): Promise<Version> {
      const { publishedAt, ...version } = await findVersion(slug, number);
      return { ...version, publishedAt: publishedAt.toISOString() };
    },

    /** What changed from version `from` to version `to` (either order: from 3 to 1 reads as undoing). */
    async diff(slug: string, from: number, to: number): Promise<VersionDiff> {
      const [before, after] = await Promise.all([findVersion(slug, from), findVersion(slug, to)]);
      return diffVersions(before, after);
    },
  };
};

export type VersionsService = ReturnType<typeof createVersionsService>;
