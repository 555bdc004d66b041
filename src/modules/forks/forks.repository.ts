// Reading forks and their proposals (migration 0019, docs/decisions/0034-forks.md); the writes are in
// fork-writes.repository.ts, bound to a transaction.
import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import type { ForkProposalStatus } from '../../lib/enums.ts';
import type { RoadmapContent } from '../content/content.schemas.ts';
import type { UpstreamVersion } from './fork-mapping.ts';
import type { ForkOverlay } from './fork-overlay.ts';

export interface ForkRow {
  slug: string;
  title: string;
  upstreamSlug: string;
  upstreamVersion: number;
  overlay: ForkOverlay;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface ProposalRow {
  id: string;
  forkSlug: string;
  fromVersion: number;
  toVersion: number;
  status: ForkProposalStatus;
  createdAt: Date;
  decidedAt: Date | null;
}

export interface ForkListRow {
  slug: string;
  title: string;
  upstreamSlug: string;
  upstreamVersion: number;
  updatedAt: Date;
  upstreamLatestVersion: number | null;
  version: number | null;
  openProposal: string | null;
}

const PROPOSAL_COLUMNS = ['id', 'forkSlug', 'fromVersion', 'toVersion', 'status', 'createdAt', 'decidedAt'] as const;

export const createForksRepository = (db: Db) => ({
  async findFork(slug: string): Promise<ForkRow | undefined> {
    return (await db
      .selectFrom('roadmapForks as f')
      .innerJoin('roadmaps as r', 'r.slug', 'f.slug')
      .select([
        'f.slug',
        'r.title',
        'f.upstreamSlug',
        'f.upstreamVersion',
        'f.overlay',
        'f.revision',
        'f.createdAt',
        'f.updatedAt',
      ])
      .where('f.slug', '=', slug)
      .executeTakeFirst()) as ForkRow | undefined;
  },

  /**
   * A page of forks in slug order after `after`, each with the latest version numbers of its upstream and its own and
   * its open proposal, in one query (the studio lists them all).
   */
  async listForks(after: string | undefined, rows: number): Promise<ForkListRow[]> {
    const latest = (slug: 'f.slug' | 'f.upstreamSlug') =>
      sql<number | null>`(select max(v.number) from roadmap_versions v where v.roadmap_slug = ${sql.ref(slug)})`;
    let query = db
      .selectFrom('roadmapForks as f')
      .innerJoin('roadmaps as r', 'r.slug', 'f.slug')
      .select([
        'f.slug',
        'r.title',
        'f.upstreamSlug',
        'f.upstreamVersion',
        'f.updatedAt',
        latest('f.upstreamSlug').as('upstreamLatestVersion'),
        latest('f.slug').as('version'),
        sql<string | null>`(select p.id from fork_proposals p where p.fork_slug = f.slug and p.status = 'open')`.as(
          'openProposal',
        ),
      ])
      .where('r.archivedAt', 'is', null)
      .orderBy('f.slug')
      .limit(rows);
    if (after !== undefined) query = query.where('f.slug', '>', after);
    return query.execute();
  },

  /** A version of a roadmap, archived or not: a fork keeps following what it was made from. */
  async version(slug: string, number: number): Promise<RoadmapContent | undefined> {
    const row = await db
      .selectFrom('roadmapVersions')
      .select('document')
      .where('roadmapSlug', '=', slug)
      .where('number', '=', number)
      .executeTakeFirst();
    return row?.document as RoadmapContent | undefined;
  },

  /**
   * The versions `from` to `to` of a roadmap, archived or not, oldest first, each with the step mapping it was
   * published with (steps and checklist items): what a fork moving across them follows.
   */
  async versionsBetween(slug: string, from: number, to: number): Promise<UpstreamVersion[]> {
    return (await db
      .selectFrom('roadmapVersions')
      .select(['number', 'document', 'stepMapping', 'checklistMapping'])
      .where('roadmapSlug', '=', slug)
      .where('number', '>=', from)
      .where('number', '<=', to)
      .orderBy('number')
      .execute()) as UpstreamVersion[];
  },

  /** The latest version of a roadmap learners can read (not archived). */
  async latestVersion(slug: string): Promise<{ number: number; document: RoadmapContent } | undefined> {
    const row = await db
      .selectFrom('roadmapVersions as v')
      .innerJoin('roadmaps as r', 'r.slug', 'v.roadmapSlug')
      .select(['v.number', 'v.document'])
      .where('v.roadmapSlug', '=', slug)
      .where('r.archivedAt', 'is', null)
      .orderBy('v.number', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row as { number: number; document: RoadmapContent } | undefined;
  },

  async latestVersionNumber(slug: string): Promise<number | null> {
    const row = await db
      .selectFrom('roadmapVersions')
      .select((eb) => eb.fn.max('number').as('number'))
      .where('roadmapSlug', '=', slug)
      .executeTakeFirst();
    return row?.number ?? null;
  },

  async listProposals(forkSlug: string): Promise<ProposalRow[]> {
    return (await db
      .selectFrom('forkProposals')
      .select(PROPOSAL_COLUMNS)
      .where('forkSlug', '=', forkSlug)
      .orderBy('createdAt', 'desc')
      .orderBy('toVersion', 'desc')
      .limit(100)
      .execute()) as ProposalRow[];
  },

  async findProposal(id: string): Promise<ProposalRow | undefined> {
    return (await db.selectFrom('forkProposals').select(PROPOSAL_COLUMNS).where('id', '=', id).executeTakeFirst()) as
      ProposalRow | undefined;
  },

  async openProposalOf(forkSlug: string): Promise<string | undefined> {
    const row = await db
      .selectFrom('forkProposals')
      .select('id')
      .where('forkSlug', '=', forkSlug)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return row?.id;
  },
});

export type ForksRepository = ReturnType<typeof createForksRepository>;
