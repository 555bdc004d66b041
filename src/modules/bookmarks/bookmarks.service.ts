// Step bookmarks: the steps of any roadmap a learner keeps to come back to, newest first.
import { Type } from 'typebox';
import { CursorRowId, pageOf, resumeFrom, rowsForPage } from '../../lib/cursor.ts';
import { ConflictError, NotFoundError } from '../../lib/errors.ts';
import type { RoadmapsService } from '../roadmaps/roadmaps.service.ts';
import type { BookmarkKey, BookmarksRepository } from './bookmarks.repository.ts';
import type { Bookmark } from './bookmarks.schemas.ts';

/** Bookmarks per account: far more than one person revisits, and an export that stays small (decision 0013). */
export const MAX_BOOKMARKS = 500;

const BookmarkCursor = Type.Object({ before: CursorRowId }, { additionalProperties: false });

type BookmarkRow = NonNullable<Awaited<ReturnType<BookmarksRepository['find']>>>;

const toBookmark = (row: BookmarkRow): Bookmark => ({
  roadmap: { slug: row.slug, title: row.roadmapTitle },
  step: { id: row.stepId, title: row.stepTitle },
  bookmarkedAt: row.createdAt.toISOString(),
  href: row.archived ? null : `/v1/roadmaps/${encodeURIComponent(row.slug)}/steps/${encodeURIComponent(row.stepId)}`,
});

export const createBookmarksService = ({
  bookmarksRepository,
  roadmapsService,
}: {
  bookmarksRepository: BookmarksRepository;
  roadmapsService: Pick<RoadmapsService, 'getRoadmapDocument'>;
}) => {
  /** A 404 naming the roadmap or the step when the published content has no such step. */
  const requirePublishedStep = async ({ slug, stepId }: BookmarkKey) => {
    const { document } = await roadmapsService.getRoadmapDocument(slug);
    if (!document.tiers.some((tier) => tier.steps.some((step) => step.id === stepId))) {
      throw new NotFoundError(`Roadmap "${slug}" has no step "${stepId}".`);
    }
  };

  const find = async (key: BookmarkKey) => {
    const row = await bookmarksRepository.find(key);
    if (row === undefined) throw new NotFoundError(`You have not bookmarked step "${key.stepId}" of "${key.slug}".`);
    return toBookmark(row);
  };

  return {
    /** Idempotent: `created` is false when the step was bookmarked already (its time stays the first one). */
    async add(key: BookmarkKey): Promise<{ bookmark: Bookmark; created: boolean }> {
      await requirePublishedStep(key);
      const outcome = await bookmarksRepository.add(key, MAX_BOOKMARKS);
      if (outcome === 'full') {
        throw new ConflictError(
          `You already have ${MAX_BOOKMARKS} bookmarks, the most one account can keep. Remove one you no longer ` +
            'need, then bookmark this step.',
        );
      }
      return { bookmark: await find(key), created: outcome === 'added' };
    },

    find,

    async list(userId: string, cursor: string | undefined, limit: number) {
      const before = resumeFrom(cursor, BookmarkCursor)?.before;
      const rows = await bookmarksRepository.listBefore(userId, before, rowsForPage(limit));
      const page = pageOf(rows, limit, (last) => ({ before: last.id }));
      return { items: page.items.map(toBookmark), nextCursor: page.nextCursor };
    },

    /** Every bookmark of the account, newest first, for the personal-data export (bounded by MAX_BOOKMARKS). */
    async allOf(userId: string) {
      return (await bookmarksRepository.listBefore(userId, undefined, MAX_BOOKMARKS)).map(toBookmark);
    },

    /** Works for a step the content has since archived too, so an old bookmark can always go. */
    async remove(key: BookmarkKey) {
      if (!(await bookmarksRepository.remove(key))) {
        throw new NotFoundError(`You have not bookmarked step "${key.stepId}" of "${key.slug}".`);
      }
    },
  };
};

export type BookmarksService = ReturnType<typeof createBookmarksService>;
