import { sql, type SqlBool } from 'kysely';
import type { Db } from '../../infra/database.ts';
import type { ResourceType } from '../../lib/enums.ts';
import { pageRows } from '../../infra/page-size.ts';
import type { RankedOrIdPosition } from '../../lib/ranked-page.ts';

export interface ResourceFilter {
  roadmap?: string | undefined;
  step?: string | undefined;
  type?: ResourceType | undefined;
  q?: string | undefined;
}

export interface ResourceRow {
  id: string;
  type: ResourceType;
  title: string;
  url: string;
  publisher: string | null;
  description: string;
  free: boolean;
  topics: string[];
  usedBy: { roadmap: string; stepId: string; stepTitle: string }[];
}

/** The published steps that link to `res` (the resources row), as JSON. */
export const resourceUsedBy = sql<ResourceRow['usedBy']>`coalesce((
  select json_agg(json_build_object('roadmap', s.roadmap_slug, 'stepId', s.id, 'stepTitle', s.title)
                  order by s.roadmap_slug, s.position)
  from step_resources sr
  join roadmap_steps s on s.roadmap_slug = sr.roadmap_slug and s.id = sr.step_id and s.archived_at is null
  join roadmaps rm on rm.slug = s.roadmap_slug and rm.archived_at is null
  where sr.resource_id = res.id), '[]'::json)`;

export const createResourcesRepository = (db: Db) => ({
  /**
   * Published resources matching every given filter. With `q`, best match first (paged by offset, since ranks are
   * not unique); without, in id order (paged by keyset).
   */
  async listResources(filter: ResourceFilter, position: RankedOrIdPosition | undefined, limit: number) {
    const query = sql`websearch_to_tsquery('english', ${filter.q ?? ''})`;
    let select = db
      .selectFrom('resources as res')
      .select([
        'res.id',
        'res.type',
        'res.title',
        'res.url',
        'res.publisher',
        'res.description',
        'res.free',
        'res.topics',
        resourceUsedBy.as('usedBy'),
      ])
      .where('res.archivedAt', 'is', null)
      .limit(pageRows(limit));
    if (filter.type !== undefined) select = select.where('res.type', '=', filter.type);
    if (filter.roadmap !== undefined) {
      const { roadmap, step } = filter;
      select = select.where((eb) =>
        eb.exists(
          eb
            .selectFrom('stepResources as sr')
            .innerJoin('roadmapSteps as s', (join) =>
              join.onRef('s.roadmapSlug', '=', 'sr.roadmapSlug').onRef('s.id', '=', 'sr.stepId'),
            )
            .select(sql`1`.as('one'))
            .whereRef('sr.resourceId', '=', 'res.id')
            .where('sr.roadmapSlug', '=', roadmap)
            .where('s.archivedAt', 'is', null)
            .$if(step !== undefined, (qb) => qb.where('sr.stepId', '=', step!)),
        ),
      );
    }
    if (filter.q !== undefined) {
      select = select
        .where(sql<SqlBool>`res.search @@ ${query}`)
        .orderBy(sql`ts_rank(res.search, ${query})`, 'desc')
        .orderBy(sql`res.id collate "C"`)
        .offset(position !== undefined && 'offset' in position ? position.offset : 0);
    } else {
      select = select.orderBy(sql`res.id collate "C"`);
      if (position !== undefined && 'afterId' in position) {
        select = select.where(sql<SqlBool>`res.id collate "C" > ${position.afterId}`);
      }
    }
    return (await select.execute()) as ResourceRow[];
  },
});

export type ResourcesRepository = ReturnType<typeof createResourcesRepository>;
