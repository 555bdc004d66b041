import { sql, type SqlBool } from 'kysely';
import type { Db } from '../../infra/database.ts';
import { pageRows } from '../../infra/page-size.ts';
import type { RankedOrIdPosition } from '../../lib/ranked-page.ts';
import type { HubKind, Level } from '../../lib/enums.ts';

export interface HubFilter {
  kind?: HubKind | undefined;
  topic?: string | undefined;
  roadmap?: string | undefined;
  step?: string | undefined;
  level?: Level | undefined;
  q?: string | undefined;
}

export interface HubEntryRow {
  id: string;
  kind: HubKind;
  title: string;
  summary: string;
  level: Level;
  topics: string[];
  updated: string;
  steps: { roadmap: string; stepId: string; stepTitle: string }[];
  rating: number | null;
}

/** The published steps an entry helps with, in the order its file names them. */
const stepsOf = sql<HubEntryRow['steps']>`coalesce((
  select json_agg(json_build_object('roadmap', s.roadmap_slug, 'stepId', s.id, 'stepTitle', s.title)
                  order by hs.position)
  from hub_entry_steps hs
  join roadmap_steps s on s.roadmap_slug = hs.roadmap_slug and s.id = hs.step_id and s.archived_at is null
  join roadmaps rm on rm.slug = s.roadmap_slug and rm.archived_at is null
  where hs.entry_id = h.id), '[]'::json)`;

const SUMMARY_COLUMNS = ['h.id', 'h.kind', 'h.title', 'h.summary', 'h.level', 'h.topics', 'h.updated'] as const;

export const createHubRepository = (db: Db) => ({
  /**
   * Published entries matching every given filter. With `q`, best match first (paged by offset, since ranks are not
   * unique); without, in id order (paged by keyset).
   */
  async listEntries(
    filter: HubFilter,
    position: RankedOrIdPosition | undefined,
    limit: number,
  ): Promise<HubEntryRow[]> {
    const query = sql`websearch_to_tsquery('english', ${filter.q ?? ''})`;
    let select = db
      .selectFrom('hubEntries as h')
      .select([
        ...SUMMARY_COLUMNS,
        stepsOf.as('steps'),
        sql<number | null>`(h.document ->> 'rating')::float8`.as('rating'),
      ])
      .where('h.archivedAt', 'is', null)
      .limit(pageRows(limit));
    if (filter.kind !== undefined) select = select.where('h.kind', '=', filter.kind);
    if (filter.level !== undefined) select = select.where('h.level', '=', filter.level);
    if (filter.topic !== undefined) select = select.where(sql<SqlBool>`${filter.topic} = any (h.topics)`);
    if (filter.roadmap !== undefined) {
      const { roadmap, step } = filter;
      select = select.where((eb) =>
        eb.exists(
          eb
            .selectFrom('hubEntrySteps as hs')
            .select(sql`1`.as('one'))
            .whereRef('hs.entryId', '=', 'h.id')
            .where('hs.roadmapSlug', '=', roadmap)
            .$if(step !== undefined, (qb) => qb.where('hs.stepId', '=', step!)),
        ),
      );
    }
    if (filter.q !== undefined) {
      select = select
        .where(sql<SqlBool>`h.search @@ ${query}`)
        .orderBy(sql`ts_rank(h.search, ${query})`, 'desc')
        .orderBy(sql`h.id collate "C"`)
        .offset(position !== undefined && 'offset' in position ? position.offset : 0);
    } else {
      select = select.orderBy(sql`h.id collate "C"`);
      if (position !== undefined && 'afterId' in position) {
        select = select.where(sql<SqlBool>`h.id collate "C" > ${position.afterId}`);
      }
    }
    return select.execute();
  },

  /** One published entry with its body and what only its kind has; undefined when there is none. */
  async findEntry(id: string) {
    return db
      .selectFrom('hubEntries as h')
      .select([...SUMMARY_COLUMNS, 'h.body', 'h.document', stepsOf.as('steps')])
      .where('h.id', '=', id)
      .where('h.archivedAt', 'is', null)
      .executeTakeFirst();
  },

  /** Whether a published entry names a step of this roadmap: where its "Was this helpful?" votes are counted. */
  async entryNamesRoadmap(id: string, roadmap: string): Promise<boolean> {
    const row = await db
      .selectFrom('hubEntries as h')
      .innerJoin('hubEntrySteps as hs', 'hs.entryId', 'h.id')
      .select('h.id')
      .where('h.id', '=', id)
      .where('h.archivedAt', 'is', null)
      .where('hs.roadmapSlug', '=', roadmap)
      .executeTakeFirst();
    return row !== undefined;
  },
});

export type HubRepository = ReturnType<typeof createHubRepository>;
