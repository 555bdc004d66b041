// A learner's "what changed since you were last here" and its dismissal (decision 0032).
import { NotFoundError, ValidationError } from '../../lib/errors.ts';
import { stepChangesOf } from './version-changes.ts';
import type { VersionChanges } from './version-changes.schemas.ts';
import { diffVersions } from './version-diff.ts';
import type { SeenVersionsRepository } from './seen-versions.repository.ts';
import type { VersionsRepository } from './versions.repository.ts';

export interface VersionChangesServiceDeps {
  versionsRepository: Pick<VersionsRepository, 'findLatestVersion' | 'findVersion'>;
  seenVersionsRepository: SeenVersionsRepository;
}

export const createVersionChangesService = ({
  versionsRepository,
  seenVersionsRepository,
}: VersionChangesServiceDeps) => {
  const currentOf = async (slug: string) => {
    const current = await versionsRepository.findLatestVersion(slug);
    if (current === undefined) throw new NotFoundError(`There is no roadmap "${slug}".`);
    return current;
  };

  return {
    /** Empty lists when the learner is up to date or never saw a version. */
    async changesSince(userId: string, slug: string): Promise<VersionChanges> {
      const current = await currentOf(slug);
      const seenVersion = await seenVersionsRepository.seenVersion(userId, slug);
      const facts = {
        roadmap: { slug, title: current.document.title },
        seenVersion,
        currentVersion: current.number,
      };
      const seen =
        seenVersion === null || seenVersion >= current.number
          ? undefined
          : await versionsRepository.findVersion(slug, seenVersion);
      if (seen === undefined) return { ...facts, added: [], changed: [], moved: [] };
      return { ...facts, ...stepChangesOf(diffVersions(seen, current), current.document) };
    },

    async dismiss(userId: string, slug: string, version: number) {
      const current = await currentOf(slug);
      if (version > current.number) {
        throw new ValidationError(`Roadmap "${slug}" is at version ${current.number}.`, [
          { in: 'body', pointer: '/version', detail: `is beyond the current version ${current.number}` },
        ]);
      }
      await seenVersionsRepository.markSeen(userId, slug, version);
    },
  };
};

export type VersionChangesService = ReturnType<typeof createVersionChangesService>;
