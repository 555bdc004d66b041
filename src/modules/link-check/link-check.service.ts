// The link check: a run takes the links checked longest ago (a bounded batch), checks them one at a time with a
// pause between two requests to the same host, and records each outcome and what it adds up to (link-state.ts).
// Editors list the links by state and can ask for a run now.
import type { JobQueue, QueueName } from '../../infra/jobs.ts';
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import { pageOf, resumeFrom, rowsForPage } from '../../lib/cursor.ts';
import type { LinkOutcome, ResourceType } from '../../lib/enums.ts';
import { ConflictError } from '../../lib/errors.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { SignedInActor } from '../audit/actor.ts';
import type { LinkCheckRepository, LinkRow } from './link-check.repository.ts';
import { LinkCursor, type LinkPage, type ListLinksQuery } from './link-check.schemas.ts';
import { nextLinkState } from './link-state.ts';
import { hostOf, type LinkProbe } from './probe.ts';

export const LINK_CHECK_QUEUE: QueueName = 'links.check';

export interface LinkCheckServiceDeps {
  linkCheckRepository: LinkCheckRepository;
  probe: Pick<LinkProbe, 'probe'>;
  jobs: Pick<JobQueue, 'queued'>;
  transact: UnitOfWork<{
    auditRepository: Pick<AuditRepository, 'record'>;
    queueJob: (queue: QueueName, data: object) => Promise<void>;
  }>;
  /** Told after a run that checked something: readers' roadmap pages show each link's state and check time. */
  onLinksChecked: () => Promise<void>;
  enabled: boolean;
  batchSize: number;
  hostDelayMs: number;
  /** A run stops starting new checks after this long; the rest wait for the next run (pg-boss expires long jobs). */
  runBudgetMs?: number;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const toItem = (row: LinkRow): LinkPage['items'][number] => ({
  resource: {
    id: row.resourceId,
    type: row.type as ResourceType,
    title: row.title,
    url: row.url,
    publisher: row.publisher,
  },
  usedBy: row.usedBy,
  state: row.state,
  since: row.since.toISOString(),
  checkedAt: row.checkedAt.toISOString(),
  lastOutcome: row.lastOutcome,
  httpStatus: row.httpStatus,
  finalUrl: row.finalUrl,
  reason: row.reason,
  consecutiveFailures: row.consecutiveFailures,
});

export const createLinkCheckService = ({
  linkCheckRepository,
  probe,
  jobs,
  transact,
  onLinksChecked,
  enabled,
  batchSize,
  hostDelayMs,
  runBudgetMs = 10 * 60 * 1000,
  now = () => new Date(),
  sleep = wait,
}: LinkCheckServiceDeps) => {
  /** When each host last finished answering in this run, to keep the pause between two checks on it. */
  const paceFor = () => {
    const lastDone = new Map<string, number>();
    return {
      async waitFor(host: string) {
        const last = lastDone.get(host);
        const pause = last === undefined ? 0 : last + hostDelayMs - Date.now();
        if (pause > 0) await sleep(pause);
      },
      done: (host: string) => lastDone.set(host, Date.now()),
    };
  };

  return {
    /** One run of the scheduled `links.check` job: how many links it checked, and how many of each outcome. */
    async run() {
      const counts: Record<LinkOutcome, number> & { checked: number } = {
        checked: 0,
        ok: 0,
        moved: 0,
        dead: 0,
        error: 0,
      };
      if (!enabled) return counts;
      const started = Date.now();
      const pace = paceFor();
      for (const link of await linkCheckRepository.listLinksToCheck(batchSize)) {
        if (Date.now() - started > runBudgetMs) break;
        const host = hostOf(link.url);
        await pace.waitFor(host);
        const result = await probe.probe(link.url);
        pace.done(host);
        const state = nextLinkState(link.previous, result.outcome, now());
        await linkCheckRepository.recordCheck(
          link.resourceId,
          {
            outcome: result.outcome,
            httpStatus: result.httpStatus,
            finalUrl: result.finalUrl,
            durationMs: result.durationMs,
            reason: result.reason,
          },
          state,
        );
        counts.checked += 1;
        counts[result.outcome] += 1;
      }
      if (counts.checked > 0) await onLinksChecked();
      return counts;
    },

    /** Queues a run now unless one already waits; the request is audited with the job, in one transaction. */
    async requestRun(editor: SignedInActor) {
      if (!enabled) throw new ConflictError('Link checks are turned off on this Waymark (LINK_CHECK_ENABLED).');
      if ((await jobs.queued(LINK_CHECK_QUEUE)) > 0) return { queued: true as const, alreadyQueued: true };
      await transact(async (unit) => {
        await unit.queueJob(LINK_CHECK_QUEUE, {});
        await unit.auditRepository.record({
          action: 'links.check_requested',
          actorId: editor.userId,
          ip: editor.ip,
          userAgent: editor.userAgent,
        });
      });
      return { queued: true as const, alreadyQueued: false };
    },

    async listLinks(query: ListLinksQuery): Promise<LinkPage> {
      const limit = query.limit ?? 20;
      const after = resumeFrom(query.cursor, LinkCursor)?.after;
      const rows = await linkCheckRepository.listLinks(query.state, after, rowsForPage(limit));
      const page = pageOf(rows, limit, (last) => ({ after: last.resourceId }));
      return { items: page.items.map(toItem), nextCursor: page.nextCursor };
    },
  };
};

export type LinkCheckService = ReturnType<typeof createLinkCheckService>;
