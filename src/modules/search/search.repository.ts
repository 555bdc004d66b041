import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import { pageRows } from '../../infra/page-size.ts';

export interface SearchRow {
  kind: 'roadmap' | 'step' | 'faq' | 'resource';
  id: string;
  roadmap: string | null;
  title: string;
  snippet: string;
  rank: number;
  url: string | null;
}

/** How deep search results go: ranking every hit past this is work no reader needs. */
export const MAX_SEARCH_OFFSET = 10_000;

export const createSearchRepository = (db: Db) => ({
  /** Ranked hits across roadmaps, steps, FAQ entries and resources; snippets only for the page returned. */
  async search(text: string, offset: number, limit: number): Promise<SearchRow[]> {
    const result = await sql<SearchRow>`
      with q as (select websearch_to_tsquery('english', ${text}) as query),
      hits as (
        select 'roadmap' as kind, r.slug as id, r.slug as roadmap, r.title, r.summary as text, null as url,
               ts_rank(r.search, q.query) as rank
        from roadmaps r, q where r.archived_at is null and r.search @@ q.query
        union all
        select 'step', s.id, s.roadmap_slug, s.title, s.summary || ' ' || s.body, null, ts_rank(s.search, q.query)
        from roadmap_steps s
        join roadmaps r on r.slug = s.roadmap_slug and r.archived_at is null, q
        where s.archived_at is null and s.search @@ q.query
        union all
        select 'faq', f.id, f.roadmap_slug, f.question, f.answer, null, ts_rank(f.search, q.query)
        from roadmap_faq f
        join roadmaps r on r.slug = f.roadmap_slug and r.archived_at is null, q
        where f.archived_at is null and f.search @@ q.query
        union all
        select 'resource', res.id, null, res.title, res.description, res.url, ts_rank(res.search, q.query)
        from resources res, q where res.archived_at is null and res.search @@ q.query
      )
      select kind, id, roadmap, title, url, rank,
             ts_headline('english', text, q.query,
                         'StartSel=**, StopSel=**, MaxWords=30, MinWords=12, MaxFragments=1') as snippet
      from hits, q
      order by rank desc, kind collate "C", roadmap collate "C", id collate "C"
      limit ${pageRows(limit)} offset ${Math.min(Math.max(Math.trunc(offset) || 0, 0), MAX_SEARCH_OFFSET)}`.execute(db);
    return result.rows;
  },
});

export type SearchRepository = ReturnType<typeof createSearchRepository>;
