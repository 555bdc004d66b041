// Public vote counts are read far more often than votes are cast: they are kept briefly in memory and dropped for a
// roadmap as soon as one of its votes changes. The interface is all the service sees, so a cache shared by several
// instances (Redis) can take this one's place.
import type { FeedbackSummary } from './feedback.schemas.ts';

export interface SummaryCache {
  get(roadmap: string, target: string | undefined): Promise<FeedbackSummary | undefined>;
  set(roadmap: string, target: string | undefined, summary: FeedbackSummary): Promise<void>;
  /** Forgets every cached summary of the roadmap. */
  invalidate(roadmap: string): Promise<void>;
}

const ALL_TARGETS = '*';

export const createMemorySummaryCache = ({ ttlMs, now = Date.now }: { ttlMs: number; now?: () => number }) => {
  const byRoadmap = new Map<string, Map<string, { expiresAt: number; summary: FeedbackSummary }>>();
  const cache: SummaryCache = {
    get(roadmap, target) {
      const entry = byRoadmap.get(roadmap)?.get(target ?? ALL_TARGETS);
      return Promise.resolve(entry !== undefined && entry.expiresAt > now() ? entry.summary : undefined);
    },
    set(roadmap, target, summary) {
      const entries = byRoadmap.get(roadmap) ?? new Map<string, { expiresAt: number; summary: FeedbackSummary }>();
      entries.set(target ?? ALL_TARGETS, { expiresAt: now() + ttlMs, summary });
      byRoadmap.set(roadmap, entries);
      return Promise.resolve();
    },
    invalidate(roadmap) {
      byRoadmap.delete(roadmap);
      return Promise.resolve();
    },
  };
  return cache;
};
